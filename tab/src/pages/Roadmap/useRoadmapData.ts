import { useCallback } from 'react';
import { getRoadmapAreas, getRoadmapItems } from '../../api/roadmap';
import type { HalfYear, RoadmapAreas, RoadmapItem } from '../../api/types';
import { useRequest, type RequestState } from '../../hooks/useRequest';

/** What the roadmap page shows: the areas, the items (a channel's areas only) and the timeline's half-years. */
export interface RoadmapData {
  areas: RoadmapAreas;
  items: RoadmapItem[];
  halfYears: HalfYear[];
  /**
   * The channel's areas that exist (`undefined` for the personal tab). A channel may have been set
   * up with an area that was removed from the configuration since.
   */
  channelAreas?: string[];
  /** Channel areas from the URL that the server does not know (any longer). */
  unknownChannelAreas: string[];
}

/** The data's state as the page renders it. */
export type RoadmapDataState = RequestState<RoadmapData>;

async function load(channelAreas: readonly string[] | undefined, signal: AbortSignal): Promise<RoadmapData> {
  if (!channelAreas) {
    // The personal tab: both requests at once (the first render should not wait twice).
    const [areas, list] = await Promise.all([getRoadmapAreas({ signal }), getRoadmapItems({}, { signal })]);
    return { areas, items: list.items, halfYears: list.halfYears, unknownChannelAreas: [] };
  }
  // A channel asks only for its areas; the server refuses unknown ones (400), so ask for the known ones.
  const areas = await getRoadmapAreas({ signal });
  const known = new Set(areas.areas.map((area) => area.id));
  const shown = channelAreas.filter((area) => known.has(area));
  const unknownChannelAreas = channelAreas.filter((area) => !known.has(area));
  // No known area left: nothing to ask for (an empty filter would mean "all", which a channel must
  // not show); the page says the channel needs to be set up again.
  if (shown.length === 0) return { areas, items: [], halfYears: [], channelAreas: shown, unknownChannelAreas };
  const list = await getRoadmapItems({ areas: shown }, { signal });
  return { areas, items: list.items, halfYears: list.halfYears, channelAreas: shown, unknownChannelAreas };
}

/**
 * Loads the roadmap once (and again on `retry`). `replaceItem` puts a saved item into the list
 * (or adds a new one), so the timeline and list show an edit at once without reloading everything.
 */
export function useRoadmapData(channelAreas: readonly string[] | undefined): RoadmapDataState & {
  retry: () => void;
  replaceItem: (item: RoadmapItem) => void;
} {
  const channelKey = channelAreas?.join(',');
  const request = useRequest(
    (signal) => load(channelKey === undefined ? undefined : channelKey.split(','), signal),
    [channelKey],
  );
  const { update } = request;
  const replaceItem = useCallback(
    (item: RoadmapItem) =>
      update((data) => {
        const { items } = data;
        const index = items.findIndex((existing) => existing.id === item.id);
        // An older answer (e.g. a slow reload) must not replace a newer version.
        if (index >= 0 && items[index].version > item.version) return data;
        const next = index >= 0 ? items.map((existing, i) => (i === index ? item : existing)) : [...items, item];
        return { ...data, items: next };
      }),
    [update],
  );
  return { ...request, replaceItem };
}
