import { Badge } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { RoadmapItem, RoadmapItemInput } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { DecisionRecorder } from './DecisionRecorder';
import { OriginNote } from './OriginNote';
import { DECISION_BODY_LABEL, DECISION_STATE_LABEL, FUNDING_LABEL, periodText, STATUS_LABEL, STATUS_SIGN, type ValueContext } from './format';
import type { SaveOutcome } from './RoadmapDrawer.types';
import { useDetailStyles } from './useDetailStyles';
import { formatDateTime, formatDay, formatEuro } from '../../format';

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

  const section = (id: string, title: string, body: ReactNode) => (
    <section className={styles.section} aria-labelledby={`roadmap-detail-${id}`} data-testid={`detail-${id}`}>
      <h3 id={`roadmap-detail-${id}`} className={styles.sectionTitle}>
        {title}
      </h3>
      {body}
    </section>
  );
  const none = (key: Parameters<typeof t>[0]) => <p className={styles.hint}>{t(key)}</p>;
  const link = (id: string) => {
    const open = openItem(id);
    const title = context.itemTitle(id) ?? id;
    return open ? (
      <button type="button" className={styles.linkButton} onClick={open}>
        {title}
      </button>
    ) : (
      <span>
        {title} <span className={styles.hint}>{t('roadmap.detail.elsewhere')}</span>
      </span>
    );
  };

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
      {section(
        'milestones',
        t('roadmap.field.milestones'),
        item.milestones.length === 0 ? (
          none('roadmap.detail.noMilestones')
        ) : (
          <ul className={styles.list}>
            {[...item.milestones]
              .sort((a, b) => a.date.localeCompare(b.date))
              .map((m) => (
                <li key={m.id} className={styles.entry}>
                  <span className={styles.entryTitle}>{m.title}</span>
                  <span className={styles.entryMeta}>
                    {formatDay(m.date, locale)} · {t(m.done ? 'roadmap.milestone.done' : 'roadmap.milestone.open')}
                  </span>
                </li>
              ))}
          </ul>
        ),
      )}
      {section(
        'decisions',
        t('roadmap.field.decisions'),
        item.decisions.length === 0 ? (
          none('roadmap.detail.noDecisions')
        ) : (
          <ul className={styles.list}>
            {item.decisions.map((d) => (
              <li key={d.id} className={styles.entry} data-testid="detail-decision" data-state={d.state}>
                <span className={styles.entryTitle}>{d.title}</span>
                <span className={styles.entryMeta}>
                  {t('roadmap.detail.decisionMeta', { body: t(DECISION_BODY_LABEL[d.body]), due: formatDay(d.due, locale), state: t(DECISION_STATE_LABEL[d.state]) })}
                </span>
                {d.note && <span>{d.note}</span>}
                {canEdit && <DecisionRecorder key={`${d.id}-${item.version}`} decision={d} onRecord={(decision) => onPatch({ decisions: item.decisions.map((x) => (x.id === d.id ? decision : x)) })} />}
              </li>
            ))}
          </ul>
        ),
      )}
      {section(
        'investment',
        t('roadmap.field.investment'),
        item.investment ? (
          <dl className={styles.facts}>
            <dt className={styles.factLabel}>{t('roadmap.investment.oneOff')}</dt>
            <dd className={styles.factValue} data-testid="detail-one-off">
              {formatEuro(item.investment.oneOff, locale)}
            </dd>
            <dt className={styles.factLabel}>{t('roadmap.investment.yearly')}</dt>
            <dd className={styles.factValue}>{formatEuro(item.investment.yearly, locale)}</dd>
            <dt className={styles.factLabel}>{t('roadmap.investment.funding')}</dt>
            <dd className={styles.factValue}>
              {t(FUNDING_LABEL[item.investment.funding])}
              {item.investment.fundingNote && ` — ${item.investment.fundingNote}`}
            </dd>
          </dl>
        ) : (
          none('roadmap.detail.noInvestment')
        ),
      )}
      {section(
        'services',
        t('roadmap.field.services'),
        item.services.length === 0 ? (
          none('roadmap.detail.noServices')
        ) : (
          <ul className={styles.list}>
            {item.services.map((s, index) => (
              <li key={`${s.name}-${index}`} className={styles.entry}>
                <span className={styles.entryTitle}>{s.name}</span>
                <span className={styles.entryMeta}>{t('roadmap.detail.ozg', { before: s.ozgBefore, after: s.ozgAfter })}</span>
              </li>
            ))}
          </ul>
        ),
      )}
      {section(
        'dependencies',
        t('roadmap.detail.dependencies'),
        <>
          <p className={styles.hint}>{t('roadmap.detail.dependsOn')}</p>
          {item.dependsOn.length === 0 ? (
            none('roadmap.detail.noDependencies')
          ) : (
            <ul className={styles.list} data-testid="detail-depends-on">
              {item.dependsOn.map((id) => (
                <li key={id}>{link(id)}</li>
              ))}
            </ul>
          )}
          <p className={styles.hint}>{t('roadmap.detail.neededBy')}</p>
          {dependents.length === 0 ? (
            none('roadmap.detail.noDependents')
          ) : (
            <ul className={styles.list} data-testid="detail-needed-by">
              {dependents.map((other) => (
                <li key={other.id}>{link(other.id)}</li>
              ))}
            </ul>
          )}
        </>,
      )}
    </>
  );
}
