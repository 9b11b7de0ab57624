/**
 * Filtering and sorting of roadmap items, the same rules the server applies to `?area=…&status=…`
 * (so the totals and exports, which the server narrows, match what the timeline and list show).
 * DOM-free, unit-tested in Node (tests/tab/roadmap.logic.test.ts).
 */
import type { RoadmapQuery } from '../../api/roadmapQuery';
import type { HalfYear, RoadmapItem, RoadmapStatus } from '../../api/types';

/**
 * The statuses in the order of their workflow (the list sorts by it, the filter offers it):
 * `proposed` (e.g. made from a DigiCheck gap, not yet agreed) comes before `planned`.
 */
export const STATUSES: readonly RoadmapStatus[] = ['proposed', 'planned', 'in-progress', 'delayed', 'done', 'cancelled'];

/** What the person narrowed the roadmap to; empty lists match everything. */
export interface RoadmapFilter {
  areas: string[];
  statuses: RoadmapStatus[];
  /** Items that touch one of these half-years. */
  halfYears: HalfYear[];
  /** Only items with an open decision. */
  decisionNeeded: boolean;
}

/** The filter that keeps every item. */
export const NO_FILTER: RoadmapFilter = { areas: [], statuses: [], halfYears: [], decisionNeeded: false };

/** True when the filter narrows anything. */
export function isFiltering(filter: RoadmapFilter): boolean {
  return filter.areas.length > 0 || filter.statuses.length > 0 || filter.halfYears.length > 0 || filter.decisionNeeded;
}

/** Whether one item passes the filter (each part must match; within a part, any value). */
export function matchesFilter(item: RoadmapItem, filter: RoadmapFilter): boolean {
  return (
    (filter.areas.length === 0 || filter.areas.includes(item.area)) &&
    (filter.statuses.length === 0 || filter.statuses.includes(item.status)) &&
    (filter.halfYears.length === 0 || item.halfYears.some((halfYear) => filter.halfYears.includes(halfYear))) &&
    (!filter.decisionNeeded || item.decisionNeeded)
  );
}

/** The items that pass the filter, in their order. */
export function filterItems(items: readonly RoadmapItem[], filter: RoadmapFilter): RoadmapItem[] {
  return isFiltering(filter) ? items.filter((item) => matchesFilter(item, filter)) : [...items];
}

/**
 * The server query for the filter (totals and exports). Without an area filter a channel tab still
 * asks only for its own areas.
 */
export function filterQuery(filter: RoadmapFilter, channelAreas?: readonly string[]): RoadmapQuery {
  return {
    areas: filter.areas.length > 0 ? filter.areas : channelAreas,
    statuses: filter.statuses,
    halfYears: filter.halfYears,
    decisionNeeded: filter.decisionNeeded,
  };
}

/** The list's sortable columns. */
export type SortKey = 'title' | 'area' | 'status' | 'from' | 'to' | 'owner' | 'decision' | 'investment';

/** A column and a direction, in the words of `aria-sort`. */
export interface SortOrder {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

/** The list's order until the person picks another: by start date, earliest first. */
export const DEFAULT_SORT: SortOrder = { key: 'from', direction: 'ascending' };

/**
 * The order after a click on a column header: the same column flips its direction, another column
 * starts ascending (money and "decision needed" start with the largest / the open ones first).
 */
export function nextSortOrder(current: SortOrder, key: SortKey): SortOrder {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'investment' || key === 'decision' ? 'descending' : 'ascending' };
}

/** What sorting needs to know beyond the items. */
export interface SortContext {
  /** For comparing texts the way the reader's language does (umlauts, case). */
  locale: string;
  /** The area's name in the reader's language (the list shows names, so it sorts by them). */
  areaName: (areaId: string) => string;
}

/**
 * The items sorted by `order`. Ties fall back to the start date, then the title, then the id, so
 * the order is stable and the same on every render.
 */
export function sortItems(items: readonly RoadmapItem[], order: SortOrder, context: SortContext): RoadmapItem[] {
  const collator = new Intl.Collator(context.locale, { sensitivity: 'base', numeric: true });
  const status = (item: RoadmapItem) => STATUSES.indexOf(item.status);
  const money = (item: RoadmapItem) => (item.investment ? item.investment.oneOff : -1);
  const byKey: Record<SortKey, (a: RoadmapItem, b: RoadmapItem) => number> = {
    title: (a, b) => collator.compare(a.title, b.title),
    area: (a, b) => collator.compare(context.areaName(a.area), context.areaName(b.area)),
    status: (a, b) => status(a) - status(b),
    from: (a, b) => a.from.localeCompare(b.from),
    to: (a, b) => a.to.localeCompare(b.to),
    owner: (a, b) => collator.compare(a.owner, b.owner),
    decision: (a, b) => Number(a.decisionNeeded) - Number(b.decisionNeeded),
    investment: (a, b) => money(a) - money(b),
  };
  const sign = order.direction === 'ascending' ? 1 : -1;
  const primary = byKey[order.key];
  return [...items].sort(
    (a, b) =>
      sign * primary(a, b) ||
      a.from.localeCompare(b.from) ||
      collator.compare(a.title, b.title) ||
      a.id.localeCompare(b.id),
  );
}

/**
 * The areas a channel tab shows, from its own URL (`?areas=a,b`, saved by the configuration
 * page); `undefined` for the personal tab, which shows all.
 */
export function channelAreasFromSearch(search: string): string[] | undefined {
  const raw = new URLSearchParams(search).get('areas');
  if (raw === null) return undefined;
  const areas = [...new Set(raw.split(',').map((area) => area.trim()).filter(Boolean))];
  return areas.length > 0 ? areas : undefined;
}
