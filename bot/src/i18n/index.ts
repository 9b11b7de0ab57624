import de from './de.json';
import en from './en.json';

/** The languages DigiPuls speaks: German first, English second. */
export type Lang = 'de' | 'en';

/** Every message key; de.json is the reference, en.json must have the same keys (a test checks it). */
export type MessageKey = keyof typeof de;

const catalogs: Record<Lang, Record<MessageKey, string>> = { de, en };

/**
 * The message for `key` in `lang`, with `{name}` placeholders replaced from `vars`.
 * Falls back to German if a key were ever missing in English.
 */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = catalogs[lang][key] ?? catalogs.de[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in vars ? String(vars[name]) : `{${name}}`));
}

/** Maps a Teams locale such as `en-US` or `de-DE` to a language; anything else gets `fallback`. */
export function langFromLocale(locale: string | undefined, fallback: Lang): Lang {
  const l = (locale ?? '').toLowerCase();
  if (l.startsWith('en')) return 'en';
  if (l.startsWith('de')) return 'de';
  return fallback;
}
