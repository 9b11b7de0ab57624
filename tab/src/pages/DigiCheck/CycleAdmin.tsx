import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import type { CheckCycleSummary } from '../../api/digicheck';
import { useT } from '../../i18n/i18n';
import { CloseCycle } from './CloseCycle';
import type { CheckNames, CycleChanged } from './DigiCheck.types';
import { NewCycleForm } from './NewCycleForm';
import { TargetsForm } from './TargetsForm';
import { useDigiCheckStyles } from './useDigiCheckStyles';
import { formatDate } from '../../format';

/** Props of {@link CycleAdmin}. */
export interface CycleAdminProps {
  /** Newest first. */
  cycles: CheckCycleSummary[];
  /** The scheduled, open or closing cycle, if there is one (there is at most one). */
  running: CheckCycleSummary | undefined;
  /** The closed cycle the page shows. */
  shown: CheckCycleSummary | undefined;
  names: CheckNames;
  onChanged: CycleChanged;
}

/**
 * The change team's cycle section: while a cycle runs, its targets and "close now"; otherwise a
 * form that opens the next cycle. The targets of the closed cycle shown above can be changed too
 * (they decide which gaps are listed).
 */
export function CycleAdmin({ cycles, running, shown, names, onChanged }: CycleAdminProps) {
  const styles = useDigiCheckStyles();
  const { t, locale } = useT();
  const [overlap, setOverlap] = useState(false);
  return (
    <section className={styles.section} aria-labelledby="digicheck-admin" data-testid="digicheck-admin">
      <h3 id="digicheck-admin" className={styles.sectionTitle}>
        {t('digicheck.admin.title')}
      </h3>
      <p className={styles.hint}>{t('digicheck.admin.hint')}</p>
      {running ? (
        <div className={styles.card} data-testid="admin-running" data-cycle={running.id} data-state={running.state}>
          {overlap && (
            <MessageBar intent="warning" layout="multiline" data-testid="new-cycle-overlap">
              <MessageBarBody>{t('digicheck.admin.overlap')}</MessageBarBody>
            </MessageBar>
          )}
          <h4 className={styles.subTitle}>{t('digicheck.admin.runningTitle')}</h4>
          <p className={styles.text}>
            {t('digicheck.admin.runningDates', { opens: formatDate(running.opensAt, locale), closes: formatDate(running.closesAt, locale) })}
          </p>
          {running.state === 'closing' ? (
            <p className={styles.text}>{t('digicheck.closingTitle')}</p>
          ) : (
            <>
              <p className={styles.subTitle}>{t('digicheck.admin.targetsTitle')}</p>
              <TargetsForm key={running.id} cycle={running} names={names} onChanged={onChanged} testId="running-targets" />
              {running.state === 'open' && <CloseCycle cycle={running} onChanged={onChanged} />}
            </>
          )}
        </div>
      ) : (
        <div className={styles.card}>
          <NewCycleForm targets={cycles[0]?.targets} names={names} onChanged={onChanged} onOverlap={() => setOverlap(true)} />
        </div>
      )}
      {shown && (
        <details className={styles.card} data-testid="admin-shown" data-cycle={shown.id}>
          <summary className={styles.dimensionSummary}>{t('digicheck.admin.shownTitle', { date: formatDate(shown.closesAt, locale) })}</summary>
          <p className={styles.hint}>{t('digicheck.admin.shownHint')}</p>
          <TargetsForm key={shown.id} cycle={shown} names={names} onChanged={onChanged} testId="shown-targets" />
        </details>
      )}
    </section>
  );
}
