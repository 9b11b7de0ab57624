/**
 * The tab's pages and how the selected page is kept in the URL hash (`#roadmap`, …), so that
 * links and Teams deep links (`subPageId`) open a page directly. DOM-free for unit tests.
 */

/** Page ids in navigation order; each is also the URL hash and the i18n key suffix `page.<id>`. */
export const PAGE_IDS = ['roadmap', 'results', 'announcements', 'privacy'] as const;

/** One of the tab's pages. */
export type PageId = (typeof PAGE_IDS)[number];

/** The page shown when the URL names none (or an unknown one). */
export const DEFAULT_PAGE: PageId = 'roadmap';

/** Narrows an arbitrary string to a page id. */
export function isPageId(value: string | null | undefined): value is PageId {
  return (PAGE_IDS as readonly string[]).includes(value ?? '');
}

/**
 * Reads the page from a URL hash such as `#results` or `#/results`.
 * @returns the page id, or `undefined` when the hash names no page.
 */
export function pageFromHash(hash: string): PageId | undefined {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#\/?/, '')).trim().toLowerCase();
  } catch {
    return undefined; // a malformed escape such as `#%E0` names no page
  }
  return isPageId(id) ? id : undefined;
}
