import type { FeedbackBoardEntry } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { useFeedbackStyles } from './useFeedbackStyles';
import { formatDate } from '../../format';

/** Props of {@link FeedbackEntry}. */
export interface FeedbackEntryProps {
  entry: FeedbackBoardEntry;
}

/**
 * One answered question: the author's own words (only when they allowed it) or the change
 * team's neutral summary of the topic, labelled as such, then the answer and its date.
 */
export function FeedbackEntry({ entry }: FeedbackEntryProps) {
  const styles = useFeedbackStyles();
  const { t, locale } = useT();
  const questionId = `feedback-q-${entry.id}`;
  return (
    <li className={styles.entry} aria-labelledby={questionId} data-testid="board-entry" data-original={entry.original}>
      <p className={styles.label}>{t(entry.original ? 'feedback.originalLabel' : 'feedback.topicLabel')}</p>
      {entry.original ? (
        <blockquote id={questionId} className={styles.quote}>
          {entry.question}
        </blockquote>
      ) : (
        <p id={questionId} className={styles.question}>
          {entry.question}
        </p>
      )}
      <p className={styles.label}>
        {t('feedback.answerLabel', { date: formatDate(entry.answeredAt, locale) })}
      </p>
      <p className={styles.answer} data-testid="board-answer">
        {entry.answer}
      </p>
    </li>
  );
}
