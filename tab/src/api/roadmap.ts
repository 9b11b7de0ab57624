/**
 * Typed client for the roadmap API (`bot/src/features/roadmap/api.ts`). Everyone signed in reads;
 * editors create and change items. Every edit carries the ETag it was read with: when someone
 * else changed the item meanwhile, the server answers 409 with both versions
 * (see {@link roadmapConflict}), never a silent overwrite.
 */
import { apiList, apiPages, apiRequest, ApiError, downloadFile, type RequestOptions } from './client';
import { problemLines } from './problems';
import type { Translate } from '../i18n/i18n';
import { roadmapQueryString, type RoadmapQuery } from './roadmapQuery';
import type {
  InvestmentTotals,
  RoadmapAreas,
  RoadmapConflict,
  RoadmapHistoryEntry,
  RoadmapItem,
  RoadmapItemInput,
  RoadmapItemList,
} from './types';

export type { RoadmapQuery } from './roadmapQuery';

const itemPath = (id: string) => `roadmap/items/${encodeURIComponent(id)}`;

/** `GET /api/roadmap/areas`: the areas (timeline lanes) and whether they are the built-in example. */
export function getRoadmapAreas(options?: RequestOptions): Promise<RoadmapAreas> {
  return apiRequest<RoadmapAreas>('roadmap/areas', options);
}

/**
 * `GET /api/roadmap/items`: the items, narrowed by `query` on the server, and the timeline's half-years.
 * @throws {@link ApiError}: 400 `invalid-filter` for an unknown area, status or half-year.
 */
export async function getRoadmapItems(query: RoadmapQuery = {}, options?: RequestOptions): Promise<RoadmapItemList> {
  // Paged on the server: every page's items, in order; the half-years are the same on each page.
  const pages = await apiPages<RoadmapItemList>(`roadmap/items${roadmapQueryString(query)}`, options);
  return { items: pages.flatMap((p) => p.items), halfYears: pages[0].halfYears };
}

/** `GET /api/roadmap/items/:id`: one item as stored now (with its current ETag). */
export function getRoadmapItem(id: string, options?: RequestOptions): Promise<RoadmapItem> {
  return apiRequest<RoadmapItem>(itemPath(id), options);
}

/** `GET /api/roadmap/items/:id/history`: who changed what and when, newest first. */
export function getRoadmapHistory(id: string, options?: RequestOptions): Promise<RoadmapHistoryEntry[]> {
  return apiList<RoadmapHistoryEntry>(`${itemPath(id)}/history`, options);
}

/**
 * `POST /api/roadmap/items` (editor): creates an item under an id the tab chose once per form, so a
 * double click or a retry after a lost answer creates it only once (the server answers 200 then).
 * @throws {@link ApiError}: 400 `invalid-item` (the message lists `field: problem; …`), 409 `exists`.
 */
export function createRoadmapItem(id: string, item: RoadmapItemInput, options?: RequestOptions): Promise<RoadmapItem> {
  return apiRequest<RoadmapItem>('roadmap/items', { ...options, method: 'POST', json: { id, item } });
}

/**
 * `PUT /api/roadmap/items/:id` (editor): replaces the item's fields.
 * @throws {@link ApiError}: 409 with a {@link RoadmapConflict} body when the item changed since `etag`
 *   was read, 400 `invalid-item`, 404 `not-found`.
 */
export function updateRoadmapItem(id: string, etag: string, item: RoadmapItemInput, options?: RequestOptions): Promise<RoadmapItem> {
  return apiRequest<RoadmapItem>(itemPath(id), { ...options, method: 'PUT', json: { etag, item } });
}

/**
 * `PATCH /api/roadmap/items/:id` (editor): changes some fields — a move (half-year or dates, area),
 * a status, a decision. Sending `halfYear` drops the dates and vice versa; `null` removes a field.
 * @throws {@link ApiError} as {@link updateRoadmapItem}.
 */
export function patchRoadmapItem(
  id: string,
  etag: string,
  changes: { [K in keyof RoadmapItemInput]?: RoadmapItemInput[K] | null },
  options?: RequestOptions,
): Promise<RoadmapItem> {
  return apiRequest<RoadmapItem>(itemPath(id), { ...options, method: 'PATCH', json: { etag, changes } });
}

/** `GET /api/roadmap/totals`: estimated investment per half-year and area of the items the query selects. */
export function getInvestmentTotals(query: RoadmapQuery = {}, options?: RequestOptions): Promise<InvestmentTotals> {
  return apiRequest<InvestmentTotals>(`roadmap/totals${roadmapQueryString(query)}`, options);
}

/** The two download formats: a spreadsheet and a calendar of milestones and decisions. */
export type RoadmapExportFormat = 'csv' | 'ics';

/** Where the export of the items `query` selects lives (same origin; a plain link works outside Teams). */
export function roadmapExportUrl(format: RoadmapExportFormat, query: RoadmapQuery, lang: 'de' | 'en'): string {
  return `/api/roadmap/export.${format}${roadmapQueryString(query, { lang })}`;
}

/**
 * Downloads an export inside Teams, where the API needs the SSO token that a plain link cannot send.
 * @throws {@link ApiError} when the server refuses or cannot be reached.
 */
export function downloadRoadmapExport(format: RoadmapExportFormat, query: RoadmapQuery, lang: 'de' | 'en'): Promise<void> {
  return downloadFile(roadmapExportUrl(format, query, lang), `digipuls-roadmap.${format}`);
}

/** The server's 409 answer to a stale edit, or `undefined` for any other failure. */
export function roadmapConflict(error: unknown): RoadmapConflict | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  const body = error.body as Partial<RoadmapConflict> | undefined;
  return body?.code === 'conflict' && body.current && body.yours && Array.isArray(body.differing)
    ? (body as RoadmapConflict)
    : undefined;
}

/**
 * The server's reasons for refusing an item (400 `invalid-item`) as one line each in the reader's
 * language; empty for other failures.
 */
export function roadmapProblems(error: unknown, t: Translate): string[] {
  return error instanceof ApiError && error.status === 400 ? problemLines(error, t) : [];
}
