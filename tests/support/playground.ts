/**
 * Microsoft 365 Agents Playground harness for end-to-end tests: starts the Playground CLI
 * (`@microsoft/m365agentsplayground`, a local stand-in for the Teams client *and* the Bot Framework
 * connector) against a bot endpoint, and drives its web UI with playwright-core.
 *
 * What the Playground (0.2.28) does, as measured — details in the findings notes:
 * - Opening the page (and each conversation the first time per page load) posts
 *   `installationUpdate` (action `add`, locale en-US) and `conversationUpdate` (membersAdded
 *   [user, bot] in personal chat, [bot] in group chat and channels, no locale) to the bot, fired
 *   concurrently, so their order varies. Every page load repeats them.
 * - Every activity it generates carries `locale: "en-US"` (hard-coded; no flag or variable changes
 *   it). {@link PlaygroundOptions.locale} therefore routes the Playground through a small proxy that
 *   rewrites those values, emulating a Teams client in another language (e.g. `de-DE`).
 * - In group chats and channels the bot only receives messages that @mention it, as in Teams;
 *   {@link sendMessage} mentions the bot there by default.
 * - It answers the bot's replies itself: `serviceUrl` is `http://localhost:<port>/_connector`.
 *
 * Usage:
 * ```ts
 * const pg = await startPlayground(`${app.url}/api/messages`, { locale: 'de-DE' });
 * await openPersonalChat(page, pg.url);
 * await sendMessage(page, 'hilfe');
 * const card = await waitForCard(page, 'Befehle');
 * await pg.stop();
 * ```
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** The Playground CLI as npm installs it (devDependency `@microsoft/m365agentsplayground`). */
export const PLAYGROUND_CLI = resolve(__dirname, '..', '..', 'node_modules', '.bin', 'agentsplayground');

/** The bot's display name in the Playground's built-in configuration (used for @mentions). */
export const PLAYGROUND_BOT_NAME = 'Test Bot';

/** Selectors that work headless against Playground 0.2.28. */
export const SELECTORS = {
  /** Every compose box (chat input, "Start a new post", thread replies) is a Lexical editor. */
  composeBox: '[role="textbox"][data-lexical-editor="true"]',
  /** A rendered Adaptive Card (personal chat, group chat and channels alike). */
  card: '.ac-adaptiveCard',
  /** One bot message bubble in personal and group chats (text or card). */
  chatBotMessage: '.fai-OutputCard',
  /** One post with its thread in a channel. */
  channelPost: '.fui-Card[role="group"]',
} as const;

/** Attribute put on cards and paragraphs already on screen when a message is sent. */
const SEEN = 'data-pg-seen';

/** Conversations of the Playground's built-in configuration. */
export type PlaygroundConversation = 'personal' | 'group' | 'General' | 'Announcements';

/** Built-in templates of the "Mock an Activity" menu (`type` of its template endpoint). */
export type MockActivityType =
  | 'install'
  | 'uninstall'
  | 'botAdded'
  | 'userAdded'
  | 'botRemoved'
  | 'userRemoved'
  | 'channelCreated'
  | 'channelRenamed'
  | 'channelDeleted'
  | 'teamRenamed'
  | 'teamDeleted';

/** An activity the Playground posted to the bot (seen by the harness's proxy). */
export type ObservedActivity = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface PlaygroundOptions {
  /**
   * Locale the emulated Teams client speaks, e.g. `de-DE`. The Playground always sends `en-US`;
   * when set, the harness replaces every `locale` (and `clientInfo` entity locale) the Playground
   * sends with this value. Activities without a locale (its conversationUpdates) stay without.
   * Default: unchanged (en-US).
   */
  locale?: string;
  /** Milliseconds to wait for the CLI to answer. Default 20 000. */
  startTimeoutMs?: number;
}

export interface Playground {
  /** The Playground web UI, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  port: number;
  /** The bot endpoint the activities finally reach. */
  botEndpoint: string;
  /** Changes the emulated client locale for the following activities (`undefined`: en-US as sent). */
  setLocale(locale: string | undefined): void;
  /** Every activity the Playground has posted to the bot so far, after locale rewriting, oldest first. */
  activities(): ObservedActivity[];
  /** Conversation ids of the built-in configuration (the personal chat's id is random per start). */
  conversationIds(): Promise<Record<PlaygroundConversation, string>>;
  /**
   * Sends a "Mock an Activity" template straight to the bot (no UI): the template the Playground
   * builds for `type` in `where`, merged with `patch` (shallow). The bot's replies show in the UI.
   * Use `type: 'custom'` for a bare activity (then give at least `type` in `patch`). Like the
   * Playground's own activities it passes the locale rewriting and shows in {@link activities}.
   * @returns the activity as sent.
   */
  mockActivity(
    type: MockActivityType | 'custom',
    where?: PlaygroundConversation,
    patch?: Record<string, unknown>,
  ): Promise<ObservedActivity>;
  /** Everything the CLI printed (it prints little when not on a TTY). */
  output(): string;
  /** Stops the CLI (SIGTERM, then SIGKILL after 3 s) and the proxy, and removes the temp dir. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Starts the Playground CLI (`-e <proxy> -c msteams --disable-telemetry -p <free port>`) with its
 * working directory in a fresh temp dir (it writes `devTools/` there), and resolves once it answers.
 * @param botEndpoint - the bot's messaging endpoint, e.g. `http://127.0.0.1:3978/api/messages`.
 * @throws when the CLI is not installed, exits early or does not answer in time.
 */
export async function startPlayground(botEndpoint: string, options: PlaygroundOptions = {}): Promise<Playground> {
  if (!existsSync(PLAYGROUND_CLI)) {
    throw new Error(
      `Agents Playground CLI not found at ${PLAYGROUND_CLI}. It is the devDependency ` +
        '@microsoft/m365agentsplayground: run `npm ci`.',
    );
  }
  const proxy = await startLocaleProxy(botEndpoint, options.locale);
  const workDir = mkdtempSync(join(tmpdir(), 'digipuls-playground-'));
  let child: ChildProcess | undefined;
  const killOnExit = () => child?.kill('SIGKILL');
  try {
    const requestedPort = await freePort();
    // Run the CLI's script with this Node: the spawned PID is then the server process itself.
    child = spawn(
      process.execPath,
      [PLAYGROUND_CLI, '-e', proxy.url, '-c', 'msteams', '--disable-telemetry', '-p', String(requestedPort)],
      {
        cwd: workDir,
        env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' }, // never try to open a browser
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    process.once('exit', killOnExit);
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((ok) => child!.once('exit', (code) => ok(code)));
    // Not on a TTY it prints exactly one line, "Listening on <port>"; if the port was taken in
    // the meantime it silently picks another one, so read the port from there.
    const port = await waitFor(async () => Number(/Listening on (\d+)/.exec(out)?.[1]) || undefined, {
      timeoutMs: options.startTimeoutMs ?? 20_000,
      failFast: () => (child!.exitCode !== null ? `the CLI exited with code ${child!.exitCode}` : undefined),
      describe: () => `Agents Playground did not start. Output:\n${out}`,
    });
    const base = `http://127.0.0.1:${port}`;
    await waitFor(async () => ((await fetch(`${base}/_debug/ping`).catch(() => undefined))?.ok ? true : undefined), {
      timeoutMs: 10_000,
      describe: () => `Agents Playground on port ${port} does not answer /_debug/ping. Output:\n${out}`,
    });

    let stopping: Promise<void> | undefined;
    const getJson = async (path: string) => {
      const res = await fetch(`${base}${path}`);
      if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
      return res.json() as Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    };
    const conversationIds = async (): Promise<Record<PlaygroundConversation, string>> => {
      const { config } = await getJson('/_internal/v1/testConfig');
      const team = config.teams[0];
      const channel = (name: string) => team.channels.find((c: { name: string }) => c.name === name).id;
      return {
        personal: config.personalChat.id,
        group: config.groupChats[0].id,
        General: channel('General'),
        Announcements: channel('Announcements'),
      };
    };
    return {
      url: `${base}/`,
      port,
      botEndpoint,
      setLocale: (locale) => (proxy.locale = locale),
      activities: () => [...proxy.seen],
      conversationIds,
      async mockActivity(type, where = 'personal', patch = {}) {
        const conversationId = (await conversationIds())[where];
        const query = new URLSearchParams({ conversationId, ...(type === 'custom' ? {} : { type }) });
        const template = await getJson(`/_internal/v1/customActivities/template?${query}`);
        const activity = { ...template, ...patch };
        const res = await fetch(`${base}/_internal/v1/customActivities`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(activity),
        });
        if (!res.ok) throw new Error(`mock activity ${type}: ${res.status} ${await res.text()}`);
        return activity;
      },
      output: () => out,
      stop: () =>
        (stopping ??= (async () => {
          process.removeListener('exit', killOnExit);
          if (child!.exitCode === null && child!.signalCode === null) {
            child!.kill('SIGTERM');
            const timer = setTimeout(() => child!.kill('SIGKILL'), 3000);
            await exited;
            clearTimeout(timer);
          }
          await proxy.close();
          rmSync(workDir, { recursive: true, force: true });
        })()),
    };
  } catch (err) {
    process.removeListener('exit', killOnExit);
    child?.kill('SIGKILL');
    await proxy.close();
    rmSync(workDir, { recursive: true, force: true });
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------
// Page helpers

type View = 'personal' | 'group' | 'channel';
const views = new WeakMap<Page, View>();

/**
 * Loads the Playground in `page` and waits until it is usable (it opens on the personal chat).
 * Requests to other hosts (fonts and animations from a CDN) are aborted: offline they would only
 * cost seconds. Loading takes ~3 s (a 9 MB bundle), of which the Playground also waits until the
 * bot endpoint answers (up to 15 s when it does not).
 */
export async function openPlayground(page: Page, url: string): Promise<void> {
  await page.route(/^https?:\/\/(?!(127\.0\.0\.1|localhost)[:/])/, (route) => route.abort());
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.getByRole('button', { name: 'Send Message' }).first().waitFor({ timeout: 30_000 });
  views.set(page, 'personal');
}

/** Selects the personal chat with the bot; loads the Playground first when `url` is given. */
export async function openPersonalChat(page: Page, url?: string): Promise<void> {
  if (url) await openPlayground(page, url);
  await selectConversation(page, 'Personal Chat', 'personal');
}

/** Selects the group chat (the bot and five users); messages must @mention the bot to reach it. */
export async function openGroupChat(page: Page, url?: string): Promise<void> {
  if (url) await openPlayground(page, url);
  await selectConversation(page, 'Group Chat', 'group');
}

/**
 * Selects a channel of the Playground's team "My Team" (General or Announcements). Opening a
 * channel the first time per page load sends installationUpdate + conversationUpdate for the
 * team (conversation id `team-id` for General). New posts must @mention the bot to reach it;
 * channel posts are listed newest first, each with its thread below.
 */
export async function openTeamChannel(page: Page, channel: 'General' | 'Announcements' = 'General', url?: string): Promise<void> {
  if (url) await openPlayground(page, url);
  await selectConversation(page, `My Team - ${channel}`, 'channel');
}

async function selectConversation(page: Page, treeItem: string, view: View): Promise<void> {
  const item = page.getByRole('treeitem', { name: treeItem, exact: true });
  try {
    await item.waitFor({ timeout: 10_000 });
  } catch {
    throw new Error(`"${treeItem}" not found: is the Playground loaded? Call openPlayground(page, pg.url) first.`);
  }
  await item.click();
  const ready =
    view === 'channel'
      ? page.getByRole('button', { name: 'Post', exact: true })
      : page.getByRole('button', { name: 'Send Message' }).first();
  await ready.waitFor();
  views.set(page, view);
}

export interface SendOptions {
  /**
   * Name to @mention at the start of the message (picked from the Playground's mention menu).
   * Default: the bot ({@link PLAYGROUND_BOT_NAME}) in group chats and channels, none in the
   * personal chat. `false`: never mention.
   */
  mention?: string | false;
}

/**
 * Types `text` into the compose box like a person and sends it: in chats with "Send Message",
 * in channels as a new post. Cards and paragraphs already on screen are remembered, so that
 * {@link waitForCard} and {@link waitForBotText} wait for what arrives after this message.
 */
export async function sendMessage(page: Page, text: string, options: SendOptions = {}): Promise<void> {
  const view = views.get(page) ?? 'personal';
  const mention = options.mention ?? (view === 'personal' ? false : PLAYGROUND_BOT_NAME);
  await markSeen(page);
  const box = page.locator(SELECTORS.composeBox).first(); // the chat box, or "Start a new post"
  await box.click();
  if (mention) {
    await box.pressSequentially(`@${mention.split(' ')[0]}`);
    await page.getByRole('listbox', { name: 'Typeahead menu' }).getByRole('menuitem', { name: mention }).first().click();
    await box.pressSequentially(` ${text}`);
  } else {
    await box.pressSequentially(text);
  }
  const send =
    view === 'channel'
      ? page.getByRole('button', { name: 'Post', exact: true })
      : page.getByRole('button', { name: 'Send Message' }).first();
  await send.click();
}

/**
 * Waits for an Adaptive Card containing `textInCard` that was not on screen at the last
 * {@link sendMessage} (any card when nothing was sent yet) and returns it.
 * Cards include the welcome card the bot sends on install; in a fresh page wait for that one
 * before sending, or it may be taken for the answer. Switching conversations re-renders their
 * history, which then counts as new until the next {@link sendMessage}.
 */
export async function waitForCard(page: Page, textInCard: string, options: { timeoutMs?: number } = {}): Promise<Locator> {
  const cards = page.locator(`${SELECTORS.card}:not([${SEEN}])`).filter({ hasText: textInCard });
  try {
    await cards.first().waitFor({ timeout: options.timeoutMs ?? 10_000 });
  } catch {
    throw new Error(`No new Adaptive Card containing "${textInCard}" appeared.\n${await describeChat(page)}`);
  }
  return cards.last();
}

/**
 * Waits for a bot text message (outside cards) containing `text` that was not on screen at the
 * last {@link sendMessage}. Works in chats and channels.
 */
export async function waitForBotText(page: Page, text: string, options: { timeoutMs?: number } = {}): Promise<Locator> {
  const paragraphs = page
    .locator(`xpath=//p[not(@${SEEN}) and not(ancestor::*[contains(concat(" ", @class, " "), " ac-adaptiveCard ")])]`)
    .filter({ hasText: text });
  try {
    await paragraphs.first().waitFor({ timeout: options.timeoutMs ?? 10_000 });
  } catch {
    throw new Error(`No new bot message containing "${text}" appeared.\n${await describeChat(page)}`);
  }
  return paragraphs.last();
}

/**
 * The text of the newest bot message (text or card) in the selected personal or group chat;
 * `undefined` when the bot has not written there yet. In channels use {@link waitForBotText}.
 */
export async function lastBotText(page: Page): Promise<string | undefined> {
  if (views.get(page) === 'channel') throw new Error('lastBotText works in chats; in channels use waitForBotText');
  const messages = page.locator(SELECTORS.chatBotMessage);
  if ((await messages.count()) === 0) return undefined;
  return (await messages.last().innerText()).trim();
}

/**
 * Triggers an entry of the "Mock an Activity" menu through the UI (e.g. "Install application",
 * "Add user", "Rename channel") in the selected conversation and sends its template unchanged.
 * For edited activities (another locale, other ids) use {@link Playground.mockActivity}.
 */
export async function triggerMockActivity(page: Page, menuItem: string): Promise<void> {
  await page.getByRole('button', { name: 'Mock an Activity' }).click();
  await page.getByRole('menuitem').filter({ hasText: menuItem }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Send activity' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Marks what is on screen now, so that later waits see only what is new. */
async function markSeen(page: Page): Promise<void> {
  await page
    .locator(`${SELECTORS.card}, p`)
    .evaluateAll((els: Array<{ setAttribute(name: string, value: string): void }>, attr: string) => {
      for (const el of els) el.setAttribute(attr, '');
    }, SEEN);
}

/** The last bot messages, for error messages. */
async function describeChat(page: Page): Promise<string> {
  const texts = await page
    .locator(`${SELECTORS.chatBotMessage}, ${SELECTORS.channelPost}`)
    .allInnerTexts()
    .catch(() => [] as string[]);
  const last = texts.slice(-3).map((t) => `  - ${t.replace(/\s+/g, ' ').trim().slice(0, 300)}`);
  return last.length ? `Last messages on screen:\n${last.join('\n')}` : 'No messages on screen.';
}

// ---------------------------------------------------------------------------------------------
// Internals

/**
 * A pass-through HTTP proxy in front of the bot that records each activity and, when a locale is
 * set, replaces the Playground's hard-coded `en-US`. Replies do not pass here: the bot posts them
 * to the activity's serviceUrl (the Playground itself); invoke responses come back through it.
 */
async function startLocaleProxy(target: string, initialLocale: string | undefined) {
  const state = { locale: initialLocale, seen: [] as ObservedActivity[] };
  const server: Server = createServer(async (req, res) => {
    try {
      const body = await readBody(req);
      let forwarded: Buffer | string | undefined = req.method === 'GET' || req.method === 'HEAD' ? undefined : body;
      if (req.method === 'POST' && body.length > 0) {
        const activity = tryParse(body.toString('utf8'));
        if (activity && typeof activity === 'object') {
          if (state.locale) rewriteLocale(activity, state.locale);
          state.seen.push(activity);
          forwarded = JSON.stringify(activity);
        }
      }
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string' && !['host', 'content-length', 'connection'].includes(name)) headers[name] = value;
      }
      const upstream = await fetch(target, { method: req.method, headers, body: forwarded });
      const answer = Buffer.from(await upstream.arrayBuffer());
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/plain' });
      res.end(answer);
    } catch (err) {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`playground proxy: ${target} unreachable: ${(err as Error).message}`);
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/messages`,
    get locale() {
      return state.locale;
    },
    set locale(value: string | undefined) {
      state.locale = value;
    },
    seen: state.seen,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

function rewriteLocale(activity: ObservedActivity, locale: string): void {
  if (typeof activity.locale === 'string') activity.locale = locale;
  if (Array.isArray(activity.entities)) {
    for (const entity of activity.entities) {
      if (entity?.type === 'clientInfo' && typeof entity.locale === 'string') {
        entity.locale = locale;
        if (typeof entity.country === 'string' && locale.includes('-')) entity.country = locale.split('-')[1].toUpperCase();
      }
    }
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks)));
    req.on('error', fail);
  });
}

function tryParse(text: string): ObservedActivity | undefined {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createNetServer();
    probe.once('error', fail);
    probe.listen(0, () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => ok(port));
    });
  });
}

/** Polls `probe` every 50 ms until it returns a value; throws `describe()` on timeout or `failFast()`. */
async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  opts: { timeoutMs: number; describe: () => string; failFast?: () => string | undefined },
): Promise<T> {
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    const fatal = opts.failFast?.();
    if (fatal) throw new Error(`${fatal}. ${opts.describe()}`);
    if (Date.now() > deadline) throw new Error(`Timed out after ${opts.timeoutMs} ms. ${opts.describe()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
