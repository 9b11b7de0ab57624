/**
 * Paging of the list routes, shared by server and tab (no imports, so the tab can bundle it).
 *
 * Every list route takes `?limit=` (1–{@link PAGE_MAX}, default {@link PAGE_DEFAULT}) and
 * `?cursor=`. The answer's body keeps its shape (an array, or the roadmap's `{ items, halfYears }`)
 * and holds one page; when more follow, the header {@link NEXT_CURSOR_HEADER} carries the opaque
 * cursor to send as `?cursor=` for the next page (same filters). No header: this was the last page.
 * The header, not a new body, so every existing client keeps working and reads the first page.
 */

/** Items per page when the request names no limit. */
export const PAGE_DEFAULT = 200;
/** The most items one page may hold; a larger `limit` answers 400. */
export const PAGE_MAX = 1000;
/** Response header with the cursor of the next page (absent on the last page). */
export const NEXT_CURSOR_HEADER = 'x-next-cursor';
