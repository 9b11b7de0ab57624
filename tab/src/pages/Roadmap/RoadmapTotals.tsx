import { mergeClasses, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { getInvestmentTotals, type RoadmapQuery } from '../../api/roadmap';
import { roadmapQueryString } from '../../api/roadmapQuery';
import type { InvestmentSum } from '../../api/types';
import { RequestProblem } from '../../components/RequestProblem/RequestProblem';
import { useT } from '../../i18n/i18n';
import { useRequest } from '../../hooks/useRequest';
import { halfYearLabel } from './format';
import { useRoadmapStyles } from './useRoadmapStyles';
import { formatEuro } from '../../format';
import { KeyFigures } from '../../components/KeyFigures/KeyFigures';

/** Props of {@link RoadmapTotals}. */
export interface RoadmapTotalsProps {
  /** The filters of the page: the server sums the items they select. */
  query: RoadmapQuery;
  areaName: (areaId: string) => string;
}

/**
 * Estimated investment per half-year and area, summed by the server (`GET /api/roadmap/totals`) for
 * the items the filters select: an item counts in the half-year it starts in; cancelled items and
 * items without an estimate do not count. Rows are half-years, columns areas — only those with
 * money, so the table stays short. Loaded lazily: most visits never open this view.
 */
export default function RoadmapTotals({ query, areaName }: RoadmapTotalsProps) {
  const styles = useRoadmapStyles();
  const { t, locale } = useT();
  const totals = useRequest((signal) => getInvestmentTotals(query, { signal }), [roadmapQueryString(query)]);

  if (totals.state === 'loading') {
    return (
      <p role="status" className={styles.status}>
        {t('roadmap.totals.loading')}
      </p>
    );
  }
  if (totals.state === 'error') {
    return <RequestProblem error={totals.error} failedText={t('roadmap.totals.failed')} forbiddenText={t('roadmap.forbidden')} retry={totals.retry} />;
  }
  const { halfYears, areas, cells, byHalfYear, byArea, total } = totals.data;
  const rows = halfYears.filter((halfYear) => (byHalfYear[halfYear]?.items ?? 0) > 0);
  const columns = areas.filter((area) => (byArea[area]?.items ?? 0) > 0);

  const money = (sum: InvestmentSum | undefined, strong = false) =>
    sum && sum.items > 0 ? (
      <>
        <span className={mergeClasses(strong && styles.strong)}>{formatEuro(sum.oneOff, locale)}</span>
        {sum.yearly > 0 && <span className={styles.yearly}>{t('roadmap.totals.perYear', { amount: formatEuro(sum.yearly, locale) })}</span>}
      </>
    ) : (
      '–'
    );

  return (
    <div className={styles.viewPanel} data-testid="roadmap-totals">
      <KeyFigures
        size="medium"
        figures={[
          { id: 'one-off', valueTestId: 'totals-one-off', label: t('roadmap.totals.oneOff'), value: formatEuro(total.oneOff, locale) },
          { id: 'yearly', valueTestId: 'totals-yearly', label: t('roadmap.totals.yearly'), value: formatEuro(total.yearly, locale) },
          { id: 'items', valueTestId: 'totals-items', label: t('roadmap.totals.items'), value: total.items },
        ]}
      />
      {total.items === 0 ? (
        <MessageBar intent="info" layout="multiline" data-testid="totals-empty">
          <MessageBarBody>{t('roadmap.totals.none')}</MessageBarBody>
        </MessageBar>
      ) : (
        <div className={styles.tableScroller} role="region" aria-labelledby="roadmap-totals-caption" tabIndex={0}>
          <table className={styles.table} data-testid="totals-table">
            <caption id="roadmap-totals-caption" className={styles.visuallyHidden}>
              {t('roadmap.totals.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={mergeClasses(styles.th, styles.stickyCell)}>
                  <span className={styles.sortButton}>{t('roadmap.totals.halfYear')}</span>
                </th>
                {/* The totals come first: with many areas the table scrolls, and they must stay in view. */}
                <th scope="col" className={mergeClasses(styles.th, styles.sumColumn)}>
                  <span className={styles.sortButton}>{t('roadmap.totals.sum')}</span>
                </th>
                {columns.map((area) => (
                  <th key={area} scope="col" className={mergeClasses(styles.th, styles.wrapHead)} data-area={area}>
                    <span className={styles.sortButton}>{areaName(area)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((halfYear) => (
                <tr key={halfYear} className={styles.row} data-half-year={halfYear}>
                  <th scope="row" className={mergeClasses(styles.cell, styles.stickyCell, styles.nowrap)}>
                    {halfYearLabel(halfYear, t)}
                  </th>
                  <td className={mergeClasses(styles.cell, styles.number, styles.sumColumn)} data-testid="totals-row-sum">
                    {money(byHalfYear[halfYear], true)}
                  </td>
                  {columns.map((area) => (
                    <td key={area} className={mergeClasses(styles.cell, styles.number)} data-area={area}>
                      {money(cells[halfYear]?.[area])}
                    </td>
                  ))}
                </tr>
              ))}
              <tr className={styles.totalsRow} data-testid="totals-sum-row">
                <th scope="row" className={mergeClasses(styles.cell, styles.stickyCell, styles.strong)}>
                  {t('roadmap.totals.sum')}
                </th>
                <td className={mergeClasses(styles.cell, styles.number, styles.sumColumn)} data-testid="totals-grand">
                  {money(total, true)}
                </td>
                {columns.map((area) => (
                  <td key={area} className={mergeClasses(styles.cell, styles.number)} data-area={area}>
                    {money(byArea[area], true)}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      )}
      <p className={styles.hint}>{t('roadmap.totals.rule')}</p>
    </div>
  );
}
