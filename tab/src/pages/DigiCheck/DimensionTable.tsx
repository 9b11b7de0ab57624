import { mergeClasses } from '@fluentui/react-components';
import type { CheckGroupResult, CheckTargets } from '../../api/digicheck';
import { useT } from '../../i18n/i18n';
import type { CheckNames } from './DigiCheck.types';
import { change, WHOLE } from './format';
import { useDigiCheckStyles } from './useDigiCheckStyles';
import { formatLevel } from '../../format';

/** Props of {@link DimensionTable}. */
export interface DimensionTableProps {
  group: string;
  figures: CheckGroupResult;
  whole: CheckGroupResult;
  targets: CheckTargets;
  names: CheckNames;
}

/**
 * The radar's figures as a table (always shown: charts alone are not accessible): per dimension
 * the group's level, its change since the previous cycle (arrow and sign, not colour alone), the
 * whole administration's level and the target.
 */
export function DimensionTable({ group, figures, whole, targets, names }: DimensionTableProps) {
  const styles = useDigiCheckStyles();
  const { t, locale } = useT();
  const isWhole = group === WHOLE;
  const { previous } = figures;
  const groupName = names.groupName(group);
  return (
    <div className={styles.tableBlock}>
      <div className={styles.scroller} role="region" aria-labelledby="digicheck-table-caption" tabIndex={0}>
        <table className={styles.table} data-testid="digicheck-table" data-group={group}>
          <caption id="digicheck-table-caption" className={styles.caption}>
            {t('digicheck.tableCaption', { group: groupName })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={styles.head}>
                {t('digicheck.dimension')}
              </th>
              <th scope="col" className={styles.headNumber}>
                {groupName}
              </th>
              <th scope="col" className={styles.headNumber}>
                {t('digicheck.change')}
              </th>
              {!isWhole && (
                <th scope="col" className={styles.headNumber}>
                  {names.groupName(WHOLE)}
                </th>
              )}
              <th scope="col" className={styles.headNumber}>
                {t('digicheck.target')}
              </th>
            </tr>
          </thead>
          <tbody>
            {names.questionnaire.dimensions.map((dimension) => {
              const level = figures.dimensions[dimension.id];
              const before = previous?.[dimension.id];
              const delta = before === undefined ? undefined : change(level, before, locale);
              return (
                <tr key={dimension.id} className={styles.row} data-dimension={dimension.id}>
                  <th scope="row" className={styles.rowHead}>
                    {dimension.title[locale]}
                  </th>
                  <td className={styles.number} data-col="group">
                    {formatLevel(level, locale)}
                  </td>
                  <td className={mergeClasses(styles.number, delta && styles[delta.direction])} data-col="change">
                    {delta ? (
                      <>
                        <span aria-hidden="true">{delta.arrow} </span>
                        {delta.text}
                        <span className={styles.visuallyHidden}> ({t(`digicheck.change.${delta.direction}`, { before: formatLevel(before ?? 0, locale) })})</span>
                      </>
                    ) : (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className={styles.visuallyHidden}>{t('digicheck.noPrevious')}</span>
                      </>
                    )}
                  </td>
                  {!isWhole && (
                    <td className={styles.number} data-col="whole">
                      {formatLevel(whole.dimensions[dimension.id], locale)}
                    </td>
                  )}
                  <td className={styles.number} data-col="target">
                    {formatLevel(targets[dimension.id], locale)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className={styles.hint} data-testid={previous ? 'change-hint' : 'no-previous'}>
        {previous ? t('digicheck.changeHint') : t('digicheck.noPreviousHint', { group: groupName })}
      </p>
    </div>
  );
}
