import { CHANGE_READINESS_PULSE as S } from '../../../../bot/src/features/pulse/default-survey';
import { roundsFor, type Round } from '../../../../bot/src/features/pulse/round';
import { RoundsStore } from '../../../../bot/src/features/pulse/rounds-store';
import { Tables } from '../../../../bot/src/storage/tables';
import { apiClient } from '../../../support/api-client';
import { startTestApp, type TestApp } from '../../../support/app';
import { FakeEntra } from '../../../support/entra';

const DAY = 86_400_000;
const VIEWER = '11111111-1111-4111-8111-111111111111';
const CHANGE_TEAM_GROUP = '22222222-2222-4222-8222-222222222222';
const MEMBER = '33333333-3333-4333-8333-333333333333';

describe('pulse API: every route checks sign-in and role (Teams SSO tokens)', () => {
  let app: TestApp;
  let entra: FakeEntra;
  let closed: Round;
  let open: Round;
  const tokens: Record<string, string | undefined> = {};

  beforeAll(async () => {
    entra = await new FakeEntra().start();
    app = await startTestApp({
      ...entra.ssoEnv(),
      ROLES: JSON.stringify({ changeTeam: [CHANGE_TEAM_GROUP] }),
    });
    const rounds = new RoundsStore(new Tables(app.storageConnectionString, app.config.tablePrefix));
    const now = Date.now();
    [closed] = roundsFor({ surveyId: 'x', opensAt: new Date(now - 10 * DAY).toISOString(), closesAt: new Date(now - DAY).toISOString(), departments: [] }, S);
    [open] = roundsFor({ surveyId: 'x', opensAt: new Date(now - DAY).toISOString(), closesAt: new Date(now + DAY).toISOString(), departments: [] }, S);
    await rounds.create(closed);
    await rounds.create(open);
    // Results exist only for a final (sealed) round: seal the closed one as the scheduler would.
    await app.scheduler.tick('pulse');
    tokens.anonymous = undefined;
    tokens.viewer = await entra.token(VIEWER);
    tokens.changeTeam = await entra.token(MEMBER, { groups: [CHANGE_TEAM_GROUP] });
    tokens.expired = await entra.token(VIEWER, { exp: Math.floor(Date.now() / 1000) - 300 });
  });
  afterAll(async () => {
    await app.stop();
    await entra.stop();
  });

  /** The API as `who` (with their token; none for anonymous). */
  const api = (who: string) => apiClient(app, tokens[who]);

  const inFuture = (days: number) => new Date(Date.now() + days * DAY).toISOString();
  const routes = () => [
    { method: 'GET', path: '/api/pulse/rounds', allowed: { viewer: 200, changeTeam: 200 } },
    { method: 'GET', path: `/api/pulse/rounds/${closed.id}/results`, allowed: { viewer: 200, changeTeam: 200 } },
    // No interim figures for anyone, the change team included (trust 9).
    { method: 'GET', path: `/api/pulse/rounds/${open.id}/results`, allowed: { viewer: 403, changeTeam: 403 } },
    { method: 'GET', path: `/api/pulse/rounds/${closed.id}/results.csv`, allowed: { viewer: 200, changeTeam: 200 } },
    { method: 'GET', path: '/api/pulse/trend?surveyId=change-readiness', allowed: { viewer: 200, changeTeam: 200 } },
    { method: 'GET', path: '/api/pulse/surveys', allowed: { viewer: 403, changeTeam: 200 } },
    { method: 'POST', path: '/api/pulse/rounds', body: { surveyId: 'change-readiness', opensAt: inFuture(1), closesAt: inFuture(8) }, allowed: { viewer: 403, changeTeam: 201 } },
    { method: 'POST', path: '/api/pulse/surveys', body: { ...S, id: `own-${Math.random().toString(36).slice(2, 8)}` }, allowed: { viewer: 403, changeTeam: 201 } },
  ];

  it('answers each route × caller as the role model says (401 without or with an expired token)', async () => {
    const got: string[] = [];
    const want: string[] = [];
    for (const r of routes()) {
      for (const who of ['anonymous', 'expired', 'viewer', 'changeTeam'] as const) {
        const res = await api(who).request(r.method, r.path, who === 'changeTeam' ? r.body : r.body);
        got.push(`${r.method} ${r.path} ${who} ${res.status}`);
        const expected = who === 'anonymous' || who === 'expired' ? 401 : r.allowed[who];
        want.push(`${r.method} ${r.path} ${who} ${expected}`);
      }
    }
    expect(got).toEqual(want);
  });

  it('says why: no token, invalid token, missing role', async () => {
    expect((await api('anonymous').get('/api/pulse/rounds')).body).toMatchObject({ code: 'unauthenticated', message: expect.stringMatching(/bearer token/) });
    expect((await api('expired').get('/api/pulse/rounds')).body).toMatchObject({ code: 'invalid-token', message: 'the token has expired' });
    expect((await api('viewer').get('/api/pulse/surveys')).body).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/changeTeam/) });
  });

  it.each([
    [{}, 'surveyId: surveyId is required'],
    [{ surveyId: 'change-readiness', opensAt: 'morgen', closesAt: 'später' }, 'opensAt must be an ISO date-time'],
    [{ surveyId: 'change-readiness', opensAt: '2030-01-10T08:00:00Z', closesAt: '2030-01-09T08:00:00Z' }, 'closesAt must be after opensAt'],
    [{ surveyId: 'change-readiness', opensAt: '2020-01-10T08:00:00Z', closesAt: '2020-01-20T08:00:00Z' }, 'cannot open in the past'],
    [{ surveyId: 'nope', opensAt: '2030-01-10T08:00:00Z', closesAt: '2030-01-20T08:00:00Z' }, 'no survey "nope"'],
    [{ surveyId: 'change-readiness', opensAt: '2030-01-10T08:00:00Z', closesAt: '2030-01-20T08:00:00Z', departments: ['mars'] }, 'unknown "mars"'],
    [{ surveyId: 'change-readiness', opensAt: '2030-01-10T08:00:00Z', closesAt: '2030-01-30T08:00:00Z', repeat: { everyDays: 7, count: 3 } }, 'must close before the next one opens'],
  ])('scheduling refuses %j with a clear 400', async (body, message) => {
    const res = await api('changeTeam').post('/api/pulse/rounds', body);
    expect(res.status).toBe(400);
    expect(res.body.message).toContain(message);
  });

  it('schedules a recurring round every 4 weeks and refuses an invalid or duplicate survey', async () => {
    const res = await api('changeTeam').post('/api/pulse/rounds', { surveyId: 'change-readiness', opensAt: '2030-01-07T08:00:00+01:00', closesAt: '2030-01-14T16:00:00+01:00', repeat: { everyDays: 28, count: 3 } });
    expect(res.status).toBe(201);
    const created = res.body as Array<{ opensAt: string }>;
    expect(created.map((r) => r.opensAt)).toEqual(['2030-01-07T07:00:00.000Z', '2030-02-04T07:00:00.000Z', '2030-03-04T07:00:00.000Z']);
    const bad = await api('changeTeam').post('/api/pulse/surveys', { ...S, id: 'x', questions: [] });
    expect(bad.status).toBe(400);
    // Each problem carries its path and a stable code the tab translates; the English sentence stays in `message`.
    const refused = bad.body as { message: string; errors: Array<{ path: string; code: string; params?: { min?: number } }> };
    expect(refused.message).toContain('questions: a survey needs at least one question');
    expect(refused.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'questions', code: 'too_small', params: expect.objectContaining({ min: 1 }) })]));
    expect((await api('changeTeam').post('/api/pulse/surveys', S)).status).toBe(409);
  });
});

describe('GET /api/me', () => {
  it('tells the tab who is signed in and with which roles (development identity)', async () => {
    const app = await startTestApp({ DEV_IDENTITY: 'Erika Entwicklerin', DEV_ROLES: 'changeTeam' });
    try {
      const res = await apiClient(app).get('/api/me');
      expect(res.body).toEqual({ name: 'Erika Entwicklerin', roles: ['viewer', 'changeTeam'], signIn: 'development' });
    } finally {
      await app.stop();
    }
  });

  it('answers 401 with the reason when sign-in is not configured', async () => {
    const app = await startTestApp({ DEV_IDENTITY: undefined, DEV_ROLES: undefined });
    try {
      const res = await apiClient(app).get('/api/me');
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ code: 'sign-in-not-configured' });
    } finally {
      await app.stop();
    }
  });
});
