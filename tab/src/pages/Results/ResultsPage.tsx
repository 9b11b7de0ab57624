import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { apiErrorCode, getRounds } from '../../api/pulse';
import { useHost } from '../../components/HostRoot/HostContext';
import { useT } from '../../i18n/i18n';
import { ClosedRound } from './ClosedRound';
import { FinalisingRound } from './FinalisingRound';
import { preselectRound } from './format';
import { RoundPicker } from './RoundPicker';
import { RunningRound } from './RunningRound';
import { useRequest } from '../../hooks/useRequest';
import { useResultsStyles } from './useResultsStyles';

/**
 * The results page body (loaded lazily with the charting library): a round picker, then the
 * chosen round — its aggregates once it is closed and final, "being finalised" in between, and
 * while it runs at most its participation (the change team's rounded count).
 */
export default function ResultsPage() {
  const styles = useResultsStyles();
  const { t } = useT();
  const host = useHost();
  const rounds = useRequest((signal) => getRounds({ signal }), []);
  const [chosenId, setChosenId] = useState<string>();

  if (rounds.state === 'loading') {
    return (
      <p role="status" className={styles.status}>
        {t('results.loadingRounds')}
      </p>
    );
  }
  if (rounds.state === 'error') {
    // Results are for signed-in staff: say so instead of a generic failure.
    const status = rounds.error instanceof ApiError ? rounds.error.status : 0;
    if (status === 401 || (status === 403 && apiErrorCode(rounds.error) === 'forbidden')) {
      return (
        <MessageBar intent="info" layout="multiline" data-testid="sign-in-needed">
          <MessageBarBody>
            {t(status === 403 ? 'results.forbidden' : host.mode === 'teams' ? 'results.signInFailed' : 'results.signInNeeded')}
          </MessageBarBody>
        </MessageBar>
      );
    }
    return (
      <MessageBar intent="error" layout="multiline" data-testid="rounds-failed">
        <MessageBarBody>
          {t('results.roundsFailed')}{' '}
          <Button size="small" appearance="transparent" onClick={rounds.retry}>
            {t('results.retry')}
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
  const selected = rounds.data.find((round) => round.id === chosenId) ?? preselectRound(rounds.data);
  if (!selected) {
    return (
      <MessageBar intent="info" layout="multiline" data-testid="no-rounds">
        <MessageBarBody>{t('results.noRounds')}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div className={styles.root}>
      <RoundPicker rounds={rounds.data} selected={selected} onSelect={setChosenId} />
      {selected.state === 'closed' && selected.final ? (
        <ClosedRound key={selected.id} round={selected} />
      ) : selected.state === 'closed' ? (
        <FinalisingRound key={selected.id} round={selected} />
      ) : (
        <RunningRound key={selected.id} round={selected} />
      )}
    </div>
  );
}
