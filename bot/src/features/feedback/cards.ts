import { randomUUID } from 'node:crypto';
import { t, type Lang } from '../../i18n';
import type { CardJson } from '../pulse/cards';
import { MAX_FEEDBACK } from './service';

/** The verb of the feedback card's Action.Execute. */
export const SEND_VERB = 'feedback.send';

/**
 * The feedback card: the text (prefilled from `feedback <text>`, editable), the opt-in to show it
 * word for word, and one send button. The random `submissionId` is chosen here, so a double
 * click or a redelivered invoke stores the item once.
 */
export function feedbackCard(lang: Lang, o: { text?: string; mayPublish?: boolean; problem?: string; submissionId?: string }): CardJson {
  const body: unknown[] = [{ type: 'TextBlock', text: t(lang, o.text ? 'feedback.confirm.title' : 'feedback.prompt.title'), size: 'Large', weight: 'Bolder', wrap: true }];
  if (o.problem) body.push({ type: 'TextBlock', text: o.problem, color: 'Attention', weight: 'Bolder', wrap: true });
  body.push(
    { type: 'TextBlock', text: t(lang, o.text ? 'feedback.confirm.text' : 'feedback.prompt.text'), wrap: true },
    { type: 'Input.Text', id: 'text', isMultiline: true, maxLength: MAX_FEEDBACK, value: o.text ?? '', placeholder: t(lang, 'feedback.prompt.placeholder', { max: MAX_FEEDBACK }), label: t(lang, 'feedback.prompt.title') },
    { type: 'Input.Toggle', id: 'mayPublish', title: t(lang, 'feedback.confirm.publish'), value: o.mayPublish ? 'true' : 'false', valueOn: 'true', valueOff: 'false', wrap: true },
  );
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    actions: [{ type: 'Action.Execute', title: t(lang, 'feedback.confirm.send'), verb: SEND_VERB, data: { submissionId: o.submissionId ?? randomUUID() } }],
  };
}
