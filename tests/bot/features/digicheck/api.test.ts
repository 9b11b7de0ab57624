import type { CheckCycleSummary, CheckGapResponse, CheckResults, CheckTargets } from '../../../../bot/src/api/digicheck-contract';
import type { RoundSummary } from '../../../../bot/src/api/contract';
import type { RoadmapFollowUpPulse, RoadmapItem, RoadmapItemInput, RoadmapItemList } from '../../../../bot/src/api/roadmap-contract';
import type { RunningApp } from '../../../../bot/src/main';
import { apiClient } from '../../../support/api-client';
import { startTestApp } from '../../../support/app';
import { simulateColleagues } from '../../../support/digicheck';
import { sampleItem } from '../roadmap/fixtures';

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const TARGETS: CheckTargets = { strategy: 3, readiness: 2.5, people: 2.5, data: 3.5, interoperability: 2.5, sustainability: 2.5 };

describe('DigiCheck API (change team + editor, against Azurite)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ DEV_ROLES: 'viewer,changeTeam,editor' });
  });
  afterAll(() => app.stop());

  const api = apiClient(() => app);
  const cycles = async () => (await api.get<CheckCycleSummary[]>('/api/digicheck/cycles')).body;
  const items = async () => (await api.get<RoadmapItemList>('/api/roadmap/items')).body.items;

  /** The open cycle the tests answer, close and turn into roadmap items. */
  let cycle: CheckCycleSummary;
  /** A cycle far in the future, still scheduled. */
  let scheduled: CheckCycleSummary;

  describe('cycles', () => {
    // One instant for "equal": two calls of inDays(3) can lie a millisecond apart.
    const sameTime = inDays(3);
    it.each<[string, unknown, string]>([
      ['missing closesAt', {}, 'closesAt: closesAt is required'],
      ['closesAt not a date-time', { closesAt: 'Freitag' }, 'closesAt: closesAt must be an ISO date-time'],
      ['closesAt before opensAt', { opensAt: inDays(3), closesAt: inDays(2) }, 'closesAt: must be after opensAt'],
      ['closesAt equal to opensAt', { opensAt: sameTime, closesAt: sameTime }, 'closesAt: must be after opensAt'],
      ['opensAt in the past', { opensAt: inDays(-1), closesAt: inDays(5) }, 'opensAt: must not lie in the past'],
      ['longer than 120 days', { closesAt: inDays(121) }, 'closesAt: a cycle runs at most 120 days'],
      ['longer than 120 days from a later opening', { opensAt: inDays(10), closesAt: inDays(131) }, 'closesAt: a cycle runs at most 120 days'],
      ['a target of 5', { closesAt: inDays(7), targets: { strategy: 5 } }, 'targets.strategy: targets are 0–4'],
      ['a target of 1.3', { closesAt: inDays(7), targets: { data: 1.3 } }, 'targets.data: targets go in steps of 0.5'],
      ['an unknown dimension', { closesAt: inDays(7), targets: { culture: 2 } }, "targets: Unrecognized key(s) in object: 'culture'"],
      ['an unknown key', { closesAt: inDays(7), colour: 'red' }, "Unrecognized key(s) in object: 'colour'"],
      ['an array', [{ closesAt: inDays(7) }], 'Expected object, received array'],
    ])('refuses %s with 400 "invalid" naming the field, and creates nothing', async (_what, body, message) => {
      const before = await cycles();
      const res = await api.post('/api/digicheck/cycles', body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('invalid');
      expect(res.body.message).toContain(message);
      expect(await cycles()).toEqual(before);
    });

    it('refuses a body that is no JSON, and creates nothing', async () => {
      const before = await cycles();
      const res = await api.post('/api/digicheck/cycles', '{"closesAt": ');
      expect(res.status).toBe(400);
      expect(await cycles()).toEqual(before);
    });

    it('opens a cycle now (201, state open, targets filled with 2.5)', async () => {
      const res = await api.post<CheckCycleSummary>('/api/digicheck/cycles', { closesAt: inDays(7), targets: { data: 3.5 } });
      expect(res.status).toBe(201);
      cycle = res.body;
      expect(cycle).toMatchObject({ state: 'open', targets: { ...TARGETS, strategy: 2.5 } });
      expect(cycle.etag).toEqual(expect.any(String));
      expect(cycle.respondents).toBeUndefined();
      expect((await cycles()).map((c) => c.id)).toEqual([cycle.id]);
    });

    it('schedules a cycle that opens later; closing it is refused with 409', async () => {
      const res = await api.post<CheckCycleSummary>('/api/digicheck/cycles', { opensAt: inDays(200), closesAt: inDays(210) });
      expect(res.status).toBe(201);
      scheduled = res.body;
      expect(scheduled.state).toBe('scheduled');
      const close = await api.post(`/api/digicheck/cycles/${scheduled.id}/close`);
      expect(close.status).toBe(409);
      expect(close.body.code).toBe('not-open');
      expect((await cycles()).find((c) => c.id === scheduled.id)?.state).toBe('scheduled');
      // newest first
      expect((await cycles()).map((c) => c.id)).toEqual([scheduled.id, cycle.id]);
    });

    it('closing an unknown cycle is 404', async () => {
      const res = await api.post('/api/digicheck/cycles/20990101-000000/close');
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('not-found');
    });
  });

  describe('targets (If-Match)', () => {
    const put = (id: string, targets: unknown, etag?: string) => api.put(`/api/digicheck/cycles/${id}/targets`, { targets }, { headers: etag ? { 'if-match': etag } : {} });

    it('without If-Match: 400, nothing changed', async () => {
      const res = await put(cycle.id, { ...TARGETS, strategy: 2 });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'invalid', message: expect.stringContaining('If-Match') });
      expect((await cycles()).find((c) => c.id === cycle.id)?.targets).toEqual(cycle.targets);
    });

    it('with the right etag: 200 and a new etag; the old etag is then stale: 409 with the current values', async () => {
      const first = await put(cycle.id, { ...TARGETS, strategy: 2 }, cycle.etag);
      expect(first.status).toBe(200);
      expect(first.body.targets).toEqual({ ...TARGETS, strategy: 2 });
      expect(first.body.etag).not.toBe(cycle.etag);
      const stale = await put(cycle.id, { ...TARGETS, strategy: 4 }, cycle.etag);
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ code: 'conflict', current: { id: cycle.id, etag: first.body.etag, targets: { ...TARGETS, strategy: 2 } } });
      expect((await cycles()).find((c) => c.id === cycle.id)?.targets).toEqual({ ...TARGETS, strategy: 2 });
      const second = await put(cycle.id, TARGETS, stale.body.current.etag);
      expect(second.status).toBe(200);
      expect((await cycles()).find((c) => c.id === cycle.id)).toMatchObject({ targets: TARGETS, etag: second.body.etag });
      cycle = second.body;
    });

    it('refuses invalid targets (field named) and an unknown cycle', async () => {
      const bad = await put(cycle.id, { ...TARGETS, strategy: 5 }, cycle.etag);
      expect(bad.status).toBe(400);
      expect(bad.body.message).toContain('targets.strategy: targets are 0–4');
      const partial = await put(cycle.id, { strategy: 3 }, cycle.etag);
      expect(partial.status).toBe(400);
      expect(partial.body.message).toContain('targets.readiness: Required');
      expect((await put('20990101-000000', TARGETS, cycle.etag)).status).toBe(404);
      expect((await cycles()).find((c) => c.id === cycle.id)?.etag).toBe(cycle.etag);
    });
  });

  describe('results', () => {
    it('of an open or scheduled cycle: 403 "cycle-open"; of an unknown one: 404', async () => {
      for (const id of [cycle.id, scheduled.id]) {
        const res = await api.get(`/api/digicheck/cycles/${id}/results`);
        expect(res.status).toBe(403);
        expect(res.body.code).toBe('cycle-open');
      }
      const unknown = await api.get('/api/digicheck/cycles/20990101-000000/results');
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('not-found');
    });

    it('gaps of a cycle that is not closed cannot become items (409)', async () => {
      const res = await api.post(`/api/digicheck/cycles/${cycle.id}/gaps`, { group: 'finanzen', dimension: 'strategy' });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('cycle-open');
    });

    it('after closing: departments above the threshold with their gaps', async () => {
      await simulateColleagues(app, cycle.id, 6, 'finanzen', () => 1);
      await simulateColleagues(app, cycle.id, 7, 'buergerservice', () => 3);
      await simulateColleagues(app, cycle.id, 3, 'bauen-umwelt', () => 0);
      await simulateColleagues(app, cycle.id, 2, 'bildung-soziales', () => 0);
      const closed = await api.post<CheckCycleSummary>(`/api/digicheck/cycles/${cycle.id}/close`);
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ state: 'closed', respondents: 18 });
      const res = await api.get<CheckResults>(`/api/digicheck/cycles/${cycle.id}/results`);
      expect(res.status).toBe(200);
      const byDept = Object.fromEntries(res.body.departments.map((d) => [d.department, d.result?.respondents ?? null]));
      expect(byDept).toMatchObject({ finanzen: 6, buergerservice: 7, 'bauen-umwelt': null, 'bildung-soziales': null });
      expect(res.body.whole?.respondents).toBe(18);
      const gaps = res.body.gaps.map((g) => `${g.group}/${g.dimension}`);
      expect(gaps).toContain('finanzen/strategy');
      expect(gaps).toContain('buergerservice/data');
      expect(gaps).not.toContain('buergerservice/strategy'); // 3 = target
      expect(gaps).not.toContain('buergerservice/readiness'); // 3 > 2.5
      expect(res.body.gaps.every((g) => g.linkedItems.length === 0)).toBe(true);
      // closing again is harmless
      expect((await api.post(`/api/digicheck/cycles/${cycle.id}/close`)).body).toMatchObject({ state: 'closed', respondents: 18 });
    });
  });

  describe('gap → roadmap item', () => {
    const gapsPath = () => `/api/digicheck/cycles/${cycle.id}/gaps`;
    let itemId: string;

    it('turns a shown gap into a proposed roadmap item of the department, with its origin (201)', async () => {
      const res = await api.post<CheckGapResponse>(gapsPath(), { group: 'finanzen', dimension: 'strategy' });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ created: true, item: { status: 'proposed', title: expect.any(String) } });
      itemId = res.body.item.id;
      const item = await api.get<RoadmapItem>(`/api/roadmap/items/${itemId}`);
      expect(item.status).toBe(200);
      expect(item.body).toMatchObject({ status: 'proposed', area: 'finanzen', createdBy: 'Test Person' });
      expect(item.body.origin).toEqual({ kind: 'digicheck', cycleId: cycle.id, group: 'finanzen', dimension: 'strategy', target: 3, level: 1 });
      expect(item.body.title).toBe(res.body.item.title);
    });

    it('repeating it answers the same item (200) and makes no second one', async () => {
      const again = await api.post<CheckGapResponse>(gapsPath(), { group: 'finanzen', dimension: 'strategy' });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ created: false, item: { id: itemId } });
      const made = (await items()).filter((i) => i.origin?.cycleId === cycle.id && i.origin.group === 'finanzen' && i.origin.dimension === 'strategy');
      expect(made.map((i) => i.id)).toEqual([itemId]);
    });

    it('a concurrent double request makes exactly one item', async () => {
      const before = (await items()).length;
      const body = { group: 'finanzen', dimension: 'data' };
      const [a, b] = await Promise.all([api.post<CheckGapResponse>(gapsPath(), body), api.post<CheckGapResponse>(gapsPath(), body)]);
      expect([a.status, b.status].sort()).toEqual([200, 201]);
      expect(a.body.item.id).toBe(b.body.item.id);
      expect((await items()).length).toBe(before + 1);
      const results = (await api.get<CheckResults>(`/api/digicheck/cycles/${cycle.id}/results`)).body;
      expect(results.gaps.find((g) => g.group === 'finanzen' && g.dimension === 'data')?.linkedItems).toEqual([{ id: a.body.item.id, title: a.body.item.title, status: 'proposed' }]);
    });

    it('a whole-administration gap goes to the first cross-cutting area', async () => {
      const res = await api.post<CheckGapResponse>(gapsPath(), { group: 'all', dimension: 'people' });
      expect(res.status).toBe(201);
      const item = (await api.get<RoadmapItem>(`/api/roadmap/items/${res.body.item.id}`)).body;
      expect(item).toMatchObject({ area: 'it-arbeitsplatz', status: 'proposed', origin: { group: 'all', dimension: 'people', level: 1.5, target: 2.5 } });
    });

    it('the results list the linked item in that gap', async () => {
      const results = (await api.get<CheckResults>(`/api/digicheck/cycles/${cycle.id}/results`)).body;
      const gap = results.gaps.find((g) => g.group === 'finanzen' && g.dimension === 'strategy');
      expect(gap?.linkedItems).toEqual([{ id: itemId, title: expect.any(String), status: 'proposed' }]);
      expect(results.gaps.find((g) => g.group === 'finanzen' && g.dimension === 'people')?.linkedItems).toEqual([]);
    });

    it.each<[string, Record<string, unknown>]>([
      ['a dimension above its target', { group: 'buergerservice', dimension: 'readiness' }],
      ['a dimension at its target', { group: 'buergerservice', dimension: 'strategy' }],
      ['a hidden department', { group: 'bauen-umwelt', dimension: 'strategy' }],
      ['an unknown dimension', { group: 'finanzen', dimension: 'culture' }],
      ['an unknown group', { group: 'mars', dimension: 'strategy' }],
    ])('refuses %s with 400 "not-a-gap" and makes no item', async (_what, body) => {
      const before = (await items()).length;
      const res = await api.post(gapsPath(), body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('not-a-gap');
      expect((await items()).length).toBe(before);
    });

    it('refuses a request without group or dimension (400), and an unknown cycle (404)', async () => {
      expect((await api.post(gapsPath(), { group: 'finanzen' })).body).toMatchObject({ code: 'invalid' });
      expect((await api.post(gapsPath(), { group: 'finanzen', dimension: 3 })).status).toBe(400);
      expect((await api.post('/api/digicheck/cycles/20990101-000000/gaps', { group: 'finanzen', dimension: 'strategy' })).status).toBe(404);
    });

    it('an editor editing the item without `origin` keeps the origin', async () => {
      const item = (await api.get<RoadmapItem>(`/api/roadmap/items/${itemId}`)).body;
      const { origin, ...rest } = item;
      const input: RoadmapItemInput = {
        title: rest.title,
        description: rest.description,
        area: rest.area,
        ...(rest.halfYear ? { halfYear: rest.halfYear } : { start: rest.start, end: rest.end }),
        status: 'planned',
        owner: 'Fachbereichsleitung Finanzen',
        milestones: rest.milestones,
        dependsOn: rest.dependsOn,
        decisions: rest.decisions,
        services: rest.services,
      };
      const res = await api.put<RoadmapItem>(`/api/roadmap/items/${itemId}`, { etag: item.etag, item: input });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'planned', owner: 'Fachbereichsleitung Finanzen', origin });
      expect((await api.get<RoadmapItem>(`/api/roadmap/items/${itemId}`)).body.origin).toEqual(origin);
      // a PATCH keeps it too
      const patched = await api.patch<RoadmapItem>(`/api/roadmap/items/${itemId}`, { etag: res.body.etag, changes: { owner: 'Kämmerei' } });
      expect(patched.status).toBe(200);
      expect(patched.body.origin).toEqual(origin);
      // the results show the item's current status
      const results = (await api.get<CheckResults>(`/api/digicheck/cycles/${cycle.id}/results`)).body;
      expect(results.gaps.find((g) => g.group === 'finanzen' && g.dimension === 'strategy')?.linkedItems).toEqual([{ id: itemId, title: item.title, status: 'planned' }]);
      // asking for the gap again answers the (edited) item, without a new one
      const again = await api.post<CheckGapResponse>(gapsPath(), { group: 'finanzen', dimension: 'strategy' });
      expect(again.status).toBe(200);
      expect(again.body.item).toEqual({ id: itemId, title: item.title, status: 'planned' });
    });
  });

  describe('follow-up pulse (milestone → pulse)', () => {
    let n = 0;
    const create = async (over: Partial<RoadmapItemInput>) => {
      const res = await api.post<RoadmapItem>('/api/roadmap/items', { id: `fu-${++n}-${Math.random().toString(36).slice(2, 7)}`, item: sampleItem(over) });
      expect(res.status).toBe(201);
      return res.body;
    };
    const rounds = async () => (await api.get<RoundSummary[]>('/api/pulse/rounds')).body;

    it('is refused for an item that is not done (409 "not-done"), and makes nothing', async () => {
      const item = await create({ status: 'planned' });
      const before = (await rounds()).length;
      const res = await api.post(`/api/roadmap/items/${item.id}/pulse`);
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('not-done');
      expect(res.body.message).toContain('planned');
      expect((await rounds()).length).toBe(before);
      expect((await api.get(`/api/roadmap/items/${item.id}/pulse`)).status).toBe(404);
    });

    it('for a done item of a department: 201, a round for that department; repeating: 200, the same round', async () => {
      const item = await create({ status: 'done', area: 'finanzen', title: 'Digitale Rechnungseingangsbearbeitung' });
      const none = await api.get(`/api/roadmap/items/${item.id}/pulse`);
      expect(none.status).toBe(404);
      expect(none.body.code).toBe('not-found');
      const before = (await rounds()).length;
      const res = await api.post<RoadmapFollowUpPulse>(`/api/roadmap/items/${item.id}/pulse`);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ created: true, departments: ['finanzen'], roundId: expect.any(String), surveyId: expect.any(String) });
      expect(Date.parse(res.body.closesAt) - Date.parse(res.body.opensAt)).toBe(14 * DAY);
      const again = await api.post<RoadmapFollowUpPulse>(`/api/roadmap/items/${item.id}/pulse`);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ created: false, roundId: res.body.roundId, surveyId: res.body.surveyId });
      const got = await api.get<RoadmapFollowUpPulse>(`/api/roadmap/items/${item.id}/pulse`);
      expect(got.status).toBe(200);
      expect(got.body).toMatchObject({ roundId: res.body.roundId, departments: ['finanzen'] });
      const after = await rounds();
      expect(after.length).toBe(before + 1);
      const round = after.find((r) => r.id === res.body.roundId);
      expect(round).toMatchObject({ departments: ['finanzen'], surveyId: res.body.surveyId, state: 'open' });
      expect(round!.title.de).toContain(item.title);
      expect(round!.title.en).toContain(item.title);
    });

    it('for a done item of a cross-cutting area: a round for everyone (departments [])', async () => {
      const item = await create({ status: 'done', area: 'it-arbeitsplatz', title: 'Neue Telefonanlage' });
      const res = await api.post<RoadmapFollowUpPulse>(`/api/roadmap/items/${item.id}/pulse`);
      expect(res.status).toBe(201);
      expect(res.body.departments).toEqual([]);
      expect((await rounds()).find((r) => r.id === res.body.roundId)?.title.de).toContain('Neue Telefonanlage');
    });

    it('a concurrent double request makes one round', async () => {
      const item = await create({ status: 'done', area: 'buergerservice', title: 'Online-Terminvergabe' });
      const before = (await rounds()).length;
      const [a, b] = await Promise.all([api.post<RoadmapFollowUpPulse>(`/api/roadmap/items/${item.id}/pulse`), api.post<RoadmapFollowUpPulse>(`/api/roadmap/items/${item.id}/pulse`)]);
      expect([a.status, b.status].sort()).toEqual([200, 201]);
      expect(a.body.roundId).toBe(b.body.roundId);
      const after = await rounds();
      expect(after.length).toBe(before + 1);
      expect(after.filter((r) => r.title.de.includes('Online-Terminvergabe')).map((r) => r.id)).toEqual([a.body.roundId]);
    });

    it('an unknown item is 404 for both routes', async () => {
      expect((await api.post('/api/roadmap/items/no-such-item/pulse')).status).toBe(404);
      expect((await api.get('/api/roadmap/items/no-such-item/pulse')).status).toBe(404);
    });
  });

  // Last, because when it fails it leaves two open cycles behind.
  describe('one cycle at a time', () => {
    it('a concurrent double request (double click on "open cycle") opens one cycle; the other gets 409 "overlap"', async () => {
      const open = async () => (await cycles()).filter((c) => c.state === 'open' || c.state === 'scheduled');
      expect((await open()).map((c) => c.id)).toEqual([scheduled.id]);
      const body = { closesAt: inDays(7) };
      const [a, b] = await Promise.all([api.post('/api/digicheck/cycles', body), api.post('/api/digicheck/cycles', body)]);
      // The slot row's ETag serialises creations (this answered 201 twice before the slot existed).
      expect([a.status, b.status].sort()).toEqual([201, 409]);
      expect((await open()).length).toBe(2); // the scheduled one and one new open cycle
    });
  });
});
