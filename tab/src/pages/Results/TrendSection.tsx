import { LineChart, type LineChartPoints } from '@fluentui/react-charts';
import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { apiErrorCode, getTrend } from '../../api/pulse';
import type { Trend } from '../../api/types';
import { useHost } from '../../components/HostRoot/HostContext';
import { useT } from '../../i18n/i18n';
import { shortQuestionLabel } from './questionLabels';
import { lineColor } from './seriesColors';
import { useNarrow } from '../../hooks/useNarrow';
import { useRequest } from '../../hooks/useRequest';
import { useResultsStyles } from './useResultsStyles';
import { formatCount, formatDate, formatMean, formatMonth, formatScore } from '../../format';

/** Props of {@link TrendSection}. */
export interface TrendSectionProps {
  surveyId: string;
}

const useStyles = makeStyles({
  chart: {
    width: '100%',
    minWidth: 0,
    // The chart fills its box (legend included), measured once laid out: the box sets the size.
    height: '360px',
    '@media (max-width: 480px)': { height: '520px' },
  },
  // The library capitalizes legend words ("Rückhalt Der Leitung"); German nouns need their own case.
  legend: { textTransform: 'none' },
  details: {
    ...typographyStyles.body1,
  },
  summary: {
    cursor: 'pointer',
    ...typographyStyles.body1Strong,
  },
  scroller: {
    overflowX: 'auto',
    marginTop: tokens.spacingVerticalS,
  },
  table: {
    ...typographyStyles.caption1,
    borderCollapse: 'collapse',
    minWidth: '100%',
  },
  cell: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
    whiteSpace: 'nowrap',
  },
  head: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    textAlign: 'left',
    ...typographyStyles.caption1Strong,
  },
});

/**
 * The survey's development across closed rounds: one line per question mean (1–5), and the same
 * figures as a table for screen readers and for reading exact values.
 */
export function TrendSection({ surveyId }: TrendSectionProps) {
  const page = useResultsStyles();
  const { t } = useT();
  const trend = useRequest((signal) => getTrend(surveyId, { signal }), [surveyId]);

  let body;
  if (trend.state === 'loading') body = <p className={page.status}>{t('results.trendLoading')}</p>;
  else if (trend.state === 'error' && apiErrorCode(trend.error) !== 'not-found') {
    body = <p className={page.hint}>{t('results.trendFailed')}</p>;
  } else if (trend.state === 'error' || trend.data.points.length === 0) {
    body = <p className={page.hint}>{t('results.trendNone')}</p>;
  } else body = <TrendView trend={trend.data} />;
  // A round that has closed but is not final yet joins the trend once its results are final.
  const finalising = trend.state === 'ok' && trend.data.finalising.length > 0;

  return (
    <section className={page.section} aria-labelledby="results-trend" data-testid="results-trend">
      <h3 id="results-trend" className={page.sectionTitle}>
        {t('results.trendTitle')}
      </h3>
      {body}
      {finalising && (
        <p className={page.hint} data-testid="trend-finalising">
          {t('results.trendFinalising')}
        </p>
      )}
    </section>
  );
}

function TrendView({ trend }: { trend: Trend }) {
  const styles = useStyles();
  const page = useResultsStyles();
  const { t, locale } = useT();
  const { theme } = useHost();
  // On a phone the legend wraps into several rows and the box is taller (see the styles).
  const narrow = useNarrow();
  const labels = trend.questions.map((q, index) => shortQuestionLabel(t, q.questionId, index));
  const dates = trend.points.map((p) => new Date(p.closesAt));
  const lines: LineChartPoints[] = trend.questions.map((question, index) => ({
    legend: labels[index],
    color: lineColor(index, theme),
    data: trend.points.flatMap((point, p) => {
      const mean = point.means[question.questionId];
      return mean === null || mean === undefined
        ? []
        : [{ x: dates[p], y: mean, xAxisCalloutData: formatDate(point.closesAt, locale), yAxisCalloutData: formatMean(mean, locale) }];
    }),
  }));
  const enough = trend.points.length >= 2;
  const hasEnps = trend.points.some((point) => point.enps !== null);

  return (
    <>
      <p className={page.hint}>{t('results.trendHint', { rounds: formatCount(trend.points.length, locale) })}</p>
      {enough ? (
        <div className={styles.chart} role="figure" aria-label={t('results.trendChartLabel')} data-testid="trend-chart">
          <LineChart
            data={{ chartTitle: t('results.trendChartLabel'), lineChartData: lines }}
            yMinValue={1}
            yMaxValue={5}
            yAxisTickValues={[1, 2, 3, 4, 5]}
            tickValues={dates}
            customDateTimeFormatter={(date) => formatMonth(date, locale)}
            allowMultipleShapesForPoints
            enabledLegendsWrapLines
            legendProps={{ styles: { legend: styles.legend } }}
            culture={locale}
            height={narrow ? 520 : 360}
            yAxisTitle={narrow ? undefined : t('results.trendAxisMean')}
          />
        </div>
      ) : (
        <p className={page.text}>{t('results.trendOnePoint')}</p>
      )}
      <details className={styles.details} open={!enough}>
        <summary className={styles.summary}>{t('results.trendTable')}</summary>
        <div className={styles.scroller} role="region" aria-label={t('results.trendTable')} tabIndex={0}>
          <table className={styles.table} data-testid="trend-table">
            <thead>
              <tr>
                <th scope="col" className={styles.head}>
                  {t('results.trendQuestion')}
                </th>
                {trend.points.map((point) => (
                  <th key={point.roundId} scope="col" className={styles.head}>
                    {formatDate(point.closesAt, locale)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {trend.questions.map((question, index) => (
                <tr key={question.questionId}>
                  <th scope="row" className={styles.head} title={question.text[locale]}>
                    {labels[index]}
                  </th>
                  {trend.points.map((point) => {
                    const mean = point.means[question.questionId];
                    return (
                      <td key={point.roundId} className={styles.cell}>
                        {mean === null || mean === undefined ? '–' : formatMean(mean, locale)}
                      </td>
                    );
                  })}
                </tr>
              ))}
              {hasEnps && (
                <tr>
                  <th scope="row" className={styles.head}>
                    {t('results.enpsShort')}
                  </th>
                  {trend.points.map((point) => (
                    <td key={point.roundId} className={styles.cell}>
                      {point.enps === null ? '–' : formatScore(point.enps, locale)}
                    </td>
                  ))}
                </tr>
              )}
              <tr>
                <th scope="row" className={styles.head}>
                  {t('results.trendAnswers')}
                </th>
                {trend.points.map((point) => (
                  <td key={point.roundId} className={styles.cell}>
                    {formatCount(point.ballots, locale)}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
