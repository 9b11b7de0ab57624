/**
 * The tab's one place for numbers, money and dates in the reader's language. German as in Germany
 * (decimal comma, `30.06.2026`), English as in the UK on every page (`30 Jun 2026`, 24-hour time,
 * day before month). Pages keep only their own words (status labels, …) and use these for figures.
 * DOM-free and React-free, unit-tested in Node (tests/tab/format.test.ts).
 */
import type { Locale } from './environment';

/** The regional formats: German as in Germany, English as in the UK (day before month, euros). */
export const INTL_LOCALE: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

/**
 * One formatter per kind and locale, made once: building an `Intl` formatter costs far more than
 * using one, and the roadmap list formats a thousand rows.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

const number = (kind: string, locale: Locale, options: Intl.NumberFormatOptions) =>
  cached(`${kind}-${locale}`, () => new Intl.NumberFormat(INTL_LOCALE[locale], options));
const date = (kind: string, locale: Locale, options: Intl.DateTimeFormatOptions) =>
  cached(`${kind}-${locale}`, () => new Intl.DateTimeFormat(INTL_LOCALE[locale], options));

/** A whole number in the locale's grouping: `1.234` (de), `1,234` (en). */
export function formatCount(count: number, locale: Locale): string {
  return number('count', locale, { maximumFractionDigits: 0 }).format(count);
}

/** A mean on the 1–5 scale with one decimal: `3,8` (de), `3.8` (en). */
export function formatMean(mean: number, locale: Locale): string {
  return number('mean', locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(mean);
}

/** A DigiCheck level or target (0–4): one or two decimals, `2,5`, `1,75` (de), `2.5` (en). */
export function formatLevel(level: number, locale: Locale): string {
  return number('level', locale, { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(level);
}

/**
 * A change with its sign and two decimals: `+0,40`, `−0,25`, `0,00`. A real minus sign, not a
 * hyphen: easier to read, and screen readers say "minus".
 */
export function formatDelta(delta: number, locale: Locale): string {
  return number('delta', locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(delta).replace('-', '−');
}

/** A share 0–1 as a whole percentage: `71 %` (de), `71%` (en). */
export function formatShare(share: number, locale: Locale): string {
  return number('share', locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** An eNPS score (−100 … +100) with its sign: `+21`, `−7`, `0`. */
export function formatScore(score: number, locale: Locale): string {
  return number('score', locale, { signDisplay: 'exceptZero', maximumFractionDigits: 0 }).format(score);
}

/** Whole euros: `48.000 €` (de), `€48,000` (en). */
export function formatEuro(amount: number, locale: Locale): string {
  return number('euro', locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount);
}

/** The day of an ISO moment in the reader's time zone: `29.01.2027` (de), `29 Jan 2027` (en); anything unreadable as it is. */
export function formatDate(iso: string, locale: Locale): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  return date('date', locale, { dateStyle: 'medium' }).format(moment);
}

/** A calendar day `YYYY-MM-DD`: `01.03.2025` (de), `1 Mar 2025` (en). Read as UTC, so it never shifts a day. */
export function formatDay(day: string, locale: Locale): string {
  const moment = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(moment.getTime())) return day;
  return date('day', locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(moment);
}

/** A moment with its time in the reader's time zone: `15.01.2027, 09:00` (de), `15 Jan 2027, 09:00` (en). */
export function formatDateTime(iso: string, locale: Locale): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  return date('dateTime', locale, { dateStyle: 'medium', timeStyle: 'short' }).format(moment);
}

/** A short month label for chart axes: `Juni 2026` (de), `Jun 2026` (en). */
export function formatMonth(moment: Date, locale: Locale): string {
  return date('month', locale, { month: 'short', year: 'numeric' }).format(moment);
}
