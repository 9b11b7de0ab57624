import type { Application, TurnState } from '@microsoft/teams-ai';
import type { Config } from '../../config';
import { t } from '../../i18n';
import { langOf } from '../../i18n/activity-lang';

/**
 * The catch-all for messages no feature claimed: a short helpful answer instead of silence.
 * Must be registered after every other message route.
 */
export function registerFallbackRoutes(app: Application<TurnState>, deps: { config: Pick<Config, 'defaultLocale'> }): void {
  app.activity('message', async (context) => {
    const lang = langOf(context.activity, deps.config.defaultLocale);
    const isCardSubmit = !context.activity.text && context.activity.value !== undefined;
    await context.sendActivity(t(lang, isCardSubmit ? 'unknown.card' : 'unknown.text'));
  });
}
