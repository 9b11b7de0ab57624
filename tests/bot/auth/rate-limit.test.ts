import { PersonRateLimiter } from '../../../bot/src/auth/rate-limit';
import type { RunningApp } from '../../../bot/src/main';
import * as A from '../../support/activities';
import { cardText, postActivity, startTestApp } from '../../support/app';
import { RecordingConnector } from '../../support/connector';

/**
 * Issue 11, point 3: one person cannot flood the bot or the API. Every chat activity, card submit
 * and API write takes a token from that person's bucket (keyed by the Entra object id); an empty
 * bucket means a friendly "slow down" once in chat, an invoke answer for a card, 429 on the API.
 */
describe('trust 3: per-person rate limits', () => {
  let app: RunningApp;
  let connector: RecordingConnector;
  const o = (locale = 'de-DE') => ({ serviceUrl: connector.url, locale });

  beforeAll(async () => {
    connector = await new RecordingConnector().start();
    // A small bucket that refills slowly, so the test is fast and deterministic.
    app = await startTestApp({ RATE_LIMIT_BURST: '4', RATE_LIMIT_PER_SECOND: '1', DEV_ROLES: 'editor' });
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  it('trust 3: chat commands beyond the burst get one short friendly message (DE/EN), then silence; others are unaffected', async () => {
    const flooder = A.testUser('Flora Flut');
    const english = A.testUser('Eddie English');
    const calm = A.testUser('Ruth Ruhig');
    // Sent at once, so the bucket (refilling 1 per second) cannot refill in between, however slow the machine.
    await Promise.all(Array.from({ length: 10 }, () => postActivity(app, A.message(flooder, 'hilfe', o()))));
    await Promise.all(Array.from({ length: 6 }, () => postActivity(app, A.message(english, 'help', o('en-US')))));
    await postActivity(app, A.message(calm, 'hilfe', o()));
    await connector.waitFor(() => connector.sentTo(calm.conversationId).length > 0);
    await new Promise((r) => setTimeout(r, 200));
    const flood = connector.sentTo(flooder.conversationId);
    const slowDown = flood.filter((a) => typeof a.text === 'string' && a.text.startsWith('Langsam, bitte'));
    console.log(`the flooder sent 10 commands and got ${flood.length} answers: ${flood.length - slowDown.length} help cards and ${JSON.stringify(slowDown.map((a) => a.text))}`);
    expect(flood).toHaveLength(5);
    expect(slowDown).toHaveLength(1);
    expect(flood.filter((a) => cardText(a).includes('Willkommen bei DigiPuls'))).toHaveLength(4);
    expect(connector.sentTo(english.conversationId).filter((a) => /^Slow down, please/.test(a.text ?? ''))).toHaveLength(1);
    expect(connector.sentTo(calm.conversationId)).toHaveLength(1);
  });

  it('trust 3: a card submit (Action.Execute) beyond the burst is answered by the invoke itself, nothing is processed', async () => {
    const user = A.testUser('Karla Klick');
    const responses = await Promise.all(Array.from({ length: 6 }, () => postActivity(app, A.cardExecute(user, 'pulse.submit', { roundId: 'no-such-round' }, o()))));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const bodies: any[] = await Promise.all(responses.map((r) => r.json()));
    const limited = bodies.filter((b) => b.type === 'application/vnd.microsoft.activity.message');
    console.log(`6 card submits at once: ${bodies.length - limited.length} processed, ${limited.length} answered ${JSON.stringify(limited[0])}`);
    expect(limited).toEqual([0, 1].map(() => ({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: expect.stringMatching(/^Langsam, bitte/) })));
    expect(bodies.filter((b) => b.type === 'application/vnd.microsoft.card.adaptive')).toHaveLength(4);
  });

  it('trust 3: API writes beyond the burst get 429 with Retry-After; reads are not limited', async () => {
    const write = () => fetch(`${app.url}/api/roadmap/items`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    const answers = await Promise.all(Array.from({ length: 6 }, write));
    const statuses = answers.map((r) => r.status).sort();
    const limited = answers.find((r) => r.status === 429);
    console.log(`six writes at once answered ${statuses.join(', ')}; Retry-After: ${limited?.headers.get('retry-after')}`);
    expect(statuses).toEqual([400, 400, 400, 400, 429, 429]);
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await limited!.json()).toEqual({ code: 'rate-limited', message: expect.stringContaining('too many changes'), requestId: expect.any(String) });
    expect((await fetch(`${app.url}/api/roadmap/items`)).status).toBe(200);
    // The bucket refills: after a second one more write goes through.
    await new Promise((r) => setTimeout(r, 1100));
    expect((await write()).status).toBe(400);
  });
});

describe('trust 3: the person rate limiter (token bucket)', () => {
  it('trust 3: refills at its rate, tells the retry time, and stays bounded by evicting idle buckets', () => {
    let now = 0;
    const limiter = new PersonRateLimiter({ burst: 2, perSecond: 1, maxPeople: 100, now: () => now });
    expect(limiter.take('a')).toEqual({ allowed: true });
    expect(limiter.take('a')).toEqual({ allowed: true });
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1, firstRefusal: true });
    expect(limiter.take('a')).toMatchObject({ allowed: false, firstRefusal: false });
    now = 1000;
    expect(limiter.take('a')).toEqual({ allowed: true });
    // 10,000 different people in one second: memory stays bounded.
    for (let i = 0; i < 10_000; i++) limiter.take(`p${i}`);
    expect(limiter.size).toBeLessThanOrEqual(100);
    // Buckets that have refilled completely are the same as none and are dropped.
    now = 60_000;
    limiter.take('z');
    expect(limiter.size).toBe(1);
  });
});
