import { Application, TeamsAdapter, type TurnState } from '@microsoft/teams-ai';
import { AppTurnState } from './state';
import type { Storage, TurnContext } from 'botbuilder';
import { botAuthOptions } from './auth/bot-auth';
import { chatRateLimit } from './auth/chat-rate-limit';
import { PersonRateLimiter } from './auth/rate-limit';
import { tenantFilter } from './auth/tenant-filter';
import type { CommandInfo } from './commands';
import type { Config } from './config';
import { noSdkRetries } from './http/no-sdk-retries';
import { registerAnnouncementRoutes } from './features/announcements/routes';
import type { AnnouncementStore } from './features/announcements/store';
import { feedbackCommands, registerFeedbackRoutes } from './features/feedback/routes';
import type { FeedbackStore } from './features/feedback/store';
import { checkCommands, registerCheckRoutes } from './features/digicheck/routes';
import type { DigiCheckService } from './features/digicheck/service';
import { registerFallbackRoutes } from './features/fallback/routes';
import { helpCommand, registerInstallRoutes } from './features/install/routes';
import type { ConversationStore } from './conversations/store';
import { chatPrivacy } from './features/people/department-guard';
import type { PeopleStore } from './features/people/store';
import { pulseCommands, registerPulseRoutes } from './features/pulse/routes';
import type { PulseService } from './features/pulse/service';
import { t } from './i18n';
import { langOf } from './i18n/activity-lang';
import type { Logger } from './logger';

/** What the bot needs: configuration, logging and its stores. */
export interface BotDeps {
  config: Config;
  log: Logger;
  /** Turn-state storage (Azure Tables). */
  storage: Storage;
  conversations: ConversationStore;
  people: PeopleStore;
  pulse: PulseService;
  feedback: FeedbackStore;
  announcements: AnnouncementStore;
  digicheck: DigiCheckService;
}

/** The teams-ai application and the adapter that feeds it. */
export interface Bot {
  app: Application<TurnState>;
  adapter: TeamsAdapter;
}

/**
 * Builds the bot: one adapter, one teams-ai Application, each feature's routes registered in an
 * order that matters (teams-ai runs only the first matching route, so the catch-all comes last).
 */
export function createBot(deps: BotDeps): Bot {
  const adapter = new TeamsAdapter(botAuthOptions(deps.config));
  // Order matters: a foreign tenant's activity and a flooding person's are refused before anything
  // else runs — in particular before teams-ai loads turn state, which writes storage.
  adapter.use(tenantFilter(deps.config.allowedTenantIds, deps.log));
  adapter.use(chatRateLimit(new PersonRateLimiter(deps.config.personRateLimit), deps.config.defaultLocale));
  adapter.use(noSdkRetries);
  const app = new Application<TurnState>({
    adapter,
    botAppId: deps.config.botAuth?.appId ?? '',
    storage: deps.storage,
    // Replies come within milliseconds; a typing indicator would only add a connector call per turn.
    startTypingTimer: false,
    removeRecipientMention: true,
    longRunningMessages: false,
    turnStateFactory: () => new AppTurnState(),
  });

  const commands: CommandInfo[] = [helpCommand, ...pulseCommands, ...checkCommands, ...feedbackCommands];
  registerInstallRoutes(app, { store: deps.conversations, config: deps.config, log: deps.log, commands: () => commands });
  const privacy = chatPrivacy(deps);
  registerPulseRoutes(app, { service: deps.pulse, people: deps.people, config: deps.config, log: deps.log, ...privacy });
  registerFeedbackRoutes(app, { store: deps.feedback, config: deps.config, log: deps.log, personal: privacy.personal });
  registerCheckRoutes(app, { service: deps.digicheck, config: deps.config, log: deps.log, ...privacy });
  registerAnnouncementRoutes(app, { store: deps.announcements, config: deps.config, log: deps.log });
  registerFallbackRoutes(app, { config: deps.config });

  const onError = async (context: TurnContext, error: Error) => {
    deps.log.error({ err: error, activityType: context.activity.type }, 'turn failed');
    // Invokes expect an invoke response, not a message; for messages tell the person something went wrong.
    if (context.activity.type === 'message') {
      await context.sendActivity(t(langOf(context.activity, deps.config.defaultLocale), 'error.generic')).catch(() => undefined);
    }
  };
  adapter.onTurnError = onError;
  return { app, adapter };
}
