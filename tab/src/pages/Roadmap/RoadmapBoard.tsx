import { Button, MessageBar, MessageBarBody, Tab, TabList } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';
import type { RoadmapItem } from '../../api/types';
import { ChunkBoundary } from '../../components/ChunkBoundary/ChunkBoundary';
import { useT } from '../../i18n/i18n';
import { DEFAULT_SORT, NO_FILTER, type RoadmapFilter, type SortOrder } from './filters';
import { RoadmapExports } from './RoadmapExports';
import { RoadmapFilters } from './RoadmapFilters';
import { RoadmapList } from './RoadmapList';
import { RoadmapNotes } from './RoadmapNotes';
import { RoadmapTimeline } from './RoadmapTimeline';
import { halfYearOf, localToday } from './timeline';
import { useBoardItems } from './useBoardItems';
import { useItemPanel } from './useItemPanel';
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
  const { t } = useT();
  const [filter, setFilter] = useState<RoadmapFilter>(NO_FILTER);
  const [view, setView] = useState<RoadmapView>('timeline');
  const [sort, setSort] = useState<SortOrder>(DEFAULT_SORT);
  const [today] = useState(localToday);
  const { channelAreas } = data;

  const { items, visible, filterAreas, lanes, areaName, query } = useBoardItems(data, filter);
  const { target, show, open, close, setTarget } = useItemPanel(loadDrawer);

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
      <RoadmapNotes data={data} hasExamples={hasExamples} areaName={areaName} />
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
