import { mergeClasses } from '@fluentui/react-components';
import type { CheckText } from '../../api/digicheck';
import { useT } from '../../i18n/i18n';
import { meanOfCounts } from './format';
import { useLevelBarStyles } from './useLevelBarStyles';
import { formatCount, formatLevel } from '../../format';

/** Props of {@link LevelBar}. */
export interface LevelBarProps {
  /** Answers per level: `counts[level]`, levels 0–4. */
  counts: readonly number[];
  /** What each level means (the question's anchors), for the hover text and the key. */
  anchors: readonly CheckText[];
  /** The mean to show; computed from the counts when not given. */
  mean?: number;
}

const LEVEL_CLASS = ['level0', 'level1', 'level2', 'level3', 'level4'] as const;

/**
 * A question's answers as a horizontal stacked bar of levels 0–4, with the mean and the count per
 * level as text right below it (that text is what screen readers get; the drawn bar is hidden from
 * them). Each part carries its level number, so the bar reads without colours (high contrast), and
 * each level's anchor text is its hover text and is listed under "What the levels mean".
 */
export function LevelBar({ counts, anchors, mean }: LevelBarProps) {
  const styles = useLevelBarStyles();
  const { t, locale } = useT();
  const total = counts.reduce((sum, n) => sum + n, 0);
  const average = mean ?? meanOfCounts(counts);
  const anchor = (level: number) => anchors[level]?.[locale] ?? '';
  return (
    <div className={styles.root}>
      {total > 0 && (
        <div className={styles.bar} aria-hidden="true">
          {counts.map((count, level) =>
            count === 0 ? null : (
              <span
                key={level}
                className={mergeClasses(styles.part, styles[LEVEL_CLASS[level]])}
                style={{ width: `${(count / total) * 100}%` }}
                title={t('digicheck.levelPart', { level, anchor: anchor(level), count: formatCount(count, locale) })}
                data-level={level}
              >
                {level}
              </span>
            ),
          )}
        </div>
      )}
      <p className={styles.figures}>
        {average === undefined
          ? t('digicheck.noAnswers')
          : t('digicheck.questionFigures', { mean: formatLevel(Math.round(average * 100) / 100, locale), count: formatCount(total, locale) })}
      </p>
      <ul className={styles.counts} data-testid="level-counts">
        {counts.map((count, level) => (
          <li key={level} title={anchor(level)} data-level={level} data-count={count}>
            <span className={mergeClasses(styles.swatch, styles[LEVEL_CLASS[level]])} aria-hidden="true" />
            {t('digicheck.levelCount', { level, count: formatCount(count, locale) })}
          </li>
        ))}
      </ul>
      <details className={styles.anchors}>
        <summary className={styles.summary}>{t('digicheck.anchorsTitle')}</summary>
        <dl className={styles.anchorList}>
          {anchors.map((text, level) => (
            <div key={level} className={styles.anchorRow}>
              <dt className={styles.anchorLevel}>{t('digicheck.level', { level })}</dt>
              <dd className={styles.anchorText}>{text[locale]}</dd>
            </div>
          ))}
        </dl>
      </details>
    </div>
  );
}
