import type { RunningApp } from '../../../bot/src/main';
import * as A from '../../support/activities';
import { postActivity, startTestApp } from '../../support/app';
import { RecordingConnector } from '../../support/connector';

describe('/api/messages rejects bad input with 4xx and keeps serving', () => {
  let app: RunningApp;
  let connector: RecordingConnector;

  beforeAll(async () => {
    connector = await new RecordingConnector().start();
    app = await startTestApp({ MAX_BODY_BYTES: String(64 * 1024) });
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  async function stillServes() {
    const health = await fetch(`${app.url}/healthz`);
    expect(health.status).toBe(200);
    const user = A.testUser();
    const res = await postActivity(app, A.message(user, 'hilfe', { serviceUrl: connector.url }));
    expect(res.status).toBe(200);
    await connector.waitFor(() => connector.sentTo(user.conversationId).length > 0);
  }

  it('malformed JSON → 400', async () => {
    const res = await postActivity(app, '{"type": "message",');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/Invalid JSON/);
    await stillServes();
  });

  it.each([
    ['an array', []],
    ['a JSON string', '"hello"'],
    ['an object without type', { text: 'hi' }],
    ['an activity without conversation', { type: 'message', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:1/', from: { id: 'u' }, recipient: { id: 'b' } }],
    ['an activity with a bad serviceUrl', { type: 'message', channelId: 'msteams', serviceUrl: 'nope', from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' } }],
  ])('a non-activity body (%s) → 400 with a reason', async (_name, body) => {
    const res = await postActivity(app, typeof body === 'string' ? body : body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/activity|JSON object/);
    await stillServes();
  });

  it('an oversized body → 413', async () => {
    const res = await postActivity(app, { type: 'message', text: 'x'.repeat(200 * 1024) });
    expect(res.status).toBe(413);
    await stillServes();
  });

  it('unknown API routes → JSON 404', async () => {
    const res = await fetch(`${app.url}/api/nothing-here`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/json/);
  });
});

describe('/api/messages with Bot Framework authentication configured', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({
      MICROSOFT_APP_ID: '11111111-2222-4333-8444-555555555555',
      MICROSOFT_APP_PASSWORD: 'not-used-in-this-test',
      MICROSOFT_APP_TENANT_ID: '00000000-0000-4000-8000-000000000001',
      DEV_IDENTITY: undefined,
      DEV_ROLES: undefined,
    });
  });
  afterAll(() => app.stop());

  it('rejects a request without a token with 401', async () => {
    const res = await postActivity(app, A.message(A.testUser(), 'hilfe', { serviceUrl: 'http://127.0.0.1:9/' }));
    expect(res.status).toBe(401);
  });
});
