/**
 * Words of the announcements page in the reader's language: state labels, an announcement's
 * title, and how far sending has come (times and counts: `tab/src/format.ts`). DOM-free and React-free, unit-tested in
 * Node (tests/tab/announcements.form.test.ts).
 */
import type de from '../../i18n/de.json';
import type { Locale } from '../../environment';
import type { Announcement, AnnouncementInput, AnnouncementState, DeliveryCounts } from '../../api/types';

/** A message key of the tab's catalogs (the same keys as `useT().t` takes). */
export type MessageKey = keyof typeof de;

/** The label of each state (Entwurf, geplant, wird gesendet, gesendet, abgebrochen). */
export const STATE_LABEL: Record<AnnouncementState, MessageKey> = {
  draft: 'announcements.state.draft',
  scheduled: 'announcements.state.scheduled',
  sending: 'announcements.state.sending',
  sent: 'announcements.state.sent',
  cancelled: 'announcements.state.cancelled',
};

/** The badge colour of each state (the label says it too, so colour is never the only cue). */
export const STATE_COLOR: Record<AnnouncementState, 'informative' | 'warning' | 'brand' | 'success' | 'subtle'> = {
  draft: 'informative',
  scheduled: 'warning',
  sending: 'brand',
  sent: 'success',
  cancelled: 'subtle',
};

/** States in which the counts still change: the tracking view polls then. */
export const isLive = (state: AnnouncementState): boolean => state === 'scheduled' || state === 'sending';

/** The title to list an announcement under: in the reader's language when it has one, else the other. */
export function titleOf(a: Pick<AnnouncementInput, 'de' | 'en'>, locale: Locale): string {
  const own = a[locale]?.title.trim();
  const other = a[locale === 'de' ? 'en' : 'de']?.title.trim();
  return own || other || '';
}

/**
 * How far sending has come, 0–1: delivered or failed of all recipients. `undefined` before the
 * recipients are known (scheduled, or sending just started).
 */
export function progressOf(counts: DeliveryCounts): number | undefined {
  if (counts.recipients <= 0) return undefined;
  return Math.min(1, (counts.sent + counts.failed) / counts.recipients);
}

/** The newest first, as the server lists them; a changed one replaces its old version. */
export function replaceAnnouncement(list: readonly Announcement[], next: Announcement): Announcement[] {
  const rest = list.filter((a) => a.id !== next.id);
  return [next, ...rest].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
