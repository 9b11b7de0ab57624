import { mergeClasses } from '@fluentui/react-components';
import { memo, useLayoutEffect, useMemo, useRef, type FocusEvent, type MouseEvent } from 'react';
import type { HalfYear, RoadmapItem, RoadmapStatus } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { barDescription, halfYearLabel, STATUS_LABEL, STATUS_SIGN } from './format';
import { STATUSES } from './filters';
import { halfYearOf, layoutLanes, parseHalfYear, positionOf, timelineScale } from './timeline';
import { COLUMN_MIN_PX, LANE_HEAD_PX, ROW_PX, useTimelineStyles } from './useTimelineStyles';

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

const pct = (columns: number, value: number) => `${(value / columns) * 100}%`;

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
  const { t, locale } = useT();
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

  // Who depends on whom, for highlighting both directions.
  const relations = useMemo(() => {
    const dependents = new Map<string, string[]>();
    for (const item of items) for (const dep of item.dependsOn) dependents.set(dep, [...(dependents.get(dep) ?? []), item.id]);
    return { dependsOn: new Map(items.map((item) => [item.id, item.dependsOn])), dependents };
  }, [items]);

  const active = useRef<{ hovered?: string; focused?: string }>({});
  const highlight = () => {
    const element = root.current;
    if (!element) return;
    element.querySelectorAll('[data-rel]').forEach((bar) => bar.removeAttribute('data-rel'));
    const id = active.current.hovered ?? active.current.focused;
    if (!id) return;
    const mark = (ids: readonly string[] | undefined, rel: string) =>
      ids?.forEach((other) => element.querySelector(`[data-id="${CSS.escape(other)}"]`)?.setAttribute('data-rel', rel));
    mark(relations.dependsOn.get(id), 'dependency');
    mark(relations.dependents.get(id), 'dependent');
  };
  const barId = (event: { target: EventTarget }) => (event.target as HTMLElement).closest<HTMLElement>('[data-id]')?.dataset.id;
  const onFocus = (event: FocusEvent) => {
    active.current.focused = barId(event);
    highlight();
  };
  const onBlur = () => {
    active.current.focused = undefined;
    highlight();
  };
  const onMouseOver = (event: MouseEvent) => {
    const id = barId(event);
    if (id === active.current.hovered) return;
    active.current.hovered = id;
    highlight();
  };
  const onMouseLeave = () => {
    active.current.hovered = undefined;
    highlight();
  };
  const onClick = (event: MouseEvent) => {
    const id = barId(event);
    if (id) onOpen(id);
  };

  // Open with today in view (a third from the left), as people look ahead more than back.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !showToday || element.scrollWidth <= element.clientWidth) return;
    element.scrollLeft = Math.max(0, (todayAt / columns) * element.scrollWidth - element.clientWidth / 3);
    // Only on first show: later changes (filters) keep where the person scrolled to.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The header: years over their half-years.
  const years: Array<{ year: number; span: number }> = [];
  for (const halfYear of halfYears) {
    const year = parseHalfYear(halfYear)?.year ?? 0;
    const last = years[years.length - 1];
    if (last?.year === year) last.span += 1;
    else years.push({ year, span: 1 });
  }
  const gridColumns = { gridTemplateColumns: `repeat(${columns}, 1fr)` };

  return (
    <div
      ref={root}
      className={styles.root}
      data-testid="roadmap-timeline"
      data-ready="true"
      onClick={onClick}
      onFocus={onFocus}
      onBlur={onBlur}
      onMouseOver={onMouseOver}
      onMouseLeave={onMouseLeave}
    >
      <div ref={scroller} className={styles.scroller}>
        <div className={styles.canvas} style={{ minWidth: `${columns * COLUMN_MIN_PX}px` }}>
          <div className={styles.header} style={gridColumns} aria-hidden="true">
            {years.map(({ year, span }) => (
              <div key={year} className={styles.year} style={{ gridColumn: `span ${span}` }}>
                {year}
              </div>
            ))}
            {halfYears.map((halfYear) => (
              <div
                key={halfYear}
                className={mergeClasses(styles.half, halfYear === currentHalf && styles.currentHalf)}
                data-half-year={halfYear}
                title={halfYearLabel(halfYear, t)}
              >
                {t('roadmap.halfShort', { half: parseHalfYear(halfYear)?.half ?? '' })}
              </div>
            ))}
          </div>
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
            {layout.map((lane, index) => {
              const headingId = `roadmap-lane-${lane.area}`;
              return (
                <section
                  key={lane.area}
                  className={styles.lane}
                  style={{ containIntrinsicSize: `auto ${LANE_HEAD_PX + Math.max(1, lane.rows) * ROW_PX}px` }}
                  aria-labelledby={headingId}
                  data-testid="roadmap-lane"
                  data-area={lane.area}
                >
                  <h3 id={headingId} className={styles.laneTitle}>
                    {lanes[index].name}
                    <span className={styles.laneCount}>{t('roadmap.laneCount', { count: lane.bars.length })}</span>
                  </h3>
                  {lane.bars.length === 0 ? (
                    <p className={styles.laneEmpty}>{t('roadmap.laneEmpty')}</p>
                  ) : (
                    <div className={styles.rows} style={{ height: `${lane.rows * ROW_PX}px` }}>
                      {lane.bars.map((bar) => {
                        const { item } = bar;
                        const description = barDescription(item, { t, locale });
                        const width = bar.end - bar.start;
                        return (
                          <button
                            key={item.id}
                            type="button"
                            className={barClass[item.status]}
                            style={{ left: pct(columns, bar.start), width: pct(columns, width), top: `${bar.row * ROW_PX}px` }}
                            data-id={item.id}
                            data-status={item.status}
                            aria-label={description}
                            title={description}
                          >
                            <span className={styles.label} style={{ width: `${((bar.labelEnd - bar.start) / width) * 100}%` }}>
                              <span className={styles.sign}>{STATUS_SIGN[item.status]}</span>
                              {item.example && <span className={styles.tag}>{t('roadmap.exampleShort')}</span>}
                              {item.dependsOn.length > 0 && <span className={styles.tag}>{`←${item.dependsOn.length}`}</span>}
                              {item.title}
                            </span>
                            {bar.milestones.map((milestone) => (
                              <span
                                key={milestone.id}
                                className={mergeClasses(styles.milestone, milestone.done && styles.milestoneDone)}
                                style={{ left: `${milestone.at * 100}%` }}
                                data-milestone={milestone.id}
                              />
                            ))}
                          </button>
                        );
                      })}
                    </div>
                  )}
                </section>
              );
            })}
          </div>
        </div>
      </div>
      <TimelineLegend />
    </div>
  );
});

/** The key to the timeline's signs, in words. */
function TimelineLegend() {
  const styles = useTimelineStyles();
  const { t } = useT();
  return (
    <ul className={styles.legend} aria-label={t('roadmap.legend')}>
      {STATUSES.map((status) => (
        <li key={status} className={styles.legendItem}>
          <span className={mergeClasses(styles.legendBar, styles[status])} aria-hidden="true">
            {STATUS_SIGN[status]}
          </span>
          {t(STATUS_LABEL[status])}
        </li>
      ))}
      <li className={styles.legendItem}>
        <span className={styles.legendMilestone} aria-hidden="true" />
        {t('roadmap.legendMilestone')}
      </li>
      <li className={styles.legendItem}>
        <span className={styles.legendToday} aria-hidden="true" />
        {t('roadmap.today')}
      </li>
      <li className={styles.legendItem}>
        <span className={styles.tag} aria-hidden="true">
          ←2
        </span>
        {t('roadmap.legendDepends')}
      </li>
    </ul>
  );
}
