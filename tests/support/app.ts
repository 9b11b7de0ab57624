import { startApp, type RunningApp } from '../../bot/src/main';
import { internalsOf, type AppInternals } from '../../bot/src/testing';

/**
 * An app started in this process, with the internals tests drive: `scheduler` (run a job at a
 * chosen time: `app.scheduler.tick('pulse', at)`, `'digicheck'`, `'announcements'`) and the
 * `digicheck` service. The production {@link RunningApp} does not carry them.
 */
export type TestApp = RunningApp & AppInternals;

/**
 * Starts the whole app in this process on a free port with an in-memory Azurite, as the tests'
 * real system under test. The scheduler does not tick by itself (tests call `app.scheduler.tick`).
 * The tab API signs everyone in as a development identity with the viewer role, unless the test
 * sets Entra settings (then pass `DEV_IDENTITY: undefined`). The per-person rate limit is raised (one
 * identity acts for many people here). Extra variables override the defaults.
 */
export async function startTestApp(env: Record<string, string | undefined> = {}): Promise<TestApp> {
  const app = await startApp({
    PORT: '0',
    HOST: '127.0.0.1',
    AZURITE_IN_MEMORY: 'true',
    LOG_LEVEL: 'silent',
    PULSE_TICK_SECONDS: '0',
    DEV_IDENTITY: 'Test Person',
    DEV_ROLES: 'viewer',
    // In these tests one development identity stands for many people and writes far faster than a
    // person can; the per-person limit itself is proven in tests/bot/auth/rate-limit.test.ts.
    RATE_LIMIT_BURST: '10000',
    RATE_LIMIT_PER_SECOND: '1000',
    ...env,
  });
  // The same object (not a copy), so that internalsOf(app) keeps working on it.
  return Object.assign(app, internalsOf(app));
}

/** POSTs an activity (or any body) to the app's /api/messages. */
export async function postActivity(app: RunningApp, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${app.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The text of every TextBlock in an Adaptive Card attachment of an activity, joined. */
export function cardText(activity: any): string {
  const card = activity?.attachments?.find((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
  if (!card) return '';
  const texts: string[] = [];
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node.text === 'string') texts.push(node.text);
    if (typeof node.title === 'string') texts.push(node.title);
    if (typeof node.value === 'string') texts.push(node.value);
    if (typeof node.label === 'string') texts.push(node.label);
    Object.values(node).forEach(walk);
  };
  walk(card);
  return texts.join('\n');
}
