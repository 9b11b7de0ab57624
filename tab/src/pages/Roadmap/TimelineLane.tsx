import { mergeClasses } from '@fluentui/react-components';
import type { RoadmapItem, RoadmapStatus } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { barDescription, STATUS_SIGN } from './format';
import type { LaneLayout } from './timeline';
import { LANE_HEAD_PX, ROW_PX, useTimelineStyles } from './useTimelineStyles';

/** A share of the timeline's width as CSS. */
export const pct = (columns: number, value: number) => `${(value / columns) * 100}%`;

/** Props of {@link TimelineLane}. */
export interface TimelineLaneProps {
  lane: LaneLayout<RoadmapItem>;
  /** The lane's area in the reader's language. */
  name: string;
  /** How many half-year columns the timeline has. */
  columns: number;
  /** The class of a bar per status (made once by the timeline, not per bar). */
  barClass: Record<RoadmapStatus, string>;
}

/**
 * One area's lane: its heading and its bars. Each bar is a plain button with everything it shows
 * in its accessible name; the timeline's root handles their clicks, hover and focus.
 */
export function TimelineLane({ lane, name, columns, barClass }: TimelineLaneProps) {
  const styles = useTimelineStyles();
  const { t, locale } = useT();
  const headingId = `roadmap-lane-${lane.area}`;
  return (
    <section
      className={styles.lane}
      style={{ containIntrinsicSize: `auto ${LANE_HEAD_PX + Math.max(1, lane.rows) * ROW_PX}px` }}
      aria-labelledby={headingId}
      data-testid="roadmap-lane"
      data-area={lane.area}
    >
      <h3 id={headingId} className={styles.laneTitle}>
        {name}
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
}
