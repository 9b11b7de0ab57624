import { randomUUID } from 'node:crypto';
import { t, type Lang } from '../../i18n';
import { execute, heading, narrowCard, textBlock, type CardElement, type CardJson } from '../../cards';
import { MAX_FEEDBACK } from './service';

/** The verb of the feedback card's Action.Execute. */
export const SEND_VERB = 'feedback.send';

/**
 * The feedback card: the text (prefilled from `feedback <text>`, editable), the opt-in to show it
 * word for word, and one send button. The random `submissionId` is chosen here, so a double
 * click or a redelivered invoke stores the item once.
 */
export function feedbackCard(lang: Lang, o: { text?: string; mayPublish?: boolean; problem?: string; submissionId?: string }): CardJson {
  const body: CardElement[] = [heading(t(lang, o.text ? 'feedback.confirm.title' : 'feedback.prompt.title'))];
  if (o.problem) body.push(textBlock(o.problem, { color: 'Attention', weight: 'Bolder' }));
  body.push(
    textBlock(t(lang, o.text ? 'feedback.confirm.text' : 'feedback.prompt.text')),
    { type: 'Input.Text', id: 'text', isMultiline: true, maxLength: MAX_FEEDBACK, value: o.text ?? '', placeholder: t(lang, 'feedback.prompt.placeholder', { max: MAX_FEEDBACK }), label: t(lang, 'feedback.prompt.title') },
    { type: 'Input.Toggle', id: 'mayPublish', title: t(lang, 'feedback.confirm.publish'), value: o.mayPublish ? 'true' : 'false', valueOn: 'true', valueOff: 'false', wrap: true },
  );
  return narrowCard(body, [execute(t(lang, 'feedback.confirm.send'), SEND_VERB, { submissionId: o.submissionId ?? randomUUID() })]);
}
