/**
 * The query string of the roadmap API's filters (`?area=a,b&status=…&halfYear=…&decisionNeeded=true`).
 * DOM-free, so it is unit-tested in Node (tests/tab/roadmap.logic.test.ts).
 */
import type { HalfYear, RoadmapStatus } from './types';

/**
 * What the roadmap's list, totals and exports can be narrowed to. Each list matches when the item
 * has one of its values (an empty or missing list matches everything); `decisionNeeded` true
 * keeps only items with an open decision.
 */
export interface RoadmapQuery {
  areas?: readonly string[];
  statuses?: readonly RoadmapStatus[];
  /** Items that touch one of these half-years. */
  halfYears?: readonly HalfYear[];
  decisionNeeded?: boolean;
}

/**
 * `?…` for a query, or `''` when it narrows nothing. Lists are comma-joined as the server reads
 * them; the order is fixed so equal queries give equal URLs.
 */
export function roadmapQueryString(query: RoadmapQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (query.areas?.length) params.set('area', query.areas.join(','));
  if (query.statuses?.length) params.set('status', query.statuses.join(','));
  if (query.halfYears?.length) params.set('halfYear', query.halfYears.join(','));
  if (query.decisionNeeded) params.set('decisionNeeded', 'true');
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const text = params.toString();
  // Commas are safe in a query; keeping them readable makes the URLs easy to check in logs.
  return text ? `?${text.replace(/%2C/g, ',')}` : '';
}
