import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { RoundSummary } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { useResultsStyles } from './useResultsStyles';
import { formatCount, formatDateTime } from '../../format';
import { KeyFigures } from '../../components/KeyFigures/KeyFigures';

/** Props of {@link RunningRound}. */
export interface RunningRoundProps {
  /** An open or scheduled round. */
  round: RoundSummary;
}

/**
 * A round that has not closed: when results will appear and, for the change team only, how many
 * took part so far, rounded down to 5. Results of a running round are never shown, to anybody.
 */
export function RunningRound({ round }: RunningRoundProps) {
  const styles = useResultsStyles();
  const { t, locale } = useT();
  const scheduled = round.state === 'scheduled';
  return (
    <div className={styles.root} data-testid="running-round" data-round={round.id}>
      <MessageBar intent="info" layout="multiline" data-testid="after-closing">
        <MessageBarBody>
          <MessageBarTitle>
            {scheduled
              ? t('results.scheduledTitle', { date: formatDateTime(round.opensAt, locale) })
              : t('results.openTitle', { date: formatDateTime(round.closesAt, locale) })}
          </MessageBarTitle>{' '}
          {scheduled
            ? t('results.afterClosingOn', { date: formatDateTime(round.closesAt, locale) })
            : t('results.afterClosing')}
        </MessageBarBody>
      </MessageBar>
      {!scheduled && round.participation !== null && (
        // Only the change team gets a live count, rounded down to 5 (no submit can be timed).
        <KeyFigures
          figures={[
            {
              id: 'participation',
              testId: 'participation',
              label: t('results.participationSoFarRounded'),
              value: t('results.atLeast', { count: formatCount(round.participation, locale) }),
            },
          ]}
        />
      )}
      <p className={styles.hint}>{t('results.runningPrivacy')}</p>
    </div>
  );
}
