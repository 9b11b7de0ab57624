import { Button, MessageBar, MessageBarBody, Tab, TabList } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RoadmapItem } from '../../api/types';
import { ChunkBoundary } from '../../components/ChunkBoundary/ChunkBoundary';
import { useT } from '../../i18n/i18n';
import { hashParam, pageHash } from '../../navigation';
import { DEFAULT_SORT, filterItems, filterQuery, NO_FILTER, type RoadmapFilter, type SortOrder } from './filters';
import type { DrawerTarget } from './RoadmapDrawer.types';
import { RoadmapExports } from './RoadmapExports';
import { RoadmapFilters } from './RoadmapFilters';
import { RoadmapList } from './RoadmapList';
import { RoadmapTimeline } from './RoadmapTimeline';
import { halfYearOf, localToday } from './timeline';
import type { RoadmapData } from './useRoadmapData';
import { useRoadmapStyles } from './useRoadmapStyles';

/** Details and editing come with their form components in their own chunk (fetched once the page shows). */
const loadDrawer = () => import('./RoadmapDrawer');
const RoadmapDrawer = lazy(loadDrawer);
/** The totals view is opened by few: its own chunk. */
const RoadmapTotals = lazy(() => import('./RoadmapTotals'));

/** The page's three views of the same filtered items. */
type RoadmapView = 'timeline' | 'list' | 'totals';
const VIEWS: readonly RoadmapView[] = ['timeline', 'list', 'totals'];

/** Props of {@link RoadmapBoard}. */
export interface RoadmapBoardProps {
  data: RoadmapData;
  /** Show the edit controls (the person has the editor role). */
  canEdit: boolean;
  /** A saved or newly created item, for the page's list. */
  onSaved: (item: RoadmapItem) => void;
}

/**
 * The roadmap once loaded: notes (channel, example data), filters that every view shares, the
 * view switch (timeline | list | investments), downloads, and the details panel.
 */
export function RoadmapBoard({ data, canEdit, onSaved }: RoadmapBoardProps) {
  const styles = useRoadmapStyles();
  const { t, locale } = useT();
  const [filter, setFilter] = useState<RoadmapFilter>(NO_FILTER);
  const [view, setView] = useState<RoadmapView>('timeline');
  const [sort, setSort] = useState<SortOrder>(DEFAULT_SORT);
  const [target, setTarget] = useState<DrawerTarget>();
  const [today] = useState(localToday);
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

  // Where focus goes back to when the details close: what opened them (a bar, a row, "New item").
  const opener = useRef<{ element: Element | null; itemId?: string }>({ element: null });
  const show = useCallback((next: DrawerTarget) => {
    const active = document.activeElement;
    // Links inside the panel open other items: the way back stays the first opener.
    if (!active?.closest('[role="dialog"]')) opener.current = { element: active, itemId: next.kind === 'item' ? next.id : undefined };
    setTarget(next);
  }, []);
  const open = useCallback((id: string) => show({ kind: 'item', id }), [show]);
  const close = useCallback(() => {
    setTarget(undefined);
    // The link that opened the item is done: the same link followed again opens it again.
    if (hashParam(window.location.hash, 'item')) window.history.replaceState(null, '', pageHash('roadmap'));
    const { element, itemId } = opener.current;
    window.setTimeout(() => {
      // A click on a table cell focuses nothing: then the item's own button (bar or row title).
      const fallback = itemId ? document.querySelector(`button[data-id="${CSS.escape(itemId)}"], tr[data-id="${CSS.escape(itemId)}"] button`) : null;
      const back = element instanceof HTMLElement && element.isConnected && element !== document.body ? element : fallback;
      if (back instanceof HTMLElement) back.focus();
    });
  }, []);
  // A link into the roadmap (`#roadmap?item=…`, e.g. from a DigiCheck gap) opens that item's details.
  useEffect(() => {
    const openLinked = () => {
      const id = hashParam(window.location.hash, 'item');
      if (id) show({ kind: 'item', id });
    };
    openLinked();
    window.addEventListener('hashchange', openLinked);
    return () => window.removeEventListener('hashchange', openLinked);
  }, [show]);
  // Fetch the details chunk while the person looks at the timeline, so the first click opens at once.
  useEffect(() => {
    void loadDrawer().catch(() => undefined);
  }, []);

  if (channelAreas && channelAreas.length === 0) {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="channel-areas-gone">
        <MessageBarBody>{t('roadmap.channelAreasGone', { areas: data.unknownChannelAreas.join(', ') })}</MessageBarBody>
      </MessageBar>
    );
  }

  const hasExamples = items.some((item) => item.example);
  const defaultArea = filter.areas[0] ?? channelAreas?.[0] ?? data.areas.areas[0]?.id ?? '';
  const defaultHalfYear = data.halfYears.includes(halfYearOf(today)) ? halfYearOf(today) : (data.halfYears[0] ?? '');
  const empty = (
    <MessageBar intent="info" layout="multiline" data-testid="roadmap-empty">
      <MessageBarBody>
        {t(items.length === 0 ? (canEdit ? 'roadmap.emptyEditor' : 'roadmap.empty') : 'roadmap.noMatch')}{' '}
        {items.length > 0 && (
          <Button size="small" appearance="transparent" onClick={() => setFilter(NO_FILTER)}>
            {t('roadmap.filter.reset')}
          </Button>
        )}
      </MessageBarBody>
    </MessageBar>
  );

  return (
    <>
      {channelAreas && (
        <MessageBar intent="info" layout="multiline" data-testid="channel-note">
          <MessageBarBody>
            {t('roadmap.channelShows', { areas: channelAreas.map(areaName).join(', ') })}
            {data.unknownChannelAreas.length > 0 && ` ${t('roadmap.channelAreasUnknown', { areas: data.unknownChannelAreas.join(', ') })}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {(data.areas.example || hasExamples) && (
        <MessageBar intent="info" layout="multiline" data-testid="roadmap-example-note">
          <MessageBarBody>
            {data.areas.example && <span data-testid="areas-example">{t('roadmap.areasExample')} </span>}
            {hasExamples && <span data-testid="items-example">{t('roadmap.itemsExample')}</span>}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.toolbar}>
        {canEdit && (
          <Button appearance="primary" onClick={() => show({ kind: 'new' })} data-testid="roadmap-new">
            {t('roadmap.new')}
          </Button>
        )}
        <RoadmapExports query={query} />
      </div>
      <RoadmapFilters filter={filter} onChange={setFilter} areas={filterAreas} halfYears={data.halfYears} shown={visible.length} total={items.length} />
      <TabList
        className={styles.viewTabs}
        selectedValue={view}
        onTabSelect={(_, selected) => setView(selected.value as RoadmapView)}
        aria-label={t('roadmap.views')}
      >
        {VIEWS.map((id) => (
          <Tab key={id} value={id} id={`roadmap-view-${id}`} aria-controls="roadmap-view" data-testid={`view-${id}`}>
            {t(`roadmap.view.${id}`)}
          </Tab>
        ))}
      </TabList>
      <div id="roadmap-view" role="tabpanel" aria-labelledby={`roadmap-view-${view}`} className={styles.viewPanel} data-view={view}>
        {view === 'timeline' &&
          (visible.length === 0 && !channelAreas ? empty : (
            <RoadmapTimeline items={visible} halfYears={data.halfYears} lanes={lanes} today={today} onOpen={open} />
          ))}
        {view === 'list' && (visible.length === 0 ? empty : <RoadmapList items={visible} sort={sort} onSort={setSort} areaName={areaName} onOpen={open} />)}
        {view === 'totals' && (
          <ChunkBoundary fallback={<p className={styles.text}>{t('roadmap.chunkFailed')}</p>}>
            <Suspense fallback={<p role="status" className={styles.status}>{t('roadmap.totals.loading')}</p>}>
              <RoadmapTotals query={query} areaName={areaName} />
            </Suspense>
          </ChunkBoundary>
        )}
      </div>
      {target && (
        <ChunkBoundary fallback={<p className={styles.text}>{t('roadmap.chunkFailed')}</p>}>
          <Suspense fallback={null}>
            <RoadmapDrawer
              target={target}
              items={items}
              areas={data.areas.areas}
              halfYears={data.halfYears}
              canEdit={canEdit}
              defaults={{ area: defaultArea, halfYear: defaultHalfYear }}
              onSaved={(item) => {
                onSaved(item);
                // A new item: the panel goes on showing it as a stored item.
                if (target.kind === 'new') setTarget({ kind: 'item', id: item.id });
              }}
              onOpenItem={open}
              onClose={close}
            />
          </Suspense>
        </ChunkBoundary>
      )}
    </>
  );
}
