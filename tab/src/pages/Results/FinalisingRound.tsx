import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { RoundSummary } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { useResultsStyles } from './useResultsStyles';
import { formatDateTime } from '../../format';

/** Props of {@link FinalisingRound}. */
export interface FinalisingRoundProps {
  /** A round that has closed but is not sealed yet. */
  round: RoundSummary;
}

/**
 * A round between its closing time and its sealing: its results are being finalised. No figure at
 * all, not even the participation — results are published once, final, so no two reads can differ.
 */
export function FinalisingRound({ round }: FinalisingRoundProps) {
  const styles = useResultsStyles();
  const { t, locale } = useT();
  return (
    <div className={styles.root} data-testid="being-finalised" data-round={round.id}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('results.finalisingTitle', { date: formatDateTime(round.closesAt, locale) })}</MessageBarTitle>{' '}
          {t('results.finalising')}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
