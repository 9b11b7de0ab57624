import type { Lang } from '../i18n';

/**
 * A point in time as people read it in cards and chat texts: long date and time in the
 * administration's time zone (Europe/Berlin), German or British English.
 */
export function formatDateTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(iso));
}

/** When a round or cycle closes, as people read it (see {@link formatDateTime}). */
export function formatClosing(period: { closesAt: string }, lang: Lang): string {
  return formatDateTime(period.closesAt, lang);
}

/** A mean with one decimal, German decimal comma in German ("3,5"). */
export function formatDecimal(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(n);
}
