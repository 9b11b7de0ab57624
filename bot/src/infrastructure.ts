import { resolve } from 'node:path';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { MessageFactory } from 'botbuilder';
import { createAdapter } from './app';
import { createAuthenticator, type Authenticator } from './auth/api-auth';
import { limitWrites, PersonRateLimiter } from './auth/rate-limit';
import { loadConfig, type Config } from './config';
import type { ConversationRecord } from './conversations/model';
import { ConversationStore } from './conversations/store';
import { PeopleStore } from './features/people/store';
import { createLogger, type Logger } from './logger';
import { ProactiveSender, type SendResult } from './proactive/sender';
import { startEmbeddedAzurite, type EmbeddedAzurite } from './storage/azurite';
import { Queues } from './storage/queues';
import { Tables } from './storage/tables';

/**
 * What every feature may use: configuration, logging, storage, the Bot Framework adapter and one
 * proactive sender, the API's authenticator, and the two stores several features share (the
 * conversations the app is installed in, and people with their departments).
 */
export interface Infrastructure {
  config: Config;
  log: Logger;
  /** The connection string in use (the embedded Azurite's when no external storage is set). */
  connectionString: string;
  tables: Tables;
  queues: Queues;
  adapter: TeamsAdapter;
  /** One sender for every proactive message of this instance, so pulses and announcements share the pace. */
  sender: ProactiveSender;
  /** Sends one message into a stored conversation (paced, retried). */
  send(record: ConversationRecord, activity: ReturnType<typeof MessageFactory.attachment>): Promise<SendResult>;
  /** The tab API's sign-in, with its own per-person write limit. */
  authenticate: Authenticator;
  conversations: ConversationStore;
  people: PeopleStore;
  /** Closes storage (the embedded Azurite, if one was started). */
  close(): Promise<void>;
}

/**
 * Configuration → logger → storage (embedded Azurite unless a connection string is set) → the
 * shared clients. Says loudly when a development-only mode is on.
 * @throws {@link ConfigError} for an invalid environment, before anything is started.
 */
export async function startInfrastructure(env: Record<string, string | undefined>): Promise<Infrastructure> {
  const config = loadConfig(env);
  const log = createLogger(config.logLevel);
  for (const warning of config.warnings) log.warn(warning);
  let azurite: EmbeddedAzurite | undefined;
  let connectionString: string;
  if (config.storage.kind === 'embedded') {
    azurite = await startEmbeddedAzurite(config.storage);
    connectionString = azurite.connectionString;
    log.info(
      { dataDir: config.storage.inMemory ? '(in memory)' : resolve(config.storage.dataDir), tablePort: azurite.tablePort, queuePort: azurite.queuePort },
      'embedded Azurite started',
    );
  } else {
    connectionString = config.storage.connectionString;
  }
  try {
    warnAboutDevelopmentModes(config, log);
    const tables = new Tables(connectionString, config.tablePrefix);
    const adapter = createAdapter(config, log);
    const sender = new ProactiveSender({ adapter, botAppId: config.botAuth?.appId ?? '', log, perSecond: config.sendRatePerSecond });
    return {
      config,
      log,
      connectionString,
      tables,
      queues: new Queues(connectionString, config.tablePrefix),
      adapter,
      sender,
      send: (record, activity) => sender.send(record.reference, activity),
      // API writes have their own per-person bucket (chat has one in the bot): the tab and the chat do not starve each other.
      authenticate: limitWrites(createAuthenticator(config), new PersonRateLimiter(config.personRateLimit)),
      conversations: new ConversationStore(tables),
      people: new PeopleStore(tables),
      close: async () => azurite?.close(),
    };
  } catch (err) {
    await azurite?.close();
    throw err;
  }
}

function warnAboutDevelopmentModes(config: Config, log: Logger): void {
  if (config.apiAuth.kind === 'development') {
    log.warn({ identity: config.apiAuth.name, roles: config.apiAuth.roles }, 'DEVELOPMENT SIGN-IN: every API call acts as this identity (DEV_IDENTITY); never use this in production');
  } else if (config.apiAuth.kind === 'none') {
    log.warn('tab sign-in is not configured (SSO_CLIENT_ID/SSO_TENANT_ID): the tab API answers 401');
  }
  if (!config.botAuth) {
    log.warn('Bot Framework authentication is OFF (no MICROSOFT_APP_ID): anonymous local mode, for development only');
  }
}
