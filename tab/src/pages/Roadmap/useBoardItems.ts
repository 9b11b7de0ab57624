import { useCallback, useMemo } from 'react';
import type { RoadmapItem } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { filterItems, filterQuery, type RoadmapFilter } from './filters';
import type { RoadmapQuery } from '../../api/roadmapQuery';
import type { RoadmapData } from './useRoadmapData';

/** What the board shows of the loaded data under a filter. */
export interface BoardItems {
  /** The items the page may show (a channel: its areas only). */
  items: RoadmapItem[];
  /** Those the filter lets through. */
  visible: RoadmapItem[];
  /** The areas to filter by, with their names in the reader's language. */
  filterAreas: Array<{ id: string; name: string }>;
  /** The timeline's lanes. */
  lanes: Array<{ id: string; name: string }>;
  /** An area's name in the reader's language (its id when unknown). */
  areaName: (id: string) => string;
  /** The filter as the server's query (exports, totals). */
  query: RoadmapQuery;
}

/** Derives the board's items, lanes and query from the loaded data and the filter (memoised: a thousand items). */
export function useBoardItems(data: RoadmapData, filter: RoadmapFilter): BoardItems {
  const { locale } = useT();
  const { channelAreas } = data;
  const names = useMemo(() => new Map(data.areas.areas.map((area) => [area.id, area[locale]])), [data.areas, locale]);
  const areaName = useCallback((id: string) => names.get(id) ?? id, [names]);
  // A channel shows its areas only, also after an item was moved elsewhere in the details.
  const items = useMemo(
    () => (channelAreas ? data.items.filter((item) => channelAreas.includes(item.area)) : data.items),
    [data.items, channelAreas],
  );
  const visible = useMemo(() => filterItems(items, filter), [items, filter]);
  const filterAreas = useMemo(
    () => (channelAreas ?? data.areas.areas.map((area) => area.id)).map((id) => ({ id, name: areaName(id) })),
    [channelAreas, data.areas, areaName],
  );
  // Lanes: a channel's chosen areas (even when empty); otherwise the areas that have items to show.
  const lanes = useMemo(() => {
    if (channelAreas) return filterAreas.filter((area) => filter.areas.length === 0 || filter.areas.includes(area.id));
    const used = new Set(visible.map((item) => item.area));
    const known = filterAreas.filter((area) => used.has(area.id));
    const unknown = [...used].filter((id) => !names.has(id)).map((id) => ({ id, name: id }));
    return [...known, ...unknown];
  }, [channelAreas, filterAreas, filter.areas, visible, names]);
  const query = useMemo(() => filterQuery(filter, channelAreas), [filter, channelAreas]);
  return { items, visible, filterAreas, lanes, areaName, query };
}
