import type { Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory } from 'botbuilder';
import type { CommandInfo } from '../../commands';
import type { Config } from '../../config';
import { t } from '../../i18n';
import { langOf } from '../../i18n/activity-lang';
import type { Logger } from '../../logger';
import type { PersonalChat } from '../../proactive/personal';
import { resultCard } from '../../cards';
import { feedbackCard, SEND_VERB } from './cards';
import type { FeedbackService } from './service';

/** The chat command of this feature, for the help card. */
export const feedbackCommands: CommandInfo[] = [{ nameKey: 'command.feedback', descriptionKey: 'command.feedback.description' }];

const FEEDBACK = /^\s*(feedback|rückmeldung)\b\s*([\s\S]*)$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `feedback <text>` shows the text on a card to confirm (editable, with the opt-in to publish it
 * word for word); sending stores it without any author. Nothing is stored before the person sends.
 */
export function registerFeedbackRoutes(app: Application<TurnState>, deps: { feedback: FeedbackService; personal: PersonalChat; config: Pick<Config, 'defaultLocale'>; log: Logger }): void {

  app.message(FEEDBACK, async (context) => {
    const lang = langOf(context.activity, deps.config.defaultLocale);
    const text = FEEDBACK.exec(context.activity.text ?? '')?.[2]?.trim() ?? '';
    // Typed in a channel or group chat, the card (with the text) goes to the personal chat only.
    await deps.personal.send(context, lang, MessageFactory.attachment(CardFactory.adaptiveCard(feedbackCard(lang, { text: text.slice(0, 2000) }))));
  });

  app.adaptiveCards.actionExecute<Record<string, unknown>>(SEND_VERB, async (context, _state, data) => {
    const lang = langOf(context.activity, deps.config.defaultLocale);
    if (deps.personal.isShared(context)) return resultCard(t(lang, 'feedback.prompt.title'), t(lang, 'personal.onlyThere'));
    const submissionId = typeof data?.submissionId === 'string' && UUID.test(data.submissionId) ? data.submissionId : undefined;
    if (!submissionId) return resultCard(t(lang, 'feedback.confirm.title'), t(lang, 'feedback.invalid'));
    const mayPublish = data?.mayPublish === true || data?.mayPublish === 'true';
    const text = typeof data?.text === 'string' ? data.text.slice(0, 2000) : '';
    try {
      const sent = await deps.feedback.send({ submissionId, text: data?.text, mayPublish, lang });
      if (sent.kind === 'invalid') {
        const problem = sent.problem.code === 'empty' ? t(lang, 'feedback.empty') : t(lang, 'feedback.tooLong', { max: sent.problem.max, length: sent.problem.length });
        return feedbackCard(lang, { text, mayPublish, problem, submissionId });
      }
      return resultCard(t(lang, 'feedback.sent.title'), t(lang, sent.kind === 'created' ? 'feedback.sent.text' : 'feedback.duplicate'));
    } catch (err) {
      deps.log.error({ err }, 'feedback could not be stored');
      // Storing failed after the text passed its check, so the trimmed text is the checked one.
      return feedbackCard(lang, { text: String(data?.text).trim(), mayPublish, problem: t(lang, 'feedback.saveFailed'), submissionId });
    }
  });
}
