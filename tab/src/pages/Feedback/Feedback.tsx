import { useT } from '../../i18n/i18n';
import { FeedbackBoard } from './FeedbackBoard';
import { useFeedbackStyles } from './useFeedbackStyles';

/**
 * "Sie fragen – wir antworten": feedback sent anonymously in chat and the change team's public
 * answers. The board is small and uses only components the tab already loads, so it is not split
 * into its own chunk.
 */
export function Feedback() {
  const styles = useFeedbackStyles();
  const { t } = useT();
  const [before, after] = t('feedback.howToSend').split('{command}');
  return (
    <section className={styles.root} aria-labelledby="feedback-title" data-testid="feedback-page">
      <h2 id="feedback-title" className={styles.title}>
        {t('page.feedback')}
      </h2>
      <p className={styles.text}>
        {before}
        <code className={styles.command}>{t('feedback.command')}</code>
        {after}
      </p>
      <p className={styles.text}>{t('feedback.anonymity')}</p>
      <FeedbackBoard />
    </section>
  );
}
