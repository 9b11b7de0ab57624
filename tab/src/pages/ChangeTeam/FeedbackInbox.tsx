import { Accordion, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { FeedbackBoardEntry, FeedbackItem } from '../../api/types';
import { RequestProblem } from '../../components/RequestProblem/RequestProblem';
import { useT } from '../../i18n/i18n';
import { AnsweredItem } from './AnsweredItem';
import { AnswerForm } from './AnswerForm';
import type { Inbox } from './useInbox';
import { useChangeTeamStyles } from './useChangeTeamStyles';

/** Props of {@link FeedbackInbox}. */
export interface FeedbackInboxProps {
  inbox: Inbox;
}

/** Every feedback item: a form for each open one, the answered ones collapsed. */
export function FeedbackInbox({ inbox }: FeedbackInboxProps) {
  const styles = useChangeTeamStyles();
  const { t } = useT();
  const [lastAnswered, setLastAnswered] = useState<string>();
  const confirmation = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const { request, items, reload, markAnswered } = inbox;

  // The answered form disappears; the confirmation takes the keyboard focus instead.
  useEffect(() => {
    if (lastAnswered) confirmation.current?.focus();
  }, [lastAnswered]);

  // The reload button disappears with the conflict; the keyboard focus waits on the heading.
  const onReload = () => {
    heading.current?.focus();
    reload();
  };

  const onAnswered = (item: FeedbackItem, entry: FeedbackBoardEntry) => {
    markAnswered(item, entry);
    setLastAnswered(item.id);
  };

  const open = items?.filter((item) => !item.answer) ?? [];
  const answered = items?.filter((item) => item.answer) ?? [];
  return (
    <section className={styles.section} aria-labelledby="inbox-title" data-testid="feedback-inbox">
      <h3 id="inbox-title" ref={heading} tabIndex={-1} className={styles.sectionTitle}>
        {t('inbox.title')}
      </h3>
      <p className={styles.hint}>{t('inbox.hint')}</p>
      {request.state === 'loading' && (
        <p role="status" className={styles.status}>
          {t(items ? 'inbox.reloading' : 'inbox.loading')}
        </p>
      )}
      {request.state === 'error' && (
        <RequestProblem error={request.error} failedText={t('inbox.loadFailed')} forbiddenText={t('changeTeam.forbidden')} retry={reload} />
      )}
      {lastAnswered && items && (
        <MessageBar ref={confirmation} tabIndex={-1} intent="success" layout="multiline" className={styles.focusTarget} data-testid="answer-published">
          <MessageBarBody>{t('inbox.published')}</MessageBarBody>
        </MessageBar>
      )}
      {items?.length === 0 && (
        <MessageBar intent="info" layout="multiline" data-testid="inbox-empty">
          <MessageBarBody>{t('inbox.empty')}</MessageBarBody>
        </MessageBar>
      )}
      {items && items.length > 0 && (
        <>
          <h4 className={styles.subTitle}>{t('inbox.openTitle', { count: open.length })}</h4>
          {open.length === 0 ? (
            <p className={styles.text}>{t('inbox.noneOpen')}</p>
          ) : (
            <ul className={styles.list}>
              {open.map((item) => (
                <AnswerForm key={item.id} item={item} onAnswered={onAnswered} onReload={onReload} />
              ))}
            </ul>
          )}
          {answered.length > 0 && (
            <>
              <h4 className={styles.subTitle}>{t('inbox.answeredTitle', { count: answered.length })}</h4>
              <Accordion collapsible multiple data-testid="answered-list">
                {answered.map((item) => (
                  <AnsweredItem key={item.id} item={item} />
                ))}
              </Accordion>
            </>
          )}
        </>
      )}
    </section>
  );
}
