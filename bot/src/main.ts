import { resolve } from 'node:path';
import { registerMeApi } from './api/info';
import { createBot } from './app';
import type { Config } from './config';
import { announcementsFeature } from './features/announcements';
import { digicheckFeature } from './features/digicheck';
import type { Feature } from './features/feature';
import { fallbackFeature } from './features/fallback';
import { feedbackFeature } from './features/feedback';
import { installFeature } from './features/install';
import { chatPrivacy } from './features/people/department-guard';
import { pulseFeature } from './features/pulse';
import { roadmapFeature } from './features/roadmap';
import { createHttpServer, type HttpServer } from './http/server';
import { startInfrastructure } from './infrastructure';
import type { Logger } from './logger';
import { Scheduler } from './scheduling/scheduler';
import { TableStorage } from './storage/table-storage';
import { keepInternals } from './testing';
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
  /** Stops accepting requests, lets in-flight turns finish, then closes storage. Idempotent. */
  stop(): Promise<void>;
}

/** Where the built tab lives, relative to this file (bot/src or dist/bot) — both two levels down. */
const TAB_DIR = resolve(__dirname, '../../dist/tab');

/**
 * Starts DigiPuls: the shared infrastructure (configuration, storage, adapter), then the features
 * in route order, the bot, one scheduler for every feature's jobs, and the HTTP server. Stopping
 * stops the timers, drains the server, then stops the features in reverse order and closes storage.
 * @throws {@link ConfigError} for an invalid environment, before anything is started.
 */
export async function startApp(env: Record<string, string | undefined>): Promise<RunningApp> {
  const infra = await startInfrastructure(env);
  const { config, log } = infra;
  try {
    // Built in dependency order: each gets what it needs from those before it, nothing is bound late.
    const pulse = pulseFeature(infra);
    const announcements = announcementsFeature(infra);
    const roadmap = roadmapFeature(infra, pulse);
    const digicheck = digicheckFeature(infra, { roadmap: roadmap.service, announcements: announcements.service });
    // Route order: teams-ai runs only the first matching chat route, so the catch-all comes last.
    const features: Feature[] = [installFeature(infra), pulse, digicheck, feedbackFeature(infra), announcements, roadmap, fallbackFeature(infra)];
    const privacy = chatPrivacy({ ...infra, pulse: pulse.service, digicheck: digicheck.service });
    const bot = createBot({ ...infra, storage: new TableStorage(infra.tables), features, privacy });
    const scheduler = new Scheduler({ tickSeconds: config.pulseTickSeconds, log }).add(...features.flatMap((f) => f.jobs ?? []));
    const apis = [(server: Parameters<typeof registerMeApi>[0]) => registerMeApi(server, infra), ...features.flatMap((f) => (f.api ? [f.api] : []))];
    const http = createHttpServer({ config, log, bot, tables: infra.tables, version: APP_VERSION, tabDir: TAB_DIR, apis });
    const port = await listen(http, config);
    const url = `http://${config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host}:${port}`;
    log.info({ url, version: APP_VERSION }, 'DigiPuls listening');
    for (const feature of features) await feature.start?.();
    scheduler.start();

    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        log.info('shutting down: waiting for in-flight requests');
        await scheduler.stop();
        await drain(http, config, log);
        for (const feature of [...features].reverse()) await feature.stop?.();
        await infra.close();
        log.info('stopped');
      })());
    const app: RunningApp = { url, port, config, log, storageConnectionString: infra.connectionString, stop };
    keepInternals(app, { scheduler, digicheck: digicheck.service });
    return app;
  } catch (err) {
    await infra.close();
    throw err;
  }
}

/** Listens on the configured host and port; resolves with the port (the chosen one for port 0). */
async function listen(http: HttpServer, config: Config): Promise<number> {
  await new Promise<void>((ok, fail) => {
    http.server.once('error', fail);
    http.server.listen(config.port, config.host, () => ok());
  });
  return http.server.address().port;
}

/** Stops taking requests and waits up to the grace period for those in flight, then closes. */
async function drain(http: HttpServer, config: Config, log: Logger): Promise<void> {
  const closed = new Promise<void>((ok) => http.server.close(() => ok()));
  http.server.server.closeIdleConnections();
  const deadline = Date.now() + config.shutdownGraceMs;
  while (http.inFlight() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  if (http.inFlight() > 0) log.warn({ inFlight: http.inFlight() }, 'grace period over, closing with requests in flight');
  http.server.server.closeAllConnections();
  await closed;
}
