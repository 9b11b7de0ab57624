import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { apiErrorCode } from '../../api/pulse';
import { getCheckResults, type CheckCycleSummary, type CheckGroupResult, type CheckResults } from '../../api/digicheck';
import { useT } from '../../i18n/i18n';
import type { CheckNames } from './DigiCheck.types';
import { DimensionTable } from './DimensionTable';
import { WHOLE } from './format';
import { GapList } from './GapList';
import { GroupPicker } from './GroupPicker';
import { QuestionDistribution } from './QuestionDistribution';
import { RadarChart } from './RadarChart';
import { useDigiCheckStyles } from './useDigiCheckStyles';
import { useRequest } from '../../hooks/useRequest';
import { formatCount } from '../../format';
import { KeyFigures } from '../../components/KeyFigures/KeyFigures';


/** Props of {@link CycleResults}. */
export interface CycleResultsProps {
  /** A closed cycle (its ETag changes when the change team changes its targets: then read again). */
  cycle: CheckCycleSummary;
  names: CheckNames;
  /** The person may turn gaps into roadmap proposals (role editor). */
  canPropose: boolean;
}

/** Loads a closed cycle's results and shows them, or explains why there are none to show. */
export function CycleResults({ cycle, names, canPropose }: CycleResultsProps) {
  const styles = useDigiCheckStyles();
  const { t } = useT();
  const results = useRequest((signal) => getCheckResults(cycle.id, { signal }), [cycle.id]);
  // New targets (a new ETag) change the gaps: read again, keeping what is shown (and the chosen group).
  const seenEtag = useRef(cycle.etag);
  const { reload } = results;
  useEffect(() => {
    if (seenEtag.current === cycle.etag) return;
    seenEtag.current = cycle.etag;
    void reload();
  }, [cycle.etag, reload]);

  if (results.state === 'loading') {
    return (
      <p role="status" className={styles.status}>
        {t('digicheck.loadingResults')}
      </p>
    );
  }
  if (results.state === 'error') {
    const code = apiErrorCode(results.error);
    // "being finalised": the cycle has ended, its results appear once, final, after closing.
    const expected = code === 'cycle-open' || code === 'being-finalised';
    const text = code === 'cycle-open' ? 'digicheck.resultsOpen' : code === 'being-finalised' ? 'digicheck.resultsFinalising' : code === 'not-found' ? 'digicheck.resultsMissing' : 'digicheck.resultsFailed';
    return (
      <MessageBar intent={expected ? 'info' : 'error'} layout="multiline" data-testid={code === 'being-finalised' ? 'being-finalised' : 'results-failed'}>
        <MessageBarBody>
          {t(text)}{' '}
          {!expected && code !== 'not-found' && (
            <Button size="small" appearance="transparent" onClick={results.retry}>
              {t('digicheck.retry')}
            </Button>
          )}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return <ResultsView results={results.data} names={names} canPropose={canPropose} onGapLinked={results.reload} />;
}

function ResultsView({ results, names, canPropose, onGapLinked }: { results: CheckResults; names: CheckNames; canPropose: boolean; onGapLinked: () => Promise<void> }) {
  const styles = useDigiCheckStyles();
  const { t, locale } = useT();
  const shown = results.departments.filter((d): d is { department: string; result: CheckGroupResult } => d.result !== null);
  const [chosen, setChosen] = useState<string>();
  const group = chosen ?? shown[0]?.department ?? WHOLE;
  const figures = group === WHOLE ? results.whole : (shown.find((d) => d.department === group)?.result ?? null);
  const { whole } = results;

  return (
    <div className={styles.root} data-testid="digicheck-results" data-cycle={results.cycle.id}>
      <KeyFigures
        figures={[
          {
            id: 'respondents',
            testId: 'respondents',
            label: t('digicheck.respondents'),
            value: formatCount(results.cycle.respondents ?? whole?.respondents ?? 0, locale),
          },
        ]}
      />
      {!whole ? (
        <MessageBar intent="info" layout="multiline" data-testid="whole-below-threshold">
          <MessageBarBody>{t('digicheck.wholeBelowThreshold', { min: results.minRespondents })}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <section className={styles.section} aria-labelledby="digicheck-profile">
            <h3 id="digicheck-profile" className={styles.sectionTitle}>
              {t('digicheck.profileTitle')}
            </h3>
            <GroupPicker results={results} selected={group} onSelect={setChosen} names={names} />
            {figures && (
              <>
                <RadarChart group={group} figures={figures} whole={whole} targets={results.cycle.targets} names={names} />
                <DimensionTable group={group} figures={figures} whole={whole} targets={results.cycle.targets} names={names} />
              </>
            )}
          </section>
          {figures && <QuestionDistribution group={group} figures={figures} names={names} />}
          <GapList cycleId={results.cycle.id} gaps={results.gaps} names={names} canPropose={canPropose} onLinked={onGapLinked} />
        </>
      )}
    </div>
  );
}
