import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { getCycles, getQuestionnaire } from '../../api/digicheck';
import { getRoadmapAreas } from '../../api/roadmap';
import { RequestProblem } from '../../components/RequestProblem/RequestProblem';
import { useMe } from '../../hooks/useMe';
import { useT } from '../../i18n/i18n';
import { hashParam } from '../../navigation';
import { CycleAdmin } from './CycleAdmin';
import { CyclePicker } from './CyclePicker';
import { CycleResults } from './CycleResults';
import type { CheckNames, CycleChanged } from './DigiCheck.types';
import { isRunning, preselectCycle, WHOLE } from './format';
import { useDigiCheckStyles } from './useDigiCheckStyles';
import { useRequest } from '../../hooks/useRequest';
import { formatDate } from '../../format';

/** The cycle a link names (`#digicheck?cycle=…`, e.g. from a roadmap item's origin), following hash changes. */
function useLinkedCycle(): string | undefined {
  const [cycle, setCycle] = useState(() => hashParam(window.location.hash, 'cycle'));
  useEffect(() => {
    const update = () => setCycle(hashParam(window.location.hash, 'cycle'));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return cycle;
}

/**
 * The DigiCheck page body (loaded lazily): the questionnaire, the cycles and the area names; a
 * cycle picker, the chosen closed cycle's results, and for the change team the cycle section.
 */
export default function DigiCheckPage() {
  const styles = useDigiCheckStyles();
  const { t, locale } = useT();
  const me = useMe();
  const roles = me?.roles ?? [];
  const base = useRequest(
    (signal) => Promise.all([getQuestionnaire({ signal }), getRoadmapAreas({ signal })]).then(([questionnaire, areas]) => ({ questionnaire, areas })),
    [],
  );
  const cycles = useRequest((signal) => getCycles({ signal }), []);
  const linked = useLinkedCycle();
  const [chosenId, setChosenId] = useState<string>();
  // A link followed while the page is open wins over an earlier choice.
  useEffect(() => setChosenId(undefined), [linked]);

  const baseData = base.state === 'ok' ? base.data : undefined;
  const names = useMemo<CheckNames | undefined>(() => {
    if (!baseData) return undefined;
    const { questionnaire, areas } = baseData;
    const titles = new Map(questionnaire.dimensions.map((d) => [d.id as string, d.title[locale]]));
    const areaNames = new Map(areas.areas.map((area) => [area.id, area[locale]]));
    const areaName = (id: string) => areaNames.get(id) ?? id;
    return {
      questionnaire,
      dimensionTitle: (id) => titles.get(id) ?? id,
      fieldNames: Object.fromEntries(titles),
      groupName: (id) => (id === WHOLE ? t('digicheck.whole') : areaName(id)),
      areaName,
    };
  }, [baseData, locale, t]);

  const { reload } = cycles;
  const onChanged = useCallback<CycleChanged>(
    (cycle) => {
      void reload();
      if (cycle?.state === 'closed') setChosenId(cycle.id);
    },
    [reload],
  );

  if (base.state === 'loading' || cycles.state === 'loading') {
    return (
      <p role="status" className={styles.status}>
        {t('digicheck.loading')}
      </p>
    );
  }
  if (base.state === 'error' || cycles.state === 'error') {
    const failed = base.state === 'error' ? base : cycles.state === 'error' ? cycles : undefined;
    return (
      <RequestProblem
        error={failed?.state === 'error' ? failed.error : undefined}
        failedText={t('digicheck.failed')}
        forbiddenText={t('digicheck.forbidden')}
        retry={() => {
          base.retry();
          cycles.retry();
        }}
      />
    );
  }
  if (!names) return null;

  const list = cycles.data;
  const running = list.find(isRunning);
  const selected = preselectCycle(list, chosenId ?? linked);
  const isChangeTeam = roles.includes('changeTeam');
  const admin = isChangeTeam && <CycleAdmin cycles={list} running={running} shown={selected} names={names} onChanged={onChanged} />;

  if (list.length === 0) {
    return (
      <div className={styles.root}>
        <MessageBar intent="info" layout="multiline" data-testid="digicheck-empty">
          <MessageBarBody>
            <MessageBarTitle>{t('digicheck.emptyTitle')}</MessageBarTitle> {t('digicheck.empty')}
          </MessageBarBody>
        </MessageBar>
        <p className={styles.text}>{t('digicheck.howTo')}</p>
        {admin}
      </div>
    );
  }
  return (
    <div className={styles.root}>
      {running && (
        <MessageBar intent="info" layout="multiline" data-testid="cycle-running" data-cycle={running.id} data-state={running.state}>
          <MessageBarBody>
            <MessageBarTitle>
              {running.state === 'scheduled'
                ? t('digicheck.scheduledTitle', { opens: formatDate(running.opensAt, locale), closes: formatDate(running.closesAt, locale) })
                : running.state === 'closing'
                  ? t('digicheck.closingTitle')
                  : t('digicheck.runningTitle', { date: formatDate(running.closesAt, locale) })}
            </MessageBarTitle>{' '}
            {t('digicheck.runningHint')}
          </MessageBarBody>
        </MessageBar>
      )}
      {selected ? (
        <>
          <CyclePicker cycles={list} selected={selected} onSelect={setChosenId} />
          <CycleResults key={selected.id} cycle={selected} names={names} canPropose={roles.includes('editor')} />
        </>
      ) : (
        <MessageBar intent="info" layout="multiline" data-testid="no-closed-cycle">
          <MessageBarBody>{t('digicheck.noClosedCycle')}</MessageBarBody>
        </MessageBar>
      )}
      {admin}
    </div>
  );
}
