import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { getFeedbackBoard } from '../../api/feedback';
import { RequestProblem } from '../../components/RequestProblem/RequestProblem';
import { useT } from '../../i18n/i18n';
import { useRequest } from '../../hooks/useRequest';
import { FeedbackEntry } from './FeedbackEntry';
import { useFeedbackStyles } from './useFeedbackStyles';

/** The answered questions, newest answer first (the order the server sends). */
export function FeedbackBoard() {
  const styles = useFeedbackStyles();
  const { t } = useT();
  const board = useRequest((signal) => getFeedbackBoard({ signal }), []);

  if (board.state === 'loading') {
    return (
      <p role="status" className={styles.status}>
        {t('feedback.loading')}
      </p>
    );
  }
  if (board.state === 'error') {
    return (
      <RequestProblem
        error={board.error}
        failedText={t('feedback.failed')}
        forbiddenText={t('feedback.forbidden')}
        retry={board.retry}
      />
    );
  }
  if (board.data.length === 0) {
    return (
      <MessageBar intent="info" layout="multiline" data-testid="board-empty">
        <MessageBarBody>{t('feedback.empty')}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <ul className={styles.list} data-testid="feedback-board">
      {board.data.map((entry) => (
        <FeedbackEntry key={entry.id} entry={entry} />
      ))}
    </ul>
  );
}
