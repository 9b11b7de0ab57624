/**
 * Error answers (issue 11, D19): a stable code, a safe message and a request id — never a storage
 * library's error object or an internal message; the details go to the log under the same id.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningApp } from '../../../bot/src/main';
import { startTestApp } from '../../support/app';
import { FakeEntra, TENANT_ID } from '../../support/entra';

/** A secret-looking detail only the storage service knows; it must never reach a caller. */
const STORAGE_DETAIL = 'Server failed to authenticate the request. RequestId:5e1f-internal Time:2025 account digipulsprod at 10.20.30.40';

/** A storage endpoint that refuses every call the way Azure Storage does (403 with an OData error). */
function refusingStorage(): Promise<Server> {
  const server = createServer((req, res) => {
    req.resume();
    res.writeHead(403, { 'content-type': 'application/json;odata=minimalmetadata', 'x-ms-request-id': '5e1f-internal' });
    res.end(JSON.stringify({ 'odata.error': { code: 'AuthorizationFailure', message: { lang: 'en-US', value: STORAGE_DETAIL } } }));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

describe('error answers', () => {
  let app: RunningApp;
  let storage: Server;
  let entra: FakeEntra;
  let token: string;

  beforeAll(async () => {
    storage = await refusingStorage();
    entra = await new FakeEntra().start();
    const port = (storage.address() as AddressInfo).port;
    app = await startTestApp({
      STORAGE_CONNECTION_STRING: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${Buffer.from('k').toString('base64')};TableEndpoint=http://127.0.0.1:${port}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`,
      AZURITE_IN_MEMORY: undefined,
      ANNOUNCE_WORKERS: '0',
      ...entra.ssoEnv(),
    });
    token = await entra.token('aaaaaaaa-0000-4000-8000-000000000001');
  });
  afterAll(async () => {
    await app?.stop();
    await entra.stop();
    storage.closeAllConnections();
    await new Promise((ok) => storage.close(ok));
  });

  it('trust 19: a storage failure in a route answers 500 {code: internal, safe message, requestId}; the detail is logged under that id', async () => {
    const logged: unknown[][] = [];
    const spy = jest.spyOn(app.log, 'error').mockImplementation(((...args: unknown[]) => void logged.push(args)) as never);
    try {
      const res = await fetch(`${app.url}/api/roadmap/items`, { headers: { authorization: `Bearer ${token}` } });
      const text = await res.text();
      console.log(`trust 19: GET /api/roadmap/items while storage refuses → ${res.status} x-request-id=${res.headers.get('x-request-id')} ${text}`);
      expect(res.status).toBe(500);
      expect(text).not.toMatch(/10\.20\.30\.40|RequestId:|5e1f-internal|AuthorizationFailure|odata|statusCode|RestError|stack/);
      const body = JSON.parse(text) as { code: string; message: string; requestId: string };
      expect(body).toEqual({ code: 'internal', message: expect.any(String), requestId: expect.any(String) });
      expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers.get('x-request-id')).toBe(body.requestId);
      expect(body.message).toContain(body.requestId); // the tab shows the message: the person can quote the id
      // The operator finds the detail in the log under the id the caller reports.
      const entry = logged.find(([fields]) => (fields as { requestId?: string })?.requestId === body.requestId);
      expect(entry).toBeDefined();
      expect(JSON.stringify((entry![0] as { err?: { message?: string } }).err?.message)).toContain('AuthorizationFailure');
    } finally {
      spy.mockRestore();
    }
  });

  it('trust 19: refusals carry a stable code, a message and the request id of the answer', async () => {
    for (const [path, init, status, code] of [
      ['/api/roadmap/items', {}, 401, 'unauthenticated'],
      ['/api/roadmap/items', { headers: { authorization: 'Bearer not-a-token' } }, 401, 'invalid-token'],
      ['/api/nothing-here', {}, 404, 'not-found'],
      ['/api/info', { method: 'DELETE' }, 405, 'method-not-allowed'],
    ] as const) {
      const res = await fetch(`${app.url}${path}`, init as RequestInit);
      const body = (await res.json()) as { code: string; message: string; requestId: string };
      expect({ path, status: res.status, code: body.code }).toEqual({ path, status, code });
      expect(typeof body.message).toBe('string');
      expect(body.requestId).toBe(res.headers.get('x-request-id'));
    }
  });

  it('trust 19: a request id sent by the caller is not taken over (it could forge log lines)', async () => {
    const res = await fetch(`${app.url}/api/nothing-here`, { headers: { 'x-request-id': 'forged-id' } });
    expect(res.headers.get('x-request-id')).not.toBe('forged-id');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('error answers of /api/messages (Bot Framework authentication on)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({
      MICROSOFT_APP_ID: '11111111-2222-4333-8444-555555555555',
      MICROSOFT_APP_PASSWORD: 'not-used-in-this-test',
      MICROSOFT_APP_TENANT_ID: TENANT_ID,
      DEV_IDENTITY: undefined,
      DEV_ROLES: undefined,
    });
  });
  afterAll(() => app.stop());

  it("trust 19: the adapter's refusal is our error answer, not Bot Framework's own text", async () => {
    const activity = { type: 'message', channelId: 'msteams', serviceUrl: 'http://127.0.0.1:9/', from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c', tenantId: TENANT_ID }, channelData: { tenant: { id: TENANT_ID } } };
    const res = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    const text = await res.text();
    console.log(`trust 19: POST /api/messages without a token → ${res.status} ${text}`);
    expect(res.status).toBe(401);
    expect(JSON.parse(text)).toEqual({ code: 'unauthenticated', message: expect.any(String), requestId: res.headers.get('x-request-id') });
  });
});
