import { resolve } from 'node:path';
import { createBot } from './app';
import { loadConfig, type Config } from './config';
import { registerAnnouncementsApi } from './features/announcements/api';
import { FanOut } from './features/announcements/fanout';
import { AnnouncementService } from './features/announcements/service';
import { AnnouncementStore } from './features/announcements/store';
import { DeliveryWorker } from './features/announcements/worker';
import { registerCheckApi } from './features/digicheck/api';
import { inviteThroughAnnouncements } from './features/digicheck/invite';
import { remindThroughChat } from './features/digicheck/reminder';
import { QUESTIONNAIRE } from './features/digicheck/questionnaire';
import type { Cycle } from './features/digicheck/cycle';
import { DigiCheckService } from './features/digicheck/service';
import { DigiCheckStore } from './features/digicheck/store';
import { FollowUpPulse } from './features/roadmap/follow-up-pulse';
import { registerFeedbackApi } from './features/feedback/api';
import { FeedbackStore } from './features/feedback/store';
import { ConversationStore } from './conversations/store';
import { PeopleStore } from './features/people/store';
import { registerMeApi } from './api/info';
import { createAuthenticator } from './auth/api-auth';
import { limitWrites, PersonRateLimiter } from './auth/rate-limit';
import { registerPulseApi } from './features/pulse/api';
import { registerRoadmapApi } from './features/roadmap/api';
import { roadmapAreas } from './features/roadmap/areas';
import { RoadmapService } from './features/roadmap/service';
import { RoadmapStore } from './features/roadmap/store';
import { SurveysStore } from './features/pulse/surveys-store';
import { RoundsStore } from './features/pulse/rounds-store';
import { PulseScheduler } from './features/pulse/scheduler';
import { ProactiveSender } from './proactive/sender';
import { PulseService } from './features/pulse/service';
import { SubmissionsStore } from './features/pulse/submissions-store';
import { createLogger, type Logger } from './logger';
import { startEmbeddedAzurite, type EmbeddedAzurite } from './storage/azurite';
import { TableStorage } from './storage/table-storage';
import { Queues } from './storage/queues';
import { Tables } from './storage/tables';
import { createHttpServer } from './http/server';
import { APP_VERSION } from './version';

/** A started app: where it listens and how to stop it. */
export interface RunningApp {
  /** Base URL, e.g. http://127.0.0.1:3978 */
  url: string;
  port: number;
  config: Config;
  log: Logger;
  /** The connection string in use (the embedded Azurite's when no external storage is set). */
  storageConnectionString: string;
  /** The pulse round scheduler (tests call `tick` with a chosen time). */
  pulseScheduler: PulseScheduler;
  /** Announcements: the fan-out (tests call `tick`) and this instance's delivery worker. */
  announcements: { fanOut: FanOut; worker: DeliveryWorker };
  /** The DigiCheck (tests answer for simulated colleagues and call `tick`). */
  digicheck: DigiCheckService;
  /** Stops accepting requests, lets in-flight turns finish, then closes storage. Idempotent. */
  stop(): Promise<void>;
}

/** Where the built tab lives, relative to this file (bot/src or dist/bot) — both two levels down. */
const TAB_DIR = resolve(__dirname, '../../dist/tab');

/**
 * Starts DigiPuls: configuration → storage (embedded Azurite unless a connection string is set)
 * → bot → HTTP server.
 * @throws {@link ConfigError} for an invalid environment, before anything is started.
 */
export async function startApp(env: Record<string, string | undefined>): Promise<RunningApp> {
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
    const tables = new Tables(connectionString, config.tablePrefix);
    const conversations = new ConversationStore(tables);
    const people = new PeopleStore(tables);
    const rounds = new RoundsStore(tables);
    const submissions = new SubmissionsStore(tables);
    const pulse = new PulseService({ rounds, submissions, people, departments: config.departments, log });
    const feedback = new FeedbackStore(tables);
    const announcements = new AnnouncementStore(tables);
    const roadmap = new RoadmapService({ store: new RoadmapStore(tables), areas: roadmapAreas(config), log });
    // The invitation needs the announcement service, made after the bot; bound late.
    let invite: ((cycle: Cycle) => Promise<void>) | undefined;
    let remind: ((people: Set<string>, cycle: Cycle) => Promise<number>) | undefined;
    const digicheck = new DigiCheckService({
      store: new DigiCheckStore(tables),
      people,
      roadmap,
      questionnaire: QUESTIONNAIRE,
      departments: config.departments,
      crossCuttingAreas: config.crossCuttingAreas,
      invite: (cycle) => invite?.(cycle) ?? Promise.resolve(),
      remind: (people, cycle) => remind?.(people, cycle) ?? Promise.resolve(0),
      log,
    });
    const bot = createBot({ config, log, storage: new TableStorage(tables), conversations, people, pulse, feedback, announcements, digicheck });
    // One sender for every proactive message of this instance, so pulses and announcements share the pace.
    const sender = new ProactiveSender({ adapter: bot.adapter, botAppId: config.botAuth?.appId ?? '', log, perSecond: config.sendRatePerSecond });
    const queues = new Queues(connectionString, config.tablePrefix);
    const fanOut = new FanOut({ store: announcements, queues, conversations, people, log });
    const worker = new DeliveryWorker({
      store: announcements,
      queues,
      conversations,
      send: (reference, activity) => sender.send(reference, activity, { maxAttempts: 1 }),
      defaultLocale: config.defaultLocale,
      log,
      concurrency: config.announceWorkers,
      visibilitySeconds: config.announceVisibilitySeconds,
      onIdle: () => fanOut.tick(),
    });
    const announcementService = new AnnouncementService({
      store: announcements,
      fanOut,
      conversations,
      people,
      config,
      sendDirect: (record, activity) => sender.send(record.reference, activity),
      log,
    });
    const pulseScheduler = new PulseScheduler({
      rounds,
      submissions,
      people,
      conversations,
      send: (record, activity) => sender.send(record.reference, activity),
      config,
      log,
    });
    // API writes have their own per-person bucket (chat has one in the bot): the tab and the chat do not starve each other.
    const authenticate = limitWrites(createAuthenticator(config), new PersonRateLimiter(config.personRateLimit));
    invite = inviteThroughAnnouncements(announcementService, config.municipalityName, log);
    remind = remindThroughChat({ conversations, send: (record, activity) => sender.send(record.reference, activity), defaultLocale: config.defaultLocale });
    const surveys = new SurveysStore(tables);
    const followUp = new FollowUpPulse({ roadmap, surveys, rounds, departments: config.departments, log });
    if (config.apiAuth.kind === 'development') {
      log.warn({ identity: config.apiAuth.name, roles: config.apiAuth.roles }, 'DEVELOPMENT SIGN-IN: every API call acts as this identity (DEV_IDENTITY); never use this in production');
    } else if (config.apiAuth.kind === 'none') {
      log.warn('tab sign-in is not configured (SSO_CLIENT_ID/SSO_TENANT_ID): the tab API answers 401');
    }
    const http = createHttpServer({
      config,
      log,
      bot,
      tables,
      version: APP_VERSION,
      tabDir: TAB_DIR,
      apis: [
        (server) => registerMeApi(server, { config, authenticate }),
        (server) => registerPulseApi(server, { authenticate, surveys, rounds, submissions, people, config }),
        (server) => registerFeedbackApi(server, { store: feedback, authenticate }),
        (server) => registerAnnouncementsApi(server, { authenticate, service: announcementService, municipalityName: config.municipalityName, roadmapUrl: config.publicUrl?.startsWith('https://') ? `${config.publicUrl}/tab/index.html#roadmap` : undefined }),
        (server) => registerRoadmapApi(server, { authenticate, roadmap, areasAreExample: config.departmentsAreExample || config.crossCuttingAreasAreExample, host: config.publicUrl ? new URL(config.publicUrl).host : 'digipuls.local', followUp }),
        (server) => registerCheckApi(server, { authenticate, service: digicheck }),
      ],
    });
    if (!config.botAuth) {
      log.warn('Bot Framework authentication is OFF (no MICROSOFT_APP_ID): anonymous local mode, for development only');
    }
    await new Promise<void>((ok, fail) => {
      http.server.once('error', fail);
      http.server.listen(config.port, config.host, () => ok());
    });
    const address = http.server.address();
    const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
    const url = `http://${host}:${address.port}`;
    log.info({ url, version: APP_VERSION }, 'DigiPuls listening');
    pulseScheduler.start(config.pulseTickSeconds * 1000);
    digicheck.startTicking(config.pulseTickSeconds * 1000);
    // Scheduled announcements start within 5 s of their time; an interrupted fan-out resumes.
    const fanOutTimer = config.pulseTickSeconds > 0
      ? setInterval(() => void fanOut.tick().catch((err) => log.error({ err }, 'announcement tick failed')), Math.min(5, config.pulseTickSeconds) * 1000)
      : undefined;
    if (config.announceWorkers > 0) worker.start();

    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        log.info('shutting down: waiting for in-flight requests');
        await pulseScheduler.stop();
        await digicheck.stopTicking();
        clearInterval(fanOutTimer);
        // Stop taking queue messages first; the sends in flight finish and are recorded.
        await worker.stop();
        const closed = new Promise<void>((ok) => http.server.close(() => ok()));
        http.server.server.closeIdleConnections();
        const deadline = Date.now() + config.shutdownGraceMs;
        while (http.inFlight() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        if (http.inFlight() > 0) log.warn({ inFlight: http.inFlight() }, 'grace period over, closing with requests in flight');
        http.server.server.closeAllConnections();
        await closed;
        await pulse.idle();
        await azurite?.close();
        log.info('stopped');
      })());
    return { url, port: address.port, config, log, storageConnectionString: connectionString, pulseScheduler, announcements: { fanOut, worker }, digicheck, stop };
  } catch (err) {
    await azurite?.close();
    throw err;
  }
}
