import { mergeClasses } from '@fluentui/react-components';
import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import type { HalfYear, RoadmapItem, RoadmapStatus } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { STATUSES } from './filters';
import { halfYearOf, layoutLanes, parseHalfYear, positionOf, timelineScale } from './timeline';
import { TimelineHeader } from './TimelineHeader';
import { pct, TimelineLane } from './TimelineLane';
import { TimelineLegend } from './TimelineLegend';
import { useDependencyHighlight } from './useDependencyHighlight';
import { COLUMN_MIN_PX, useTimelineStyles } from './useTimelineStyles';

/** Props of {@link RoadmapTimeline}. */
export interface RoadmapTimelineProps {
  /** The items to show (already filtered). */
  items: RoadmapItem[];
  /** The columns, oldest first (`GET /api/roadmap/items` lists them). */
  halfYears: HalfYear[];
  /** The lanes in order: an area id and its name in the reader's language. */
  lanes: ReadonlyArray<{ id: string; name: string }>;
  /** The viewer's calendar day, for the "today" line. */
  today: string;
  /** Opens an item's details (click, Enter or Space on its bar). */
  onOpen: (itemId: string) => void;
}

/**
 * The timeline: half-year columns × area lanes; each item a bar from its first to its last day,
 * with its status as colour, border and sign, its milestones as diamonds, a "today" line, and its
 * dependencies highlighted while it is hovered or focused. Bars are plain buttons (Tab, then Enter
 * opens the details) with everything they show in their accessible name.
 *
 * Built for a thousand items: one plain button per bar, event handlers delegated to the root, and
 * highlighting done on the DOM directly so hovering never re-renders the bars.
 */
export const RoadmapTimeline = memo(function RoadmapTimeline({ items, halfYears, lanes, today, onOpen }: RoadmapTimelineProps) {
  const styles = useTimelineStyles();
  const { t } = useT();
  const root = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const columns = halfYears.length;
  const scale = useMemo(() => timelineScale(halfYears), [halfYears]);
  const layout = useMemo(
    () => layoutLanes(items, lanes.map((lane) => lane.id), scale, (item) => item.title.length + (item.example ? 6 : 2) + (item.dependsOn.length > 0 ? 3 : 0)),
    [items, lanes, scale],
  );
  const todayAt = columns > 0 ? positionOf(scale, today) : 0;
  const showToday = columns > 0 && todayAt > 0 && todayAt < columns;
  const currentHalf = halfYearOf(today);

  // One class string per status and example flag, computed once, not per bar.
  const barClass = useMemo(() => {
    const classes = {} as Record<RoadmapStatus, string>;
    for (const status of STATUSES) classes[status] = mergeClasses(styles.bar, styles[status]);
    return classes;
  }, [styles]);

  const handlers = useDependencyHighlight(items, root, onOpen);

  // Open with today in view (a third from the left), as people look ahead more than back.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !showToday || element.scrollWidth <= element.clientWidth) return;
    element.scrollLeft = Math.max(0, (todayAt / columns) * element.scrollWidth - element.clientWidth / 3);
    // Only on first show: later changes (filters) keep where the person scrolled to.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div
      ref={root}
      className={styles.root}
      data-testid="roadmap-timeline"
      data-ready="true"
      {...handlers}
    >
      <div ref={scroller} className={styles.scroller}>
        <div className={styles.canvas} style={{ minWidth: `${columns * COLUMN_MIN_PX}px` }}>
          <TimelineHeader halfYears={halfYears} currentHalf={currentHalf} />
          <div className={styles.body}>
            {halfYears.map((halfYear, index) => (
              <div
                key={halfYear}
                className={mergeClasses(styles.gridLine, parseHalfYear(halfYear)?.half === 1 && styles.yearLine)}
                style={{ left: pct(columns, index) }}
                aria-hidden="true"
              />
            ))}
            {showToday && (
              <div className={styles.today} style={{ left: pct(columns, todayAt) }} data-testid="roadmap-today" data-date={today} aria-hidden="true">
                <span className={styles.todayLabel}>{t('roadmap.today')}</span>
              </div>
            )}
            {layout.map((lane, index) => (
              <TimelineLane key={lane.area} lane={lane} name={lanes[index].name} columns={columns} barClass={barClass} />
            ))}
          </div>
        </div>
      </div>
      <TimelineLegend />
    </div>
  );
});
