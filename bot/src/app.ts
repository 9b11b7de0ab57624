import { Application, TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import { AppTurnState } from './state';
import type { Storage, TurnContext } from 'botbuilder';
import { botAuthOptions } from './auth/bot-auth';
import { chatRateLimit } from './auth/chat-rate-limit';
import { PersonRateLimiter } from './auth/rate-limit';
import { tenantFilter } from './auth/tenant-filter';
import type { Config } from './config';
import type { ChatContext, Feature } from './features/feature';
import { noSdkRetries } from './http/no-sdk-retries';
import { t } from './i18n';
import { langOf } from './i18n/activity-lang';
import type { Logger } from './logger';

/** What the bot is made of: the adapter, turn-state storage and the features whose chat routes it runs. */
export interface BotDeps {
  config: Config;
  log: Logger;
  adapter: TeamsAdapter;
  /** Turn-state storage (Azure Tables). */
  storage: Storage;
  /** In route order: teams-ai runs only the first matching route, so the catch-all comes last. */
  features: Feature[];
  /** The privacy helpers the chat features share. */
  privacy: Omit<ChatContext, 'commands'>;
}

/** The teams-ai application and the adapter that feeds it. */
export interface Bot {
  app: Application<TurnState>;
  adapter: TeamsAdapter;
}

/**
 * The Bot Framework adapter, made before the features so that their proactive messages can use it.
 * Order matters: a foreign tenant's activity and a flooding person's are refused before anything
 * else runs — in particular before teams-ai loads turn state, which writes storage.
 */
export function createAdapter(config: Config, log: Logger): TeamsAdapter {
  const adapter = new TeamsAdapter(botAuthOptions(config));
  adapter.use(tenantFilter(config.allowedTenantIds, log));
  adapter.use(chatRateLimit(new PersonRateLimiter(config.personRateLimit), config.defaultLocale));
  adapter.use(noSdkRetries);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log.error({ err: error, activityType: context.activity.type }, 'turn failed');
    // Invokes expect an invoke response, not a message; for messages tell the person something went wrong.
    if (context.activity.type === 'message') {
      await context.sendActivity(t(langOf(context.activity, config.defaultLocale), 'error.generic')).catch(() => undefined);
    }
  };
  return adapter;
}

/** Builds the teams-ai Application on the adapter and registers each feature's chat routes, in order. */
export function createBot(deps: BotDeps): Bot {
  const app = new Application<TurnState>({
    adapter: deps.adapter,
    botAppId: deps.config.botAuth?.appId ?? '',
    storage: deps.storage,
    // Replies come within milliseconds; a typing indicator would only add a connector call per turn.
    startTypingTimer: false,
    removeRecipientMention: true,
    longRunningMessages: false,
    turnStateFactory: () => new AppTurnState(),
  });
  const context: ChatContext = { ...deps.privacy, commands: deps.features.flatMap((f) => f.commands ?? []) };
  for (const feature of deps.features) feature.chat?.(app, context);
  return { app, adapter: deps.adapter };
}
