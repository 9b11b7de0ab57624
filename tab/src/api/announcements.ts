/**
 * Typed client for the announcements API (`bot/src/features/announcements/api.ts`, role
 * `announcer`). Every change carries the ETag it was read with: when someone else changed the
 * announcement meanwhile, the server answers 409 `conflict` with a `reason` code (see {@link announcementConflict}
 * and {@link conflictText}).
 * Refusals are 400 `invalid-announcement` with `path: problem; …` (see {@link announcementProblems}).
 */
import { apiList, apiRequest, ApiError, downloadFile, type RequestOptions } from './client';
import { problemLines } from './problems';
import { known } from './problemText';
import type { Translate } from '../i18n/i18n';
import type { Announcement, AnnouncementConflict, AnnouncementConflictReason, AnnouncementInput, AnnouncementState, Audience, AudienceCount, AudienceOptions, DeliveryFailure } from './types';

const path = (id: string) => `announcements/${encodeURIComponent(id)}`;

/** The card language of a preview: one language (a personal chat), or all of them (a channel post). */
export type PreviewLanguage = 'de' | 'en' | 'all';

/** An Adaptive Card as JSON, exactly as the server sends it. */
export type CardJson = Record<string, unknown>;

/** `GET /api/announcements`: every announcement, newest first, with its delivery counts. */
export function listAnnouncements(options?: RequestOptions): Promise<Announcement[]> {
  return apiList<Announcement>('announcements', options);
}

/** `GET /api/announcements/audiences`: the teams, departments and number of employees one can address. */
export function getAudienceOptions(options?: RequestOptions): Promise<AudienceOptions> {
  return apiRequest<AudienceOptions>('announcements/audiences', options);
}

/** `POST /api/announcements/audience`: how many would receive an announcement to `audience`. */
export function countAudience(audience: Audience, options?: RequestOptions): Promise<AudienceCount> {
  return apiRequest<AudienceCount>('announcements/audience', { ...options, method: 'POST', json: audience });
}

/** `GET /api/announcements/templates/kickoff`: the kick-off announcement as a starting point. */
export function getKickoffTemplate(options?: RequestOptions): Promise<AnnouncementInput> {
  return apiRequest<AnnouncementInput>('announcements/templates/kickoff', options);
}

/** `POST /api/announcements/preview`: the Adaptive Card exactly as it would be sent. */
export function previewAnnouncement(id: string | undefined, announcement: AnnouncementInput, lang: PreviewLanguage, options?: RequestOptions): Promise<CardJson> {
  return apiRequest<CardJson>('announcements/preview', { ...options, method: 'POST', json: { ...(id && { id }), announcement, lang } });
}

/**
 * `POST /api/announcements`: a new draft under an id the tab chose once per form, so a double click
 * or a retry after a lost answer creates it only once (the server answers 200 then).
 */
export function createAnnouncement(id: string, announcement: AnnouncementInput, options?: RequestOptions): Promise<Announcement> {
  return apiRequest<Announcement>('announcements', { ...options, method: 'POST', json: { id, announcement } });
}

/** `GET /api/announcements/:id`: one announcement as stored now, with its counts and ETag. */
export function getAnnouncement(id: string, options?: RequestOptions): Promise<Announcement> {
  return apiRequest<Announcement>(path(id), options);
}

/** `PUT /api/announcements/:id`: changes a draft (or a scheduled one) read with `etag`. */
export function updateAnnouncement(id: string, etag: string, announcement: AnnouncementInput, options?: RequestOptions): Promise<Announcement> {
  return apiRequest<Announcement>(path(id), { ...options, method: 'PUT', json: { etag, announcement } });
}

/** `POST /api/announcements/:id/send`: sends now (no `at`) or schedules for `at` (ISO, in the future). */
export function sendAnnouncement(id: string, etag: string, at?: string, options?: RequestOptions): Promise<Announcement> {
  return apiRequest<Announcement>(`${path(id)}/send`, { ...options, method: 'POST', json: { etag, ...(at && { at }) } });
}

/** `POST /api/announcements/:id/cancel`: cancels a draft or a scheduled announcement. */
export function cancelAnnouncement(id: string, etag: string, options?: RequestOptions): Promise<Announcement> {
  return apiRequest<Announcement>(`${path(id)}/cancel`, { ...options, method: 'POST', json: { etag } });
}

/** `POST /api/announcements/:id/test`: sends it, marked as a test, to the caller's own personal chat. */
export function sendTestAnnouncement(id: string, options?: RequestOptions): Promise<{ sent: true }> {
  return apiRequest<{ sent: true }>(`${path(id)}/test`, { ...options, method: 'POST', json: {} });
}

/** `GET /api/announcements/:id/failures`: recipients that could not be reached, with the reason. */
export function getDeliveryFailures(id: string, options?: RequestOptions): Promise<DeliveryFailure[]> {
  return apiList<DeliveryFailure>(`${path(id)}/failures`, options);
}

/** Where the delivery list of an announcement lives as CSV (same origin; a plain link works outside Teams). */
export function deliveriesCsvUrl(id: string, lang: 'de' | 'en'): string {
  return `/api/${path(id)}/deliveries.csv?lang=${lang}`;
}

/** Downloads the delivery list inside Teams, where the API needs the SSO token a link cannot send. */
export function downloadDeliveriesCsv(id: string, lang: 'de' | 'en'): Promise<void> {
  return downloadFile(deliveriesCsvUrl(id, lang), `digipuls-announcement-${id}.csv`);
}

/** The server's 409 answer (`conflict`): why (a stable code), and the announcement as stored now when it sent it. */
export interface AnnouncementConflictInfo {
  reason: AnnouncementConflictReason | undefined;
  state?: AnnouncementState;
  current?: Announcement;
}

/** The server's 409 answer (`conflict`), or undefined for any other failure. */
export function announcementConflict(error: unknown): AnnouncementConflictInfo | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  const body = error.body as Partial<AnnouncementConflict> | undefined;
  if (body?.code !== 'conflict') return undefined;
  return {
    reason: typeof body.reason === 'string' ? body.reason : undefined,
    ...(typeof body.state === 'string' && { state: body.state }),
    ...(body.current && { current: body.current }),
  };
}

/**
 * A conflict in the reader's language (`errors.conflict.<reason>`, its state as `announcements.state.<state>`),
 * never the server's English sentence; an unknown reason reads as the general conflict text.
 */
export function conflictText(t: Translate, conflict: AnnouncementConflictInfo): string {
  const state = conflict.state ? known(t, `announcements.state.${conflict.state}`) ?? conflict.state : '';
  return (conflict.reason && known(t, `errors.conflict.${conflict.reason}`, { state })) ?? t('errors.conflict');
}

/** The server's reasons for refusing (400) as one line each in the reader's language; empty for other failures. */
export function announcementProblems(error: unknown, t: Translate): string[] {
  return error instanceof ApiError && error.status === 400 ? problemLines(error, t) : [];
}
