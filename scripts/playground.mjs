#!/usr/bin/env node
/**
 * `npm run playground`: starts the Microsoft 365 Agents Playground (a local Teams stand-in that
 * also plays the Bot Framework connector) in front of the running app, so you can chat with
 * DigiPuls in a browser without a tenant or a tunnel.
 *
 * Start the app first, in another terminal: `npm start` (anonymous local mode, no MICROSOFT_APP_ID).
 *
 * Environment:
 *   PORT              the app's port (default 3978) → endpoint http://127.0.0.1:$PORT/api/messages
 *   BOT_ENDPOINT      full messaging endpoint, overrides PORT
 *   PLAYGROUND_PORT   the Playground's port (default 56150; it picks a free one if that is taken)
 *   PLAYGROUND_LOCALE e.g. de-DE: the Playground always sends locale en-US; with this set, a
 *                     small proxy replaces it, as a Teams client in that language would send it
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'node_modules', '.bin', 'agentsplayground');
const CONFIG_FILE = join(ROOT, '.m365agentsplayground.yml');

const botEndpoint = process.env.BOT_ENDPOINT || `http://127.0.0.1:${process.env.PORT || 3978}/api/messages`;
const requestedPort = Number(process.env.PLAYGROUND_PORT || 56150);
const locale = process.env.PLAYGROUND_LOCALE || undefined;

if (!existsSync(CLI)) {
  console.error(`Agents Playground CLI not found at ${CLI}.\nIt is the devDependency @microsoft/m365agentsplayground: run \`npm ci\`.`);
  process.exit(1);
}
if (!Number.isInteger(requestedPort) || requestedPort < 1 || requestedPort > 65535) {
  console.error(`PLAYGROUND_PORT must be a port number, got "${process.env.PLAYGROUND_PORT}"`);
  process.exit(1);
}

// Is the app up? Any HTTP answer counts; the Playground itself waits up to 15 s per page load.
const appUp = await fetch(botEndpoint, { method: 'GET', signal: AbortSignal.timeout(3000) }).then(
  () => true,
  () => false,
);
if (!appUp) {
  console.warn(`! Nothing answers at ${botEndpoint}. Start the app in another terminal: npm start`);
}

const proxy = locale ? await startLocaleProxy(botEndpoint, locale) : undefined;

// The Playground writes devTools/ (its log) into its working directory: keep that out of the repo.
const workDir = mkdtempSync(join(tmpdir(), 'digipuls-playground-'));
const env = { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' };
if (existsSync(CONFIG_FILE)) env.M365_AGENTS_PLAYGROUND_CONFIG_PATH = CONFIG_FILE;

const child = spawn(
  process.execPath,
  [CLI, '-e', proxy?.url ?? botEndpoint, '-c', 'msteams', '--disable-telemetry', '-p', String(requestedPort)],
  { cwd: workDir, env, stdio: ['ignore', 'pipe', 'pipe'] },
);

let printed = false;
let out = '';
child.stdout.on('data', (chunk) => {
  out += chunk;
  const port = /Listening on (\d+)/.exec(out)?.[1];
  if (port && !printed) {
    printed = true;
    printUsage(Number(port));
  }
});
child.stderr.on('data', (chunk) => process.stderr.write(chunk));

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 3000).unref();
  }
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

child.on('exit', async (code, signal) => {
  await proxy?.close();
  rmSync(workDir, { recursive: true, force: true });
  if (!stopping) console.error(`Agents Playground exited (${signal ?? `code ${code}`}).${out ? `\n${out}` : ''}`);
  process.exit(stopping ? 0 : (code ?? 1));
});

function printUsage(port) {
  const lines = [
    '',
    `Microsoft 365 Agents Playground: http://localhost:${port}/`,
    ...(port === requestedPort ? [] : [`  (port ${requestedPort} was taken, so it picked ${port})`]),
    `  talking to  ${botEndpoint}${proxy ? `  (through a proxy that sets locale ${locale})` : ''}`,
    '',
    'Open the URL in a browser. Then:',
    '  - Personal Chat is selected: type "hilfe" (or "help") and press Enter for the welcome card.',
    '  - Group Chat and the team channels (My Team → General, Announcements): start the message with',
    '    "@Test" and pick "Test Bot" from the list — there the bot only sees messages that mention it.',
    '  - Opening a conversation installs the app there (installationUpdate + conversationUpdate);',
    '    "Mock an Activity" (top bar) sends install/uninstall, members added/removed, channel and',
    '    team events, or a custom activity you edit as JSON.',
    '  - The log panel (right) lists every activity; click one for its JSON.',
  ];
  if (!proxy) {
    lines.push(
      '  - The Playground sends locale en-US, so DigiPuls answers in English. For a German client:',
      '    PLAYGROUND_LOCALE=de-DE npm run playground',
    );
  }
  lines.push('Stop with Ctrl+C.', '');
  console.log(lines.join('\n'));
}

/** Forwards everything to the bot; rewrites `locale` (and the clientInfo entity's) in posted activities. */
async function startLocaleProxy(target, newLocale) {
  const server = createServer(async (req, res) => {
    try {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      let body = req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks);
      if (req.method === 'POST' && body.length > 0) {
        try {
          const activity = JSON.parse(body.toString('utf8'));
          if (typeof activity.locale === 'string') activity.locale = newLocale;
          for (const entity of Array.isArray(activity.entities) ? activity.entities : []) {
            if (entity?.type === 'clientInfo' && typeof entity.locale === 'string') entity.locale = newLocale;
          }
          body = JSON.stringify(activity);
        } catch {
          // not JSON: forward unchanged
        }
      }
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([name, value]) => typeof value === 'string' && !['host', 'content-length', 'connection'].includes(name)),
      );
      const upstream = await fetch(target, { method: req.method, headers, body });
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/plain' });
      res.end(Buffer.from(await upstream.arrayBuffer()));
    } catch (err) {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`playground proxy: ${target} unreachable: ${err.message}`);
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/api/messages`,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}
