import { mergeClasses } from '@fluentui/react-components';
import { memo, startTransition, useEffect, useMemo, useState, type MouseEvent } from 'react';
import type { RoadmapItem } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { nextSortOrder, sortItems, type SortKey, type SortOrder } from './filters';
import { periodText, STATUS_LABEL, STATUS_SIGN, type MessageKey } from './format';
import { useRoadmapStyles } from './useRoadmapStyles';
import { formatEuro } from '../../format';

/** Props of {@link RoadmapList}. */
export interface RoadmapListProps {
  /** The items to show (already filtered). */
  items: RoadmapItem[];
  sort: SortOrder;
  onSort: (order: SortOrder) => void;
  areaName: (areaId: string) => string;
  /** Opens an item's details. */
  onOpen: (itemId: string) => void;
}

const COLUMNS: ReadonlyArray<{ key: SortKey; label: MessageKey }> = [
  { key: 'title', label: 'roadmap.field.title' },
  { key: 'area', label: 'roadmap.field.area' },
  { key: 'status', label: 'roadmap.field.status' },
  // "When" sorts by the first day; a half-year item runs from the half-year's first day.
  { key: 'from', label: 'roadmap.column.period' },
  { key: 'owner', label: 'roadmap.field.owner' },
  { key: 'decision', label: 'roadmap.column.decision' },
  { key: 'investment', label: 'roadmap.column.investment' },
];

/**
 * Rows rendered with the first paint; the rest follow in a transition right after, so switching to
 * a list of a thousand items shows at once instead of after a few hundred milliseconds.
 */
const FIRST_ROWS = 120;

/**
 * The items as a table, sortable by every column (the header buttons say how it is sorted, as
 * `aria-sort` does for screen readers). A row's title is a button that opens the details; a click
 * anywhere on the row does too. Plain table elements keep a thousand rows fast.
 */
export const RoadmapList = memo(function RoadmapList({ items, sort, onSort, areaName, onOpen }: RoadmapListProps) {
  const styles = useRoadmapStyles();
  const { t, locale } = useT();
  const sorted = useMemo(() => sortItems(items, sort, { locale, areaName }), [items, sort, locale, areaName]);
  const [complete, setComplete] = useState(sorted.length <= FIRST_ROWS);
  useEffect(() => {
    if (!complete) startTransition(() => setComplete(true));
  }, [complete]);
  const rows = complete ? sorted : sorted.slice(0, FIRST_ROWS);
  const sortedBy = t(COLUMNS.find((column) => column.key === sort.key)?.label ?? 'roadmap.field.title');

  const onRowClick = (event: MouseEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('tr[data-id]');
    // The title button handles its own click (keyboard too); this makes the rest of the row a target.
    if (row?.dataset.id && !(event.target as HTMLElement).closest('button')) onOpen(row.dataset.id);
  };

  return (
    <div className={styles.tableScroller} role="region" aria-labelledby="roadmap-list-caption" tabIndex={0}>
      <table className={styles.table} data-testid="roadmap-list">
        <caption id="roadmap-list-caption" className={styles.visuallyHidden}>
          {t('roadmap.listCaption', {
            count: items.length,
            column: sortedBy,
            direction: t(sort.direction === 'ascending' ? 'roadmap.sortAscending' : 'roadmap.sortDescending'),
          })}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const active = sort.key === column.key;
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={mergeClasses(styles.th, column.key === 'title' && styles.stickyCell)}
                  aria-sort={active ? sort.direction : undefined}
                >
                  <button type="button" className={styles.sortButton} onClick={() => onSort(nextSortOrder(sort, column.key))} data-sort={column.key}>
                    {t(column.label)}
                    <span aria-hidden="true" className={styles.sortSign}>
                      {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody onClick={onRowClick}>
          {rows.map((item) => (
            <tr key={item.id} className={styles.row} data-id={item.id} data-testid="roadmap-row">
              <th scope="row" className={mergeClasses(styles.cell, styles.stickyCell)}>
                <button type="button" className={styles.titleButton} onClick={() => onOpen(item.id)}>
                  {item.title}
                </button>
                {item.example && <span className={styles.exampleTag}>{t('roadmap.example')}</span>}
              </th>
              <td className={styles.cell}>{areaName(item.area)}</td>
              <td className={styles.cell} data-status={item.status}>
                <span aria-hidden="true" className={styles.statusSign}>
                  {STATUS_SIGN[item.status]}
                </span>
                {t(STATUS_LABEL[item.status])}
              </td>
              <td className={mergeClasses(styles.cell, styles.nowrap)}>{periodText(item, t, locale)}</td>
              <td className={styles.cell}>{item.owner}</td>
              <td className={styles.cell}>{item.decisionNeeded ? t('roadmap.decisionOpen') : '–'}</td>
              <td className={mergeClasses(styles.cell, styles.number)}>{item.investment ? formatEuro(item.investment.oneOff, locale) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
