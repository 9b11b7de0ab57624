import { makeStyles, mergeClasses, Radio, RadioGroup, tokens, typographyStyles } from '@fluentui/react-components';
import { Fragment, useState } from 'react';
import type { DepartmentResults, GroupResults, QuestionResult } from '../../api/types';
import { useHost } from '../../components/HostRoot/HostContext';
import { useT } from '../../i18n/i18n';
import { heatBand, type HeatMetric } from './format';
import { shortQuestionLabel } from './questionLabels';
import { useResultsStyles } from './useResultsStyles';
import { formatCount, formatMean, formatScore, formatShare } from '../../format';
import * as blocks from '../../components/PageLayout/styleBlocks';

/** Props of {@link DepartmentHeatmap}. */
export interface DepartmentHeatmapProps {
  total: GroupResults;
  departments: DepartmentResults[];
  /** The server's threshold for a group, for the explanation. */
  minBallots: number;
}

const useStyles = makeStyles({
  scroller: blocks.scrollBox,
  table: { ...typographyStyles.caption1, ...blocks.fullTable },
  th: {
    ...typographyStyles.caption1Strong,
    textAlign: 'center',
    verticalAlign: 'bottom',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    minWidth: '56px',
    maxWidth: '96px',
  },
  rowHeader: {
    ...typographyStyles.caption1Strong,
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    minWidth: '120px',
    maxWidth: '180px',
    '@media (max-width: 480px)': { minWidth: '96px', maxWidth: '120px' },
    // The department stays visible while the figures scroll sideways on a phone.
    position: 'sticky',
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cell: {
    textAlign: 'center',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    fontVariantNumeric: 'tabular-nums',
    color: tokens.colorNeutralForeground1,
  },
  low: { backgroundColor: tokens.colorPaletteRedBackground2 },
  middle: { backgroundColor: tokens.colorNeutralBackground3 },
  high: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  metrics: { flexWrap: 'wrap' },
  metric: { flexShrink: 0 },
  hidden: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    fontStyle: 'italic',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  keySwatch: {
    display: 'inline-block',
    width: '10px',
    height: '10px',
    marginRight: tokens.spacingHorizontalXS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  key: blocks.captionRow,
});

/**
 * A heat map as a table: rows are the whole administration and each department, columns the
 * questions; a cell shows the mean (1–5) or the favourable share, tinted by band. A department
 * the server hides shows only "too few answers" — never a figure, and nothing derived from
 * other rows.
 */
export function DepartmentHeatmap({ total, departments, minBallots }: DepartmentHeatmapProps) {
  const styles = useStyles();
  const page = useResultsStyles();
  const { t, locale } = useT();
  const [metric, setMetric] = useState<HeatMetric>('mean');
  // High contrast has no tints, so there the colour key would explain nothing.
  const tinted = useHost().theme !== 'contrast';
  const columns = total.questions;

  const cell = (question: QuestionResult | undefined) => {
    if (!question || question.suppressed) {
      return (
        <td className={styles.cell}>
          <span aria-hidden="true">–</span>
          <span className={page.visuallyHidden}>{t('results.tooFewAnswers')}</span>
        </td>
      );
    }
    if (question.kind === 'enps') {
      return <td className={styles.cell}>{question.score === null ? '–' : formatScore(question.score, locale)}</td>;
    }
    const value = metric === 'mean' ? question.mean : question.favourable;
    if (value === null) return <td className={styles.cell}>–</td>;
    return (
      <td className={mergeClasses(styles.cell, styles[heatBand(value, metric)])}>
        {metric === 'mean' ? formatMean(value, locale) : formatShare(value, locale)}
      </td>
    );
  };

  const groupRow = (key: string, name: string, group: GroupResults) => (
    <tr key={key} className={styles.row} data-department={key}>
      <th scope="row" className={styles.rowHeader}>
        {name}
        <br />
        <span className={page.hint}>{t('results.answersCount', { count: formatCount(group.ballots, locale) })}</span>
      </th>
      {columns.map((column) => (
        <Fragment key={column.questionId}>{cell(group.questions.find((q) => q.questionId === column.questionId))}</Fragment>
      ))}
    </tr>
  );

  return (
    <section className={page.section} aria-labelledby="results-departments" data-testid="results-departments">
      <h3 id="results-departments" className={page.sectionTitle}>
        {t('results.departmentsTitle')}
      </h3>
      <RadioGroup
        className={styles.metrics}
        layout="horizontal"
        value={metric}
        onChange={(_, data) => setMetric(data.value === 'favourable' ? 'favourable' : 'mean')}
        aria-label={t('results.heatMetricLabel')}
      >
        <Radio className={styles.metric} value="mean" label={t('results.heatMetricMean')} />
        <Radio className={styles.metric} value="favourable" label={t('results.heatMetricFavourable')} />
      </RadioGroup>
      <div className={styles.scroller} role="region" aria-labelledby="results-departments-caption" tabIndex={0}>
        <table className={styles.table}>
          <caption id="results-departments-caption" className={page.visuallyHidden}>
            {t(metric === 'mean' ? 'results.heatCaptionMean' : 'results.heatCaptionFavourable')}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={styles.rowHeader}>
                {t('results.department')}
              </th>
              {columns.map((question, index) => (
                <th key={question.questionId} scope="col" className={styles.th} title={question.text[locale]}>
                  {question.kind === 'enps'
                    ? t('results.enpsShort')
                    : shortQuestionLabel(t, question.dimension ?? question.questionId, index)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {groupRow('total', t('results.wholeAdministration'), total)}
            {departments.map((department) =>
              department.shown && department.results ? (
                groupRow(department.id, department.name[locale], department.results)
              ) : (
                <tr key={department.id} className={styles.row} data-department={department.id} data-hidden="true">
                  <th scope="row" className={styles.rowHeader}>
                    {department.name[locale]}
                  </th>
                  <td colSpan={columns.length} className={styles.hidden}>
                    {t('results.tooFewAnswers')}
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      {tinted && (
        <ul className={styles.key} aria-hidden="true">
          <li>
            <span className={mergeClasses(styles.keySwatch, styles.low)} />
            {t(metric === 'mean' ? 'results.heatLowMean' : 'results.heatLowFavourable')}
          </li>
          <li>
            <span className={mergeClasses(styles.keySwatch, styles.middle)} />
            {t('results.heatMiddle')}
          </li>
          <li>
            <span className={mergeClasses(styles.keySwatch, styles.high)} />
            {t(metric === 'mean' ? 'results.heatHighMean' : 'results.heatHighFavourable')}
          </li>
        </ul>
      )}
      <p className={page.hint}>{t('results.hiddenExplained', { min: minBallots })}</p>
    </section>
  );
}
