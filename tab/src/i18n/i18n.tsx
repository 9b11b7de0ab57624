/**
 * Message catalogs and the `useT()` hook. German first: `de.json` defines the keys, and the
 * type below makes the build fail when `en.json` misses one (tests/tab/i18n.test.ts also
 * checks the reverse).
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Locale } from '../environment';
import de from './de.json';
import en from './en.json';

/** Every key a message can be looked up by. */
export type MessageKey = keyof typeof de;

/** Values for `{placeholder}`s in a message. */
export type MessageValues = Record<string, string | number>;

/** Looks up a message in the active locale and fills in its `{placeholder}`s. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const catalogs: Record<Locale, Record<MessageKey, string>> = { de, en };

/** Builds a {@link Translate} for one locale. Exported for non-React callers (e.g. `document.title`). */
export function createTranslate(locale: Locale): Translate {
  const catalog = catalogs[locale];
  return (key, values) => {
    const message = catalog[key] ?? catalogs.de[key] ?? key;
    if (!values) return message;
    return message.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in values ? String(values[name]) : match,
    );
  };
}

interface I18nValue {
  locale: Locale;
  t: Translate;
}

const I18nContext = createContext<I18nValue>({ locale: 'de', t: createTranslate('de') });

/** Provides the active locale to everything below it. */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: createTranslate(locale) }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The active locale and its translate function. */
export function useT(): I18nValue {
  return useContext(I18nContext);
}
