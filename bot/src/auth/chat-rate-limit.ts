import type { Middleware, TurnContext } from 'botbuilder';
import { t, type Lang } from '../i18n';
import { langOf } from '../i18n/activity-lang';
import type { PersonRateLimiter } from './rate-limit';

/** What a person does in chat: commands and Action.Submit (messages), card actions (invokes), reactions. */
const LIMITED = new Set(['message', 'invoke', 'messageReaction']);

/**
 * Adapter middleware (after the tenant filter): each chat command, card submit and card action
 * takes a token from the sender's bucket, keyed by `from.aadObjectId` (the Entra object id; the
 * channel id only where there is none, as in the Agents Playground). With an empty bucket the
 * turn ends here — before turn state is loaded or any feature runs — and:
 * - a message gets one short friendly text the first time, then silence (so a flood cannot make
 *   the bot flood the connector in turn);
 * - an Action.Execute invoke is answered by its own invoke response, a message Teams shows under
 *   the card; any other invoke gets a bare 429.
 */
export function chatRateLimit(limiter: PersonRateLimiter, defaultLocale: Lang): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const activity = context.activity;
      const key = activity.from?.aadObjectId || activity.from?.id;
      if (!LIMITED.has(activity.type) || !key) return next();
      const decision = limiter.take(key.toLowerCase());
      if (decision.allowed) return next();
      const text = t(langOf(activity, defaultLocale), 'rateLimit.chat');
      if (activity.type === 'invoke') {
        const value = activity.name === 'adaptiveCard/action'
          ? { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text } }
          : { status: 429 };
        // Not sent anywhere: the adapter returns an invokeResponse activity as the HTTP answer.
        await context.sendActivity({ type: 'invokeResponse', value });
      } else if (activity.type === 'message' && decision.firstRefusal) {
        await context.sendActivity(text);
      }
    },
  };
}
