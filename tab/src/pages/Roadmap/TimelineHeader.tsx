import { mergeClasses } from '@fluentui/react-components';
import type { HalfYear } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { halfYearLabel } from './format';
import { parseHalfYear } from './timeline';
import { useTimelineStyles } from './useTimelineStyles';

/** Props of {@link TimelineHeader}. */
export interface TimelineHeaderProps {
  halfYears: readonly HalfYear[];
  /** The half-year of today, marked in the header. */
  currentHalf: HalfYear;
}

/** The timeline's header: years over their half-years (hidden from screen readers: each bar says its period). */
export function TimelineHeader({ halfYears, currentHalf }: TimelineHeaderProps) {
  const styles = useTimelineStyles();
  const { t } = useT();
  const years: Array<{ year: number; span: number }> = [];
  for (const halfYear of halfYears) {
    const year = parseHalfYear(halfYear)?.year ?? 0;
    const last = years[years.length - 1];
    if (last?.year === year) last.span += 1;
    else years.push({ year, span: 1 });
  }
  return (
    <div className={styles.header} style={{ gridTemplateColumns: `repeat(${halfYears.length}, 1fr)` }} aria-hidden="true">
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
  );
}
