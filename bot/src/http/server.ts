import { existsSync } from 'node:fs';
import restify, { type Server } from 'restify';
import type { Request as BotRequest } from 'botbuilder';
import type { Bot } from '../app';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { Tables } from '../storage/tables';
import { registerInfoApi } from '../api/info';
import type { HealthStatus } from '../api/contract';
import { activityBodyProblem } from './activity-body';
import { botResponse } from './bot-response';
import { answerErrorsSafely, assignRequestId, jsonFormatter, sendError } from './errors';
import { jsonBody } from './json-body';
import { securityHeaders } from './security-headers';

/** What the HTTP server serves. */
export interface ServerDeps {
  config: Config;
  log: Logger;
  bot: Bot;
  tables: Tables;
  version: string;
  /** Folder of the built tab (Vite output). */
  tabDir: string;
  /** Registers each feature's JSON API routes. */
  apis: Array<(server: Server) => void>;
}

/** The restify server plus a count of requests still being handled, for graceful shutdown. */
export interface HttpServer {
  server: Server;
  inFlight(): number;
}

/**
 * Creates the restify server: `/api/messages` for Bot Framework, `/healthz`, the JSON API under
 * `/api/` for the tab, and the built tab under `/tab/`.
 */
export function createHttpServer(deps: ServerDeps): HttpServer {
  const { config, log, bot } = deps;
  const server = restify.createServer({
    name: 'digipuls',
    version: deps.version,
    handleUncaughtExceptions: false,
    formatters: { 'application/json': jsonFormatter(log) },
  });
  let inFlight = 0;

  server.pre((req, res, next) => {
    assignRequestId(req, res);
    inFlight++;
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        inFlight--;
      }
    };
    res.once('finish', finish);
    res.once('close', finish);
    next();
  });
  server.pre(securityHeaders({ publicUrl: config.publicUrl }));
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // JSON only, decoded size limited, nothing written to disk — before any sign-in check (see json-body.ts).
  server.use(jsonBody({ maxBytes: config.maxBodyBytes }));

  server.post('/api/messages', async (req, res) => {
    const problem = activityBodyProblem(req.body);
    if (problem) return sendError(req, res, 400, 'BadRequest', problem);
    // The adapter's own refusals and failures go through botResponse: our error shape, never its message.
    await bot.adapter.process(req as unknown as BotRequest, botResponse(req, res, log), async (context) => {
      await bot.app.run(context);
    });
  });

  server.get('/healthz', async (_req, res) => {
    const storage = await deps.tables.ping();
    const health: HealthStatus = { status: storage ? 'ok' : 'degraded', storage: storage ? 'reachable' : 'unreachable', version: deps.version };
    res.send(storage ? 200 : 503, health);
  });

  registerInfoApi(server, { config, version: deps.version });
  for (const register of deps.apis) register(server);

  if (existsSync(deps.tabDir)) {
    server.get('/tab', async (_req, res) => {
      res.redirect(302, '/tab/index.html', () => undefined);
    });
    server.get('/tab/*', restify.plugins.serveStaticFiles(deps.tabDir, { maxAge: 0 }));
  } else {
    log.warn({ tabDir: deps.tabDir }, 'tab is not built: run `npm run build` to serve /tab/');
  }

  answerErrorsSafely(server, log);

  return { server, inFlight: () => inFlight };
}
