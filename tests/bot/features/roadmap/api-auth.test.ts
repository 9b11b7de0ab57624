import type { RoadmapItem } from '../../../../bot/src/api/roadmap-contract';
import type { RunningApp } from '../../../../bot/src/main';
import { apiClient } from '../../../support/api-client';
import { startTestApp } from '../../../support/app';
import { FakeEntra } from '../../../support/entra';
import { sampleItem } from './fixtures';

const PEOPLE = {
  viewer: '11111111-1111-4111-8111-111111111111',
  editor: '44444444-4444-4444-8444-444444444444',
  changeTeam: '55555555-5555-4555-8555-555555555555',
  announcer: '66666666-6666-4666-8666-666666666666',
  admin: '77777777-7777-4777-8777-777777777777',
};
const EDITOR_GROUP = '88888888-8888-4888-8888-888888888888';
const CALLERS = ['anonymous', 'expired', 'wrongAudience', 'viewer', 'editor', 'changeTeam', 'announcer', 'admin'] as const;
type Caller = (typeof CALLERS)[number];

describe('roadmap API: every route × role (Teams SSO tokens signed with keys made in the test)', () => {
  let app: RunningApp;
  let entra: FakeEntra;
  let item: RoadmapItem;
  const tokens: Partial<Record<Caller, string>> = {};

  beforeAll(async () => {
    entra = await new FakeEntra().start();
    app = await startTestApp({
      ...entra.ssoEnv(),
      // The editor role comes by group membership, the others by object id.
      ROLES: JSON.stringify({ editor: [EDITOR_GROUP], changeTeam: [PEOPLE.changeTeam], announcer: [PEOPLE.announcer], admin: [PEOPLE.admin] }),
    });
    tokens.viewer = await entra.token(PEOPLE.viewer);
    tokens.editor = await entra.token(PEOPLE.editor, { groups: [EDITOR_GROUP], name: 'Edda Editorin' });
    tokens.changeTeam = await entra.token(PEOPLE.changeTeam);
    tokens.announcer = await entra.token(PEOPLE.announcer);
    tokens.admin = await entra.token(PEOPLE.admin);
    tokens.expired = await entra.token(PEOPLE.admin, { exp: Math.floor(Date.now() / 1000) - 300 });
    tokens.wrongAudience = await entra.token(PEOPLE.admin, { aud: 'api://someone-else' });
    item = (await api('editor').post<RoadmapItem>('/api/roadmap/items', { id: 'matrix-item', item: sampleItem() })).body;
  });
  afterAll(async () => {
    await app.stop();
    await entra.stop();
  });

  /** The API as `who` (with their token; none for anonymous). */
  const api = (who: Caller) => apiClient(app, tokens[who]);

  const READ = { viewer: 200, editor: 200, changeTeam: 200, announcer: 200, admin: 200 };
  const WRITE = { viewer: 403, editor: 'ok', changeTeam: 403, announcer: 403, admin: 'ok' } as const;
  // Writes use a fresh id/etag per caller, so each allowed caller really writes.
  let seq = 0;
  const routes = (): Array<{ method: string; path: string; body?: (w: Caller) => Promise<unknown>; allowed: Record<string, number | 'ok'> }> => [
    { method: 'GET', path: '/api/roadmap/areas', allowed: READ },
    { method: 'GET', path: '/api/roadmap/items', allowed: READ },
    { method: 'GET', path: `/api/roadmap/items/${item.id}`, allowed: READ },
    { method: 'GET', path: `/api/roadmap/items/${item.id}/history`, allowed: READ },
    { method: 'GET', path: '/api/roadmap/totals', allowed: READ },
    { method: 'GET', path: '/api/roadmap/export.csv', allowed: READ },
    { method: 'GET', path: '/api/roadmap/export.ics', allowed: READ },
    { method: 'POST', path: '/api/roadmap/items', body: async () => ({ id: `m-${++seq}`, item: sampleItem() }), allowed: WRITE },
    { method: 'PUT', path: `/api/roadmap/items/${item.id}`, body: async () => ({ etag: await currentEtag(), item: sampleItem({ owner: `Owner ${++seq}` }) }), allowed: WRITE },
    { method: 'PATCH', path: `/api/roadmap/items/${item.id}`, body: async () => ({ etag: await currentEtag(), changes: { owner: `Owner ${++seq}` } }), allowed: WRITE },
  ];
  const currentEtag = async () => (await api('viewer').get<RoadmapItem>(`/api/roadmap/items/${item.id}`)).body.etag;

  it('answers each route × caller as the role model says', async () => {
    const got: string[] = [];
    const want: string[] = [];
    for (const r of routes()) {
      for (const who of CALLERS) {
        const res = await api(who).request(r.method, r.path, await r.body?.(who));
        got.push(`${r.method} ${r.path} ${who} ${res.status}`);
        const allowed = who === 'anonymous' || who === 'expired' || who === 'wrongAudience' ? 401 : r.allowed[who];
        const expected = allowed === 'ok' ? (r.method === 'POST' ? 201 : 200) : allowed;
        want.push(`${r.method} ${r.path} ${who} ${expected}`);
      }
    }
    expect(got).toEqual(want);
  });

  it('says why it refuses, and records the editor by the name in the token', async () => {
    expect((await api('anonymous').get('/api/roadmap/items')).body).toMatchObject({ code: 'unauthenticated' });
    expect((await api('expired').get('/api/roadmap/items')).body).toMatchObject({ code: 'invalid-token', message: 'the token has expired' });
    expect((await api('viewer').post('/api/roadmap/items', { id: 'x', item: sampleItem() })).body).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/"editor"/) });
    expect(item.createdBy).toBe('Edda Editorin');
  });
});
