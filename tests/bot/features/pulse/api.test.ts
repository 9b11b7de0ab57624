import type { RoundResults, RoundSummary, Trend } from '../../../../bot/src/api/contract';
import { CHANGE_READINESS_PULSE as S } from '../../../../bot/src/features/pulse/default-survey';
import { roundsFor, type Round } from '../../../../bot/src/features/pulse/round';
import { RoundsStore } from '../../../../bot/src/features/pulse/rounds-store';
import { SubmissionsStore } from '../../../../bot/src/features/pulse/submissions-store';
import { Tables } from '../../../../bot/src/storage/tables';
import { startTestApp, type TestApp } from '../../../support/app';

const DAY = 86_400_000;
const answers = (awareness: number) => ({ awareness, desire: 4, knowledge: 3, ability: 2, reinforcement: 4, appropriateness: 5, 'management-support': 4, efficacy: 4, 'personal-benefit': 3, enps: 9 });

describe('pulse results API', () => {
  let app: TestApp;
  let closed: Round[];
  let open: Round;
  const get = (path: string) => fetch(`${app.url}${path}`);

  beforeAll(async () => {
    app = await startTestApp();
    const tables = new Tables(app.storageConnectionString, app.config.tablePrefix);
    const rounds = new RoundsStore(tables);
    const submissions = new SubmissionsStore(tables);
    const now = Date.now();
    closed = [
      roundsFor({ surveyId: 'x', opensAt: new Date(now - 40 * DAY).toISOString(), closesAt: new Date(now - 30 * DAY).toISOString(), departments: [] }, S)[0],
      roundsFor({ surveyId: 'x', opensAt: new Date(now - 12 * DAY).toISOString(), closesAt: new Date(now - 2 * DAY).toISOString(), departments: [] }, S)[0],
    ];
    [open] = roundsFor({ surveyId: 'x', opensAt: new Date(now - DAY).toISOString(), closesAt: new Date(now + DAY).toISOString(), departments: [] }, S);
    for (const r of [...closed, open]) await rounds.create(r);
    const depts = [...Array(8).fill('finanzen'), ...Array(4).fill('zentrale-dienste'), 'buergerservice', 'buergerservice'];
    for (const [k, r] of closed.entries()) {
      for (const [i, d] of depts.entries()) {
        await submissions.submit(r.id, `person-${i}`, d, { roundId: r.id, answers: { ...answers(k === 0 ? 3 : 4), comment: `Anmerkung ${i}` } });
      }
    }
    await submissions.submit(open.id, 'person-1', 'finanzen', { roundId: open.id, answers: answers(5) });
    // The scheduler seals the closed rounds: only then are their results published (final).
    await app.scheduler.tick('pulse');
  });
  afterAll(() => app.stop());

  it('lists rounds newest first with state and participation only (a viewer sees no live count of an open round)', async () => {
    const list = (await (await get('/api/pulse/rounds')).json()) as RoundSummary[];
    expect(list.map((r) => r.id)).toEqual([open.id, closed[1].id, closed[0].id]);
    expect(list[0]).toMatchObject({ state: 'open', participation: null });
    expect(list[1]).toMatchObject({ state: 'closed', participation: 14 });
  });

  it('serves a closed round’s results after threshold and complementary suppression', async () => {
    const res = await get(`/api/pulse/rounds/${closed[1].id}/results`);
    expect(res.status).toBe(200);
    const r = (await res.json()) as RoundResults;
    expect(r.total?.ballots).toBe(14);
    const byId = Object.fromEntries(r.departments.map((d) => [d.id, d]));
    expect(byId.finanzen.shown).toBe(true);
    expect(byId['zentrale-dienste'].shown).toBe(false); // 4 < 5
    expect(byId.buergerservice.shown).toBe(false); // 2 < 5
    expect(r.comments).toHaveLength(14);
  });

  it('refuses an open round’s results (403) and an unknown round (404) with a clear message', async () => {
    const openRes = await get(`/api/pulse/rounds/${open.id}/results`);
    expect(openRes.status).toBe(403);
    expect(await openRes.json()).toMatchObject({ code: 'round-open' });
    const unknown = await get('/api/pulse/rounds/nope/results');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { message: string }).message).toMatch(/no round/);
  });

  it('exports CSV without any id of a person', async () => {
    const res = await get(`/api/pulse/rounds/${closed[1].id}/results.csv?lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await res.text();
    expect(text).toContain('Whole administration');
    expect(text).not.toMatch(/person-\d/);
  });

  it('gives the trend across closed rounds of the survey', async () => {
    const t = (await (await get('/api/pulse/trend?surveyId=change-readiness')).json()) as Trend;
    expect(t.points.map((p) => p.means.awareness)).toEqual([3, 4]);
    expect((await get('/api/pulse/trend')).status).toBe(400);
  });
});
