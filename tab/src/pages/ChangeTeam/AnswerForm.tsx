import { Badge, Button, Field, Input, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { useRef, useState, type FormEvent } from 'react';
import { answerFeedback } from '../../api/feedback';
import { ApiError } from '../../api/client';
import { apiErrorLines } from '../../api/pulse';
import type { FeedbackBoardEntry, FeedbackItem } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { useChangeTeamStyles } from './useChangeTeamStyles';
import { formatDate } from '../../format';

/** Props of {@link AnswerForm}. */
export interface AnswerFormProps {
  item: FeedbackItem;
  /** Called with the board entry once the answer is published. */
  onAnswered: (item: FeedbackItem, entry: FeedbackBoardEntry) => void;
  /** Reloads the inbox (after a conflict). */
  onReload: () => void;
}

type Problem = { kind: 'conflict'; etag: string } | { kind: 'rejected'; lines: string[] } | { kind: 'failed' };

/**
 * One unanswered feedback item and the form to answer it. When its author did not allow
 * publishing the text, the board needs a neutral topic instead, and the form says so.
 */
export function AnswerForm({ item, onAnswered, onReload }: AnswerFormProps) {
  const styles = useChangeTeamStyles();
  const { t, locale } = useT();
  const [answer, setAnswer] = useState('');
  const [topic, setTopic] = useState(item.topic ?? '');
  const [checked, setChecked] = useState(false);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const answerRef = useRef<HTMLTextAreaElement>(null);
  const topicRef = useRef<HTMLInputElement>(null);
  const needsTopic = !item.mayPublish;
  const answerMissing = answer.trim() === '';
  const topicMissing = needsTopic && topic.trim() === '';
  const headingId = `inbox-item-${item.id}`;
  // A conflict belongs to the version it happened with: after a reload (new ETag) it is gone.
  const conflict = problem?.kind === 'conflict' && problem.etag === item.etag;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (topicMissing || answerMissing) {
      (topicMissing ? topicRef : answerRef).current?.focus();
      return;
    }
    setSending(true);
    setProblem(undefined);
    try {
      const body = { answer: answer.trim(), etag: item.etag, ...(needsTopic ? { topic: topic.trim() } : {}) };
      onAnswered(item, await answerFeedback(item.id, body));
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 0;
      if (status === 409) setProblem({ kind: 'conflict', etag: item.etag });
      else if (status === 400 || status === 404) setProblem({ kind: 'rejected', lines: apiErrorLines(error, t) });
      else setProblem({ kind: 'failed' });
    } finally {
      setSending(false);
    }
  };

  return (
    <li className={styles.card} aria-labelledby={headingId} data-testid="inbox-item" data-id={item.id}>
      <div id={headingId} className={styles.meta}>
        <span>{t('inbox.received', { date: formatDate(item.receivedAt, locale) })}</span>
        <Badge appearance="tint" color={item.mayPublish ? 'success' : 'informative'}>
          {t(item.mayPublish ? 'inbox.mayPublish' : 'inbox.private')}
        </Badge>
      </div>
      <blockquote className={styles.quote} lang={item.lang}>
        {item.text}
      </blockquote>
      <form className={styles.form} onSubmit={submit} noValidate>
        {needsTopic && (
          <Field
            label={t('inbox.topic')}
            required
            hint={t('inbox.topicWhy')}
            validationState={checked && topicMissing ? 'error' : 'none'}
            validationMessage={checked && topicMissing ? t('inbox.topicRequired') : undefined}
          >
            <Input ref={topicRef} value={topic} onChange={(_, data) => setTopic(data.value)} data-testid="topic-input" />
          </Field>
        )}
        <Field
          label={t('inbox.answer')}
          required
          hint={t('inbox.answerHint')}
          validationState={checked && answerMissing ? 'error' : 'none'}
          validationMessage={checked && answerMissing ? t('inbox.answerRequired') : undefined}
        >
          <Textarea ref={answerRef} value={answer} onChange={(_, data) => setAnswer(data.value)} resize="vertical" rows={4} data-testid="answer-input" />
        </Field>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={sending}>
            {t(sending ? 'inbox.sending' : 'inbox.submit')}
          </Button>
        </div>
        {conflict && (
          <MessageBar intent="warning" layout="multiline" data-testid="answer-conflict">
            <MessageBarBody>
              {t('inbox.conflict')}{' '}
              <Button size="small" appearance="secondary" onClick={onReload}>
                {t('inbox.reload')}
              </Button>
            </MessageBarBody>
          </MessageBar>
        )}
        {problem?.kind === 'rejected' && (
          <MessageBar intent="error" layout="multiline" data-testid="answer-rejected">
            <MessageBarBody>
              {t('inbox.rejected')} {problem.lines.join(' ')}
            </MessageBarBody>
          </MessageBar>
        )}
        {problem?.kind === 'failed' && (
          <MessageBar intent="error" layout="multiline" data-testid="answer-failed">
            <MessageBarBody>{t('inbox.failed')}</MessageBarBody>
          </MessageBar>
        )}
      </form>
    </li>
  );
}
