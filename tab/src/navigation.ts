/**
 * The tab's pages and how the selected page is kept in the URL hash (`#roadmap`, …), so that
 * links and Teams deep links (`subPageId`) open a page directly. DOM-free for unit tests.
 */
import type { Me } from './api/types';

/** Page ids in navigation order; each is also the URL hash and the i18n key suffix `page.<id>`. */
export const PAGE_IDS = ['roadmap', 'results', 'feedback', 'announcements', 'privacy', 'change-team'] as const;

/** One of the tab's pages. */
export type PageId = (typeof PAGE_IDS)[number];

/** A role of the JSON API, as `GET /api/me` lists them. */
export type Role = Me['roles'][number];

/**
 * Pages offered in the navigation only to people with a role (the server checks the role on
 * every request anyway; a deep link to such a page still opens it, and the page explains).
 */
export const PAGE_ROLES: Partial<Record<PageId, Role>> = { announcements: 'announcer', 'change-team': 'changeTeam' };

/**
 * The pages the navigation offers to someone with `roles`, in navigation order.
 * @param roles - from `GET /api/me`; `undefined` while unknown or when it failed, which hides
 *   every page that needs a role.
 */
export function navigationPages(roles: readonly string[] | undefined): PageId[] {
  return PAGE_IDS.filter((id) => {
    const role = PAGE_ROLES[id];
    return role === undefined || (roles?.includes(role) ?? false);
  });
}

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
