/**
 * The tab's pages and how the selected page is kept in the URL hash (`#roadmap`, …), so that
 * links and Teams deep links (`subPageId`) open a page directly. DOM-free for unit tests.
 */
import type { Me } from './api/types';

/** Page ids in navigation order; each is also the URL hash and the i18n key suffix `page.<id>`. */
export const PAGE_IDS = ['roadmap', 'results', 'digicheck', 'feedback', 'announcements', 'privacy', 'change-team'] as const;

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
 * Reads the page from a URL hash such as `#results`, `#/results` or `#roadmap?item=e-akte` (what
 * follows `?` is for the page itself, see {@link hashParam}).
 * @returns the page id, or `undefined` when the hash names no page.
 */
export function pageFromHash(hash: string): PageId | undefined {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#\/?/, '').split('?')[0]).trim().toLowerCase();
  } catch {
    return undefined; // a malformed escape such as `#%E0` names no page
  }
  return isPageId(id) ? id : undefined;
}

/**
 * A parameter a page reads from the hash after its id: `item` of `#roadmap?item=e-akte`, `cycle`
 * of `#digicheck?cycle=2026-1`. Links between pages use it (a gap's roadmap item, an item's origin).
 * @returns the value, or `undefined` when the hash has none (or an empty one).
 */
export function hashParam(hash: string, name: string): string | undefined {
  const query = hash.indexOf('?');
  if (query < 0) return undefined;
  const value = new URLSearchParams(hash.slice(query + 1)).get(name);
  return value ? value : undefined;
}

/** The hash that opens `page` with parameters, e.g. `#roadmap?item=e-akte` (for links). */
export function pageHash(page: PageId, params: Record<string, string> = {}): string {
  const query = new URLSearchParams(params).toString();
  return query ? `#${page}?${query}` : `#${page}`;
}
