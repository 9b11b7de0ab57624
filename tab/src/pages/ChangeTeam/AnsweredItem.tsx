import { AccordionHeader, AccordionItem, AccordionPanel } from '@fluentui/react-components';
import type { FeedbackItem } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { useChangeTeamStyles } from './useChangeTeamStyles';
import { formatDate } from '../../format';

/** How much of a feedback text the collapsed header shows. */
const SNIPPET = 90;

/** Props of {@link AnsweredItem}. */
export interface AnsweredItemProps {
  /** An answered item (`answer` and `answeredAt` set). */
  item: FeedbackItem;
}

/** An answered feedback item, collapsed to its first words; open, it shows the answer as published. */
export function AnsweredItem({ item }: AnsweredItemProps) {
  const styles = useChangeTeamStyles();
  const { t, locale } = useT();
  const snippet = item.text.length > SNIPPET ? `${item.text.slice(0, SNIPPET).trimEnd()} …` : item.text;
  return (
    <AccordionItem value={item.id} data-testid="answered-item" data-id={item.id}>
      <AccordionHeader as="h5" className={styles.accordionHeader}>
        {t('inbox.answeredHeader', { date: item.answeredAt ? formatDate(item.answeredAt, locale) : '', text: snippet })}
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        <p className={styles.meta}>
          {t('inbox.received', { date: formatDate(item.receivedAt, locale) })} ·{' '}
          {t(item.mayPublish ? 'inbox.mayPublish' : 'inbox.private')}
        </p>
        <blockquote className={styles.quote} lang={item.lang}>
          {item.text}
        </blockquote>
        {!item.mayPublish && item.topic && (
          <>
            <p className={styles.label}>{t('inbox.topicShown')}</p>
            <p className={styles.answerText}>{item.topic}</p>
          </>
        )}
        <p className={styles.label}>{t('inbox.answerShown')}</p>
        <p className={styles.answerText}>{item.answer}</p>
      </AccordionPanel>
    </AccordionItem>
  );
}
