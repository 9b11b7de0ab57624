import type { ReactNode } from 'react';
import type { RoadmapItem } from '../../api/types';
import { formatDay, formatEuro } from '../../format';
import { useT } from '../../i18n/i18n';
import { DecisionRecorder } from './DecisionRecorder';
import { DECISION_BODY_LABEL, DECISION_STATE_LABEL, FUNDING_LABEL, type MessageKey, type ValueContext } from './format';
import type { ItemDetailsProps } from './ItemDetails';
import { useDetailStyles } from './useDetailStyles';

/** One titled section of an item's details (`detail-<id>` for tests and headings). */
function DetailSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const styles = useDetailStyles();
  return (
    <section className={styles.section} aria-labelledby={`roadmap-detail-${id}`} data-testid={`detail-${id}`}>
      <h3 id={`roadmap-detail-${id}`} className={styles.sectionTitle}>
        {title}
      </h3>
      {children}
    </section>
  );
}

/** What a section says when it has nothing to list. */
function None({ message }: { message: MessageKey }) {
  const styles = useDetailStyles();
  const { t } = useT();
  return <p className={styles.hint}>{t(message)}</p>;
}

/** The milestones, earliest first, each with its day and whether it is reached. */
export function MilestonesSection({ item }: { item: RoadmapItem }) {
  const styles = useDetailStyles();
  const { t, locale } = useT();
  return (
    <DetailSection id="milestones" title={t('roadmap.field.milestones')}>
      {item.milestones.length === 0 ? (
        <None message="roadmap.detail.noMilestones" />
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
      )}
    </DetailSection>
  );
}

/** The decisions an item waits for; editors record an outcome right here. */
export function DecisionsSection({ item, canEdit, onPatch }: Pick<ItemDetailsProps, 'item' | 'canEdit' | 'onPatch'>) {
  const styles = useDetailStyles();
  const { t, locale } = useT();
  return (
    <DetailSection id="decisions" title={t('roadmap.field.decisions')}>
      {item.decisions.length === 0 ? (
        <None message="roadmap.detail.noDecisions" />
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
      )}
    </DetailSection>
  );
}

/** What the item costs once and yearly, and who pays. */
export function InvestmentSection({ item }: { item: RoadmapItem }) {
  const styles = useDetailStyles();
  const { t, locale } = useT();
  const { investment } = item;
  return (
    <DetailSection id="investment" title={t('roadmap.field.investment')}>
      {investment ? (
        <dl className={styles.facts}>
          <dt className={styles.factLabel}>{t('roadmap.investment.oneOff')}</dt>
          <dd className={styles.factValue} data-testid="detail-one-off">
            {formatEuro(investment.oneOff, locale)}
          </dd>
          <dt className={styles.factLabel}>{t('roadmap.investment.yearly')}</dt>
          <dd className={styles.factValue}>{formatEuro(investment.yearly, locale)}</dd>
          <dt className={styles.factLabel}>{t('roadmap.investment.funding')}</dt>
          <dd className={styles.factValue}>
            {t(FUNDING_LABEL[investment.funding])}
            {investment.fundingNote && ` — ${investment.fundingNote}`}
          </dd>
        </dl>
      ) : (
        <None message="roadmap.detail.noInvestment" />
      )}
    </DetailSection>
  );
}

/** The online services the item touches, with their OZG maturity before and after. */
export function ServicesSection({ item }: { item: RoadmapItem }) {
  const styles = useDetailStyles();
  const { t } = useT();
  return (
    <DetailSection id="services" title={t('roadmap.field.services')}>
      {item.services.length === 0 ? (
        <None message="roadmap.detail.noServices" />
      ) : (
        <ul className={styles.list}>
          {item.services.map((s, index) => (
            <li key={`${s.name}-${index}`} className={styles.entry}>
              <span className={styles.entryTitle}>{s.name}</span>
              <span className={styles.entryMeta}>{t('roadmap.detail.ozg', { before: s.ozgBefore, after: s.ozgAfter })}</span>
            </li>
          ))}
        </ul>
      )}
    </DetailSection>
  );
}

/** Another item as a link that opens it, or its title with a note when the page does not show it. */
function ItemLink({ id, context, openItem }: { id: string; context: ValueContext; openItem: ItemDetailsProps['openItem'] }) {
  const styles = useDetailStyles();
  const { t } = useT();
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
}

/** Dependencies both ways: what the item needs, and what needs it. */
export function DependenciesSection({ item, context, dependents, openItem }: Pick<ItemDetailsProps, 'item' | 'context' | 'dependents' | 'openItem'>) {
  const styles = useDetailStyles();
  const { t } = useT();
  return (
    <DetailSection id="dependencies" title={t('roadmap.detail.dependencies')}>
      <p className={styles.hint}>{t('roadmap.detail.dependsOn')}</p>
      {item.dependsOn.length === 0 ? (
        <None message="roadmap.detail.noDependencies" />
      ) : (
        <ul className={styles.list} data-testid="detail-depends-on">
          {item.dependsOn.map((id) => (
            <li key={id}>
              <ItemLink id={id} context={context} openItem={openItem} />
            </li>
          ))}
        </ul>
      )}
      <p className={styles.hint}>{t('roadmap.detail.neededBy')}</p>
      {dependents.length === 0 ? (
        <None message="roadmap.detail.noDependents" />
      ) : (
        <ul className={styles.list} data-testid="detail-needed-by">
          {dependents.map((other) => (
            <li key={other.id}>
              <ItemLink id={other.id} context={context} openItem={openItem} />
            </li>
          ))}
        </ul>
      )}
    </DetailSection>
  );
}
