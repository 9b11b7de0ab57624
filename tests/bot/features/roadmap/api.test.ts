import type { RoadmapConflict, RoadmapHistoryEntry, RoadmapItem, RoadmapItemList } from '../../../../bot/src/api/roadmap-contract';
import type { RunningApp } from '../../../../bot/src/main';
import { apiClient } from '../../../support/api-client';
import { startTestApp } from '../../../support/app';
import { sampleItem } from './fixtures';

describe('roadmap API (editor, against Azurite)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ DEV_ROLES: 'editor' });
  });
  afterAll(() => app.stop());

  const api = apiClient(() => app);
  let n = 0;
  const create = async (over: Parameters<typeof sampleItem>[0] = {}) => {
    const id = `t-${++n}-${Math.random().toString(36).slice(2, 7)}`;
    const res = await api.post<RoadmapItem>('/api/roadmap/items', { id, item: sampleItem(over) });
    expect(res.status).toBe(201);
    return res.body;
  };

  it('creates an item once although the request comes twice (double click)', async () => {
    const body = { id: 'double-click', item: sampleItem() };
    const [a, b] = await Promise.all([api.post('/api/roadmap/items', body), api.post('/api/roadmap/items', body)]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.etag).toBe(b.body.etag);
    const history = await api.get<RoadmapHistoryEntry[]>('/api/roadmap/items/double-click/history');
    expect(history.body.map((h) => h.kind)).toEqual(['created']);
    const again = await api.post('/api/roadmap/items', { id: 'double-click', item: sampleItem({ title: 'Other' }) });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('exists');
  });

  it('of two concurrent edits from the same version, one wins and the other gets the conflict with both versions', async () => {
    const item = await create();
    const mine = { ...sampleItem(), title: 'Titel von Editorin A' };
    const theirs = { ...sampleItem(), status: 'in-progress' as const };
    const [a, b] = await Promise.all([
      api.put(`/api/roadmap/items/${item.id}`, { etag: item.etag, item: mine }),
      api.put(`/api/roadmap/items/${item.id}`, { etag: item.etag, item: theirs }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [won, lost] = a.status === 200 ? [a, b] : [b, a];
    const conflict = lost.body as RoadmapConflict;
    expect(conflict.code).toBe('conflict');
    expect(conflict.message).toMatch(/^changed by someone else meanwhile \(Test Person, 20\d\d-.*\) — review both versions and retry$/);
    expect(conflict.current).toEqual(won.body);
    expect(conflict.yours).toEqual(won === a ? theirs : mine);
    expect(conflict.differing.sort()).toEqual(['status', 'title']);
    // Nothing silently overwritten: the stored item is the winner's, at version 2.
    const stored = await api.get<RoadmapItem>(`/api/roadmap/items/${item.id}`);
    expect(stored.body).toEqual(won.body);
    expect(stored.body.version).toBe(2);
    // The loser retries against the current etag and wins; history keeps all three versions.
    const retry = await api.put(`/api/roadmap/items/${item.id}`, { etag: conflict.current.etag, item: { ...conflict.yours, ...(won === a ? { title: mine.title } : { status: 'in-progress' }) } });
    expect(retry.status).toBe(200);
    const history = await api.get<RoadmapHistoryEntry[]>(`/api/roadmap/items/${item.id}/history`);
    expect(history.body.map((h) => [h.version, h.kind, h.by])).toEqual([[3, 'changed', 'Test Person'], [2, 'changed', 'Test Person'], [1, 'created', 'Test Person']]);
  });

  it('records who changed what and when, field by field', async () => {
    const item = await create();
    const moved = await api.patch<RoadmapItem>(`/api/roadmap/items/${item.id}`, { etag: item.etag, changes: { halfYear: undefined, start: '2025-02-01', end: '2026-01-31' } });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ start: '2025-02-01', end: '2026-01-31', halfYears: ['2025-H1', '2025-H2', '2026-H1'] });
    expect(moved.body.halfYear).toBeUndefined();
    const decided = await api.patch<RoadmapItem>(`/api/roadmap/items/${item.id}`, { etag: moved.body.etag, changes: { decisions: [{ ...item.decisions[0], state: 'decided', note: 'Ratsbeschluss 2024/117' }] } });
    expect(decided.body.decisionNeeded).toBe(false);
    const [latest, move] = (await api.get<RoadmapHistoryEntry[]>(`/api/roadmap/items/${item.id}/history`)).body;
    expect(latest.changes).toEqual([{ field: 'decisions', before: item.decisions, after: [{ ...item.decisions[0], state: 'decided', note: 'Ratsbeschluss 2024/117' }] }]);
    expect(move.changes).toEqual([
      { field: 'halfYear', before: '2025-H1' },
      { field: 'start', after: '2025-02-01' },
      { field: 'end', after: '2026-01-31' },
    ]);
    expect(Date.parse(move.at)).toBeLessThanOrEqual(Date.parse(latest.at));
  });

  it('answers the same save again with the stored item, not a conflict, and adds no history', async () => {
    const item = await create();
    const body = { etag: item.etag, item: sampleItem({ owner: 'Frau Beispiel' }) };
    const first = await api.put(`/api/roadmap/items/${item.id}`, body);
    const second = await api.put(`/api/roadmap/items/${item.id}`, body);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.body.version).toBe(2);
    expect((await api.get<RoadmapHistoryEntry[]>(`/api/roadmap/items/${item.id}/history`)).body).toHaveLength(2);
  });

  it('refuses bad input with a 400 naming each problem, and stores nothing', async () => {
    const before = (await api.get<RoadmapItemList>('/api/roadmap/items')).body.items.length;
    const cases: Array<[unknown, string]> = [
      ['{not json', ''],
      [{ id: 'Bad Id', item: sampleItem() }, 'id: ids are 1–40 lower-case letters, digits or dashes'],
      [{ id: 'x1' }, 'item: Required'],
      [{ id: 'x2', item: sampleItem({ area: 'mars' }) }, 'item.area: unknown area "mars"'],
      [{ id: 'x3', item: sampleItem({ title: '' }) }, 'item.title: must not be empty'],
      [{ id: 'x4', item: sampleItem({ dependsOn: ['nowhere'] }) }, 'item.dependsOn: no such item: nowhere'],
      [{ id: 'x5', item: sampleItem({ dependsOn: ['x5'] }) }, 'item.dependsOn: an item cannot depend on itself'],
    ];
    for (const [body, message] of cases) {
      const res = await api.post('/api/roadmap/items', body);
      expect(res.status).toBe(400);
      if (message) expect(res.body.message).toContain(message);
    }
    expect((await api.get<RoadmapItemList>('/api/roadmap/items')).body.items.length).toBe(before);
    const item = await create();
    const noEtag = await api.put(`/api/roadmap/items/${item.id}`, { item: sampleItem() });
    expect(noEtag.body.message).toContain('etag: required: the etag the item was read with');
    const unknownField = await api.patch(`/api/roadmap/items/${item.id}`, { etag: item.etag, changes: { colour: 'red' } });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.message).toContain("Unrecognized key(s) in object: 'colour'");
    expect((await api.put('/api/roadmap/items/nope', { etag: 'x', item: sampleItem() })).status).toBe(404);
    expect((await api.get('/api/roadmap/items?status=finished')).body.message).toContain('status: unknown "finished"');
  });

  it('clears an optional field with null in a PATCH, and checks every value of a repeated filter', async () => {
    const item = await create();
    const res = await api.patch<RoadmapItem>(`/api/roadmap/items/${item.id}`, { etag: item.etag, changes: { investment: null } });
    expect(res.status).toBe(200);
    expect(res.body.investment).toBeUndefined();
    const moved = await api.patch<RoadmapItem>(`/api/roadmap/items/${item.id}`, { etag: res.body.etag, changes: { halfYear: null, start: '2026-01-01', end: '2026-12-31' } });
    expect(moved.body).toMatchObject({ start: '2026-01-01', halfYears: ['2026-H1', '2026-H2'] });
    expect((await api.get('/api/roadmap/items?status=done&status=bogus')).status).toBe(400);
  });

  it('refuses a dependency that would make a circle', async () => {
    const a = await create();
    const b = await create({ dependsOn: [a.id] });
    const res = await api.patch(`/api/roadmap/items/${a.id}`, { etag: a.etag, changes: { dependsOn: [b.id] } });
    expect(res.status).toBe(400);
    expect(res.body.message).toBe(`item.dependsOn: this would make a circle: ${a.id} → ${b.id} → ${a.id}`);
  });

  it('filters by area, status, half-year and open decision', async () => {
    const x = await create({ area: 'finanzen', halfYear: '2029-H2', status: 'delayed', decisions: [] });
    const list = async (q: string) => (await api.get<RoadmapItemList>(`/api/roadmap/items?${q}`)).body.items.map((i) => i.id);
    expect(await list('area=finanzen&halfYear=2029-H2')).toEqual([x.id]);
    expect(await list('status=delayed')).toContain(x.id);
    expect(await list('decisionNeeded=false&area=finanzen')).toContain(x.id);
    expect(await list('decisionNeeded=true')).not.toContain(x.id);
    expect(await list('area=buergerservice')).not.toContain(x.id);
  });

  it('exports CSV and iCalendar (milestones and decision dates, all-day, stable UIDs)', async () => {
    const item = await create({ area: 'zentrale-dienste', title: 'Mobiles Arbeiten; "Pilot"' });
    const csv = await api.get('/api/roadmap/export.csv?area=zentrale-dienste&lang=en');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\n');
    expect(lines[0]).toMatch(/^ID,Title,Area,Status,Half-year/);
    expect(lines.find((l) => l.startsWith(item.id))).toContain('"Mobiles Arbeiten; ""Pilot""",Central services,planned,2025-H1');
    const ics = await api.get('/api/roadmap/export.ics?area=zentrale-dienste');
    expect(ics.headers.get('content-type')).toMatch(/^text\/calendar/);
    const unfolded = ics.text.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain(`UID:${item.id}.m.pilot@digipuls.local`);
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20250301');
    expect(unfolded).toContain('DTEND;VALUE=DATE:20250302');
    expect(unfolded).toContain(`UID:${item.id}.d.budget@digipuls.local`);
    expect(unfolded).toContain('SUMMARY:Entscheidung fällig: Mittelfreigabe – Gemeinderat (Mobiles Arbeiten\\; "Pilot")'); // RFC 5545 escapes ';'
    expect(ics.text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
  });

  it('lists the configured areas, departments first, and says they are an example', async () => {
    const res = await api.get('/api/roadmap/areas');
    expect(res.body.example).toBe(true);
    expect(res.body.areas[0]).toEqual({ id: 'buergermeister', de: 'Bürgermeisterbüro', en: "Mayor's office", kind: 'department' });
    expect(res.body.areas.some((a: { kind: string }) => a.kind === 'cross-cutting')).toBe(true);
  });
});
