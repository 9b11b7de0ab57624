import { Badge } from '@fluentui/react-components';
import type { RoadmapItem, RoadmapItemInput } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { DecisionsSection, DependenciesSection, InvestmentSection, MilestonesSection, ServicesSection } from './ItemDetailSections';
import { OriginNote } from './OriginNote';
import { periodText, STATUS_LABEL, STATUS_SIGN, type ValueContext } from './format';
import type { SaveOutcome } from './RoadmapDrawer.types';
import { useDetailStyles } from './useDetailStyles';
import { formatDateTime } from '../../format';

/** Props of {@link ItemDetails}. */
export interface ItemDetailsProps {
  item: RoadmapItem;
  context: ValueContext;
  /** Items that depend on this one (as far as the page knows them). */
  dependents: RoadmapItem[];
  /** Opens another item; `undefined` for items the page does not show (another channel's area). */
  openItem: (itemId: string) => (() => void) | undefined;
  canEdit: boolean;
  onPatch: (changes: Partial<RoadmapItemInput>) => Promise<SaveOutcome>;
}

/**
 * Everything about one item, read-only: status and marks, facts, where it came from (a DigiCheck
 * gap, linked to its results), description, milestones,
 * decisions (editors record them here), investment, affected online services (OZG maturity before
 * and after) and dependencies both ways, as links to those items.
 */
export function ItemDetails({ item, context, dependents, openItem, canEdit, onPatch }: ItemDetailsProps) {
  const styles = useDetailStyles();
  const { t, locale } = useT();

  return (
    <>
      <div className={styles.badges}>
        <Badge appearance="tint" color="informative" data-testid="detail-status">
          {`${STATUS_SIGN[item.status]} ${t(STATUS_LABEL[item.status])}`}
        </Badge>
        {item.decisionNeeded && (
          <Badge appearance="tint" color="warning">
            {t('roadmap.decisionNeeded')}
          </Badge>
        )}
        {item.example && (
          <Badge appearance="outline" color="subtle" data-testid="detail-example">
            {t('roadmap.example')}
          </Badge>
        )}
      </div>
      <dl className={styles.facts}>
        <dt className={styles.factLabel}>{t('roadmap.field.area')}</dt>
        <dd className={styles.factValue} data-testid="detail-area">
          {context.areaName(item.area)}
        </dd>
        <dt className={styles.factLabel}>{t('roadmap.column.period')}</dt>
        <dd className={styles.factValue} data-testid="detail-period">
          {periodText(item, t, locale)}
        </dd>
        <dt className={styles.factLabel}>{t('roadmap.field.owner')}</dt>
        <dd className={styles.factValue}>{item.owner || t('roadmap.notSet')}</dd>
        <dt className={styles.factLabel}>{t('roadmap.detail.changed')}</dt>
        <dd className={styles.factValue}>
          {t('roadmap.detail.changedBy', { version: item.version, at: formatDateTime(item.updatedAt, locale), by: item.updatedBy })}
        </dd>
      </dl>
      {item.origin && <OriginNote origin={item.origin} context={context} />}
      {item.description && <p className={styles.text}>{item.description}</p>}
      <MilestonesSection item={item} />
      <DecisionsSection item={item} canEdit={canEdit} onPatch={onPatch} />
      <InvestmentSection item={item} />
      <ServicesSection item={item} />
      <DependenciesSection item={item} context={context} dependents={dependents} openItem={openItem} />
    </>
  );
}
