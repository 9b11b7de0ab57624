import type { Request, Response } from 'restify';
import { AppError } from './app-error';
import { NEXT_CURSOR_HEADER, PAGE_DEFAULT, PAGE_MAX } from '../api/paging';

/** A list's sort key: compared component by component, numbers as numbers, strings by code unit. */
export type PageKey = ReadonlyArray<string | number>;

/** What a request asked for: how many, and after which position. */
export interface PageRequest {
  limit: number;
  after?: PageKey;
}

/** Longest cursor accepted; real ones are a few dozen characters. */
const MAX_CURSOR = 1000;

function compareKeys(a: PageKey, b: PageKey): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i >= a.length) return -1;
    if (i >= b.length) return 1;
    const x = a[i];
    const y = b[i];
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0;
    if (c !== 0) return c;
  }
  return 0;
}

/**
 * Key-cursor paging for one list route. The cursor is the sort key of the last item sent (base64url
 * JSON, tagged with the list's name), not an offset: an item added or removed between two pages
 * neither repeats nor skips another. It names only a position in a list the caller may read whole
 * anyway, so it needs no signature — a forged one just starts somewhere else.
 *
 * The lists are read whole from storage and sorted or filtered in memory (a municipality has
 * hundreds to a few thousand of each), so the page bounds the answer and its serialisation, not
 * the storage read.
 * @param list - the route's list name, carried in its cursors so another list's cursor is refused.
 * @param key - the item's sort key; its last component must be unique (an id).
 * @param order - the list's order by that key.
 */
export function paging<T>(list: string, key: (item: T) => PageKey, order: 'asc' | 'desc' = 'asc') {
  const sign = order === 'asc' ? 1 : -1;
  // Thrown, so the server's one error mapper answers it (400 `invalid-paging`, naming the parameter).
  const bad = (_res: Response, message: string): never => {
    throw new AppError(400, 'invalid-paging', message);
  };
  return {
    /**
     * Reads `?limit=` and `?cursor=`. Throws an {@link AppError} 400 (`invalid-paging`, naming the
     * parameter) when either is malformed.
     */
    read(req: Request, res: Response): PageRequest {
      const { limit: rawLimit, cursor } = (req.query ?? {}) as Record<string, unknown>;
      let limit = PAGE_DEFAULT;
      if (rawLimit !== undefined) {
        if (typeof rawLimit !== 'string' || !/^\d{1,7}$/.test(rawLimit) || Number(rawLimit) < 1 || Number(rawLimit) > PAGE_MAX) {
          return bad(res, `limit: a whole number from 1 to ${PAGE_MAX} (default ${PAGE_DEFAULT})`);
        }
        limit = Number(rawLimit);
      }
      if (cursor === undefined) return { limit };
      const refused = () => bad(res, 'cursor: not a cursor this list gave out (x-next-cursor header) — start again without it');
      if (typeof cursor !== 'string' || cursor.length > MAX_CURSOR || !/^[A-Za-z0-9_-]+$/.test(cursor)) return refused();
      try {
        const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
        const { l, k } = (parsed ?? {}) as { l?: unknown; k?: unknown };
        if (l !== list || !Array.isArray(k) || k.length === 0 || k.length > 8 || !k.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))) return refused();
        return { limit, after: k as PageKey };
      } catch {
        return refused();
      }
    },

    /**
     * Sorts `items` into the list's order and returns the page the request asked for; sets the
     * next-page cursor header when more follow.
     */
    page(items: T[], request: PageRequest, res: Response): T[] {
      const keyed = items.map((item) => ({ item, k: key(item) })).sort((a, b) => sign * compareKeys(a.k, b.k));
      const after = request.after;
      const start = after ? keyed.findIndex((e) => sign * compareKeys(e.k, after) > 0) : 0;
      const page = start < 0 ? [] : keyed.slice(start, start + request.limit);
      if (start >= 0 && start + request.limit < keyed.length) {
        const last = page[page.length - 1].k;
        res.header(NEXT_CURSOR_HEADER, Buffer.from(JSON.stringify({ l: list, k: last })).toString('base64url'));
      }
      return page.map((e) => e.item);
    },
  };
}
