import type { CheckCycleSummary, CheckResults } from '../../../../bot/src/api/digicheck-contract';
import type { RoadmapItem } from '../../../../bot/src/api/roadmap-contract';
import { apiClient } from '../../../support/api-client';
import { startTestApp, type TestApp } from '../../../support/app';
import { openCycle, simulateColleagues } from '../../../support/digicheck';
import { FakeEntra } from '../../../support/entra';
import { sampleItem } from '../roadmap/fixtures';

const PEOPLE = {
  viewer: '11111111-1111-4111-8111-111111111111',
  editor: '44444444-4444-4444-8444-444444444444',
  changeTeam: '55555555-5555-4555-8555-555555555555',
};
const EDITOR_GROUP = '88888888-8888-4888-8888-888888888888';
const CALLERS = ['anonymous', 'expired', 'wrongAudience', 'viewer', 'editor', 'changeTeam'] as const;
type Caller = (typeof CALLERS)[number];
const TARGETS = { strategy: 3, readiness: 2.5, people: 2.5, data: 3.5, interoperability: 2.5, sustainability: 2.5 };

describe('DigiCheck and follow-up pulse API: every route × role (Teams SSO tokens signed with keys made in the test)', () => {
  let app: TestApp;
  let entra: FakeEntra;
  /** A closed cycle with a shown department below target (results, gaps). */
  let closedId: string;
  /** An open cycle (targets, close). */
  let openId: string;
  /** A done item without a follow-up pulse yet, and one with. */
  let doneItem: RoadmapItem;
  let pulsedItem: RoadmapItem;
  const tokens: Partial<Record<Caller, string>> = {};

  /** The API as `who` (with their token; none for anonymous). */
  const api = (who: Caller) => apiClient(app, tokens[who]);

  beforeAll(async () => {
    entra = await new FakeEntra().start();
    app = await startTestApp({
      ...entra.ssoEnv(),
      // The editor role comes by group membership, the change team by object id.
      ROLES: JSON.stringify({ editor: [EDITOR_GROUP], changeTeam: [PEOPLE.changeTeam] }),
    });
    tokens.viewer = await entra.token(PEOPLE.viewer);
    tokens.editor = await entra.token(PEOPLE.editor, { groups: [EDITOR_GROUP], name: 'Edda Editorin' });
    tokens.changeTeam = await entra.token(PEOPLE.changeTeam, { name: 'Chris Change' });
    tokens.expired = await entra.token(PEOPLE.changeTeam, { exp: Math.floor(Date.now() / 1000) - 300 });
    tokens.wrongAudience = await entra.token(PEOPLE.changeTeam, { aud: 'api://someone-else' });

    // A closed cycle (through the service, not the API under test): 6 in finanzen at level 1.
    closedId = await openCycle(app, TARGETS);
    await simulateColleagues(app, closedId, 6, 'finanzen', () => 1);
    const closed = await app.digicheck.close(closedId);
    if (closed.kind !== 'ok' || closed.value.state !== 'closed') throw new Error(`could not close: ${JSON.stringify(closed)}`);
    openId = await openCycle(app, TARGETS, 7);

    const made = async (id: string) => {
      const res = await api('editor').post('/api/roadmap/items', { id, item: sampleItem({ status: 'done', area: 'finanzen' }) });
      if (res.status !== 201) throw new Error(`item ${id}: ${res.status}`);
      return res.body as RoadmapItem;
    };
    doneItem = await made('done-item');
    pulsedItem = await made('pulsed-item');
    const pulsed = await api('changeTeam').post(`/api/roadmap/items/${pulsedItem.id}/pulse`);
    if (pulsed.status !== 201) throw new Error(`follow-up: ${pulsed.status}`);
  });
  afterAll(async () => {
    await app?.stop();
    await entra?.stop();
  });

  const READ = { viewer: 200, editor: 200, changeTeam: 200 };
  const CHANGE_TEAM = { viewer: 403, editor: 403, changeTeam: 'ok' } as const;
  const EDITOR = { viewer: 403, editor: 'ok', changeTeam: 403 } as const;
  const etagOf = async (id: string) => (await api('viewer').get<CheckCycleSummary[]>('/api/digicheck/cycles')).body.find((c) => c.id === id)!.etag;
  let seq = 0;
  // In order: the open cycle gets its targets and is closed before a new cycle is opened (one at a time).
  const routes = (): Array<{ method: string; path: string; body?: () => unknown; headers?: () => Promise<Record<string, string>>; allowed: Record<string, number | 'ok'>; created?: boolean }> => [
    { method: 'GET', path: '/api/digicheck/questionnaire', allowed: READ },
    { method: 'GET', path: '/api/digicheck/cycles', allowed: READ },
    { method: 'GET', path: `/api/digicheck/cycles/${closedId}/results`, allowed: READ },
    { method: 'PUT', path: `/api/digicheck/cycles/${openId}/targets`, body: () => ({ targets: { ...TARGETS, people: ++seq % 2 ? 3 : 2 } }), headers: async () => ({ 'if-match': await etagOf(openId) }), allowed: CHANGE_TEAM },
    { method: 'POST', path: `/api/digicheck/cycles/${openId}/close`, allowed: CHANGE_TEAM },
    { method: 'POST', path: '/api/digicheck/cycles', body: () => ({ closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }), allowed: CHANGE_TEAM, created: true },
    { method: 'POST', path: `/api/digicheck/cycles/${closedId}/gaps`, body: () => ({ group: 'finanzen', dimension: 'strategy' }), allowed: EDITOR, created: true },
    { method: 'GET', path: `/api/roadmap/items/${pulsedItem.id}/pulse`, allowed: READ },
    { method: 'POST', path: `/api/roadmap/items/${doneItem.id}/pulse`, allowed: CHANGE_TEAM, created: true },
  ];

  it('answers each route × caller as the role model says', async () => {
    const got: string[] = [];
    const want: string[] = [];
    for (const r of routes()) {
      for (const who of CALLERS) {
        const res = await api(who).request(r.method, r.path, r.body?.(), { headers: await r.headers?.() });
        got.push(`${r.method} ${r.path} ${who} ${res.status}`);
        const allowed = who === 'anonymous' || who === 'expired' || who === 'wrongAudience' ? 401 : r.allowed[who];
        const expected = allowed === 'ok' ? (r.created ? 201 : 200) : allowed;
        want.push(`${r.method} ${r.path} ${who} ${expected}`);
      }
    }
    expect(got).toEqual(want);
  });

  it('did what the allowed callers asked, and nothing for the others', async () => {
    const cycles = (await api('viewer').get<CheckCycleSummary[]>('/api/digicheck/cycles')).body;
    // the closed one, the one closed by the change team, and the one it opened
    expect(cycles.map((c) => c.state)).toEqual(['open', 'closed', 'closed']);
    expect(cycles.find((c) => c.id === openId)?.state).toBe('closed');
    const results = (await api('viewer').get<CheckResults>(`/api/digicheck/cycles/${closedId}/results`)).body;
    const gap = results.gaps.find((g) => g.group === 'finanzen' && g.dimension === 'strategy');
    expect(gap?.linkedItems).toHaveLength(1);
    const item = (await api('viewer').get<RoadmapItem>(`/api/roadmap/items/${gap!.linkedItems[0].id}`)).body;
    expect(item.createdBy).toBe('Edda Editorin');
    expect((await api('viewer').get(`/api/roadmap/items/${doneItem.id}/pulse`)).status).toBe(200);
  });

  it('says why it refuses', async () => {
    expect((await api('anonymous').get('/api/digicheck/cycles')).body).toMatchObject({ code: 'unauthenticated' });
    expect((await api('expired').get('/api/digicheck/questionnaire')).body).toMatchObject({ code: 'invalid-token', message: 'the token has expired' });
    expect((await api('editor').post('/api/digicheck/cycles', { closesAt: new Date(Date.now() + 86_400_000).toISOString() })).body).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/"changeTeam"/) });
    expect((await api('changeTeam').post(`/api/digicheck/cycles/${closedId}/gaps`, { group: 'finanzen', dimension: 'data' })).body).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/"editor"/) });
    expect((await api('editor').post(`/api/roadmap/items/${doneItem.id}/pulse`)).body).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/"changeTeam"/) });
    // a token signed with another key is refused too
    const { generateKeyPair } = await import('jose');
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await entra.token(PEOPLE.changeTeam, {}, privateKey);
    const res = await apiClient(app, forged).post(`/api/digicheck/cycles/${closedId}/close`);
    expect(res.status).toBe(401);
  });
});
