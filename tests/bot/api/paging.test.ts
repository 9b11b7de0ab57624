import { randomUUID } from 'node:crypto';
import type { RunningApp } from '../../../bot/src/main';
import { AnnouncementStore } from '../../../bot/src/features/announcements/store';
import { DigiCheckStore } from '../../../bot/src/features/digicheck/store';
import { FeedbackStore } from '../../../bot/src/features/feedback/store';
import { Tables } from '../../../bot/src/storage/tables';
import { apiClient, type ApiResponse } from '../../support/api-client';
import { startTestApp } from '../../support/app';
import { sampleItem } from '../features/roadmap/fixtures';

jest.setTimeout(120_000);

/**
 * Every list route pages with `?limit=&cursor=`: one page at most `limit` long, the next cursor in
 * the `x-next-cursor` header, and following the cursors yields every item exactly once.
 */
describe('list routes are paginated', () => {
  let app: RunningApp;
  const HISTORY_ITEM = 'paging-history';

  const api = apiClient(() => app);
  /** The cursor of the next page (the `x-next-cursor` header), or null on the last page. */
  const next = (res: ApiResponse) => res.headers.get('x-next-cursor');
  /** Follows the cursors of a list with `limit`; returns the pages' sizes and every id in order. */
  const follow = async (path: string, limit: number, idOf: (x: any) => string, itemsOf: (body: any) => any[] = (b) => b) => {
    const sizes: number[] = [];
    const ids: string[] = [];
    let cursor: string | null = null;
    for (let n = 0; n < 100; n++) {
      const sep = path.includes('?') ? '&' : '?';
      const res = await api.get(`${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect({ path, status: res.status }).toEqual({ path, status: 200 });
      const items = itemsOf(res.body);
      sizes.push(items.length);
      ids.push(...items.map(idOf));
      cursor = next(res);
      if (!cursor) break;
    }
    return { sizes, ids };
  };

  beforeAll(async () => {
    // The set-up writes fast, one person: the per-person write limit (trust 3, rate part) is not under test here.
    app = await startTestApp({ DEV_ROLES: 'editor,changeTeam,announcer', RATE_LIMIT_BURST: '10000', RATE_LIMIT_PER_SECOND: '1000' });
    const tables = new Tables(app.storageConnectionString, app.config.tablePrefix);
    // 23 roadmap items; one of them changed 6 times (7 history entries).
    for (let i = 0; i < 22; i++) expect((await api.post('/api/roadmap/items', { id: `paging-${String(i).padStart(2, '0')}`, item: sampleItem({ title: `Vorhaben ${i}` }) })).status).toBe(201);
    let item = (await api.post('/api/roadmap/items', { id: HISTORY_ITEM, item: sampleItem() })).body;
    for (let v = 0; v < 6; v++) item = (await api.patch(`/api/roadmap/items/${HISTORY_ITEM}`, { etag: item.etag, changes: { owner: `Team ${v}` } })).body;
    // 7 announcement drafts, one with 9 failed deliveries.
    for (let i = 0; i < 7; i++) expect((await api.post('/api/announcements', { id: `paging-${i}`, announcement: { languages: 'de', audience: { allEmployees: true } } })).status).toBe(201);
    const announcements = new AnnouncementStore(tables);
    const deliveries = await announcements.addDeliveries('paging-0', Array.from({ length: 9 }, (_, i) => ({ conversationId: `a:conv-${i}`, kind: 'personal' as const, label: `personal chat …${i}` })));
    for (const d of await announcements.listDeliveries('paging-0')) await announcements.updateDelivery({ ...d, state: 'failed', status: 403, reason: 'blocked', at: '2025-01-01T00:00:00.000Z' });
    expect(deliveries).toHaveLength(9);
    // 8 pulse rounds.
    const opensAt = new Date(Date.now() + 86_400_000).toISOString();
    const closesAt = new Date(Date.now() + 8 * 86_400_000).toISOString();
    expect((await api.post('/api/pulse/rounds', { surveyId: 'change-readiness', opensAt, closesAt, repeat: { everyDays: 14, count: 8 } })).status).toBe(201);
    // 11 feedback items, 6 answered (on the board); 5 DigiCheck cycles.
    const feedback = new FeedbackStore(tables);
    for (let i = 0; i < 11; i++) {
      const id = randomUUID();
      await feedback.create({ id, text: `Idee ${i}`, mayPublish: true, lang: 'de', receivedAt: i % 2 ? '2025-01-01' : '2025-02-01' } as never);
      if (i < 6) {
        const [f] = (await feedback.list()).filter((x) => x.id === id);
        await feedback.answer(id, f.etag!, { answer: 'Danke', at: i % 3 ? '2025-03-01' : '2025-03-02' });
      }
    }
    const digicheck = new DigiCheckStore(tables);
    for (let i = 0; i < 5; i++) {
      await digicheck.createCycle({ id: `2020010${i}-00000${i}`, opensAt: `2020-01-0${i + 1}T00:00:00.000Z`, closesAt: `2020-01-0${i + 2}T00:00:00.000Z`, targets: {}, phase: 'closed', respondents: 0 } as never);
    }
  });
  afterAll(() => app.stop());

  it.each([
    ['/api/roadmap/items', 5, 23, (x: any) => x.id, (b: any) => b.items],
    ['/api/roadmap/items?area=buergerservice', 10, 23, (x: any) => x.id, (b: any) => b.items],
    [`/api/roadmap/items/${HISTORY_ITEM}/history`, 3, 7, (x: any) => String(x.version), undefined],
    ['/api/announcements', 2, 7, (x: any) => x.id, undefined],
    ['/api/announcements/paging-0/failures', 4, 9, (x: any) => x.recipient, undefined],
    ['/api/pulse/rounds', 3, 8, (x: any) => x.id, undefined],
    ['/api/feedback', 4, 11, (x: any) => x.id, undefined],
    ['/api/feedback/board', 4, 6, (x: any) => x.id, undefined],
    ['/api/digicheck/cycles', 2, 5, (x: any) => x.id, undefined],
  ])('trust 3: %s pages by limit %d and the cursors give all %d items exactly once, in the unpaged order', async (path, limit, total, idOf, itemsOf) => {
    const { sizes, ids } = await follow(path, limit, idOf, itemsOf);
    const whole = await follow(path, 1000, idOf, itemsOf);
    expect({ pages: sizes.length, biggest: Math.max(...sizes), ids: ids.length, distinct: new Set(ids).size, sameOrder: ids.join() === whole.ids.join() })
      .toEqual({ pages: Math.ceil(total / limit), biggest: limit, ids: total, distinct: total, sameOrder: true });
  });

  it('trust 3: without a limit a page holds 200; an item added between pages neither repeats nor hides another', async () => {
    const feedback = new FeedbackStore(new Tables(app.storageConnectionString, app.config.tablePrefix));
    const before = (await api.get('/api/feedback?limit=1000')).body.length;
    await Promise.all(Array.from({ length: 205 - before }, (_, i) => feedback.create({ id: randomUUID(), text: `Viel ${i}`, mayPublish: false, lang: 'de', receivedAt: '2024-06-01' } as never)));
    const first = await api.get('/api/feedback');
    expect({ size: first.body.length, next: Boolean(next(first)) }).toEqual({ size: 200, next: true });
    // A newer item arrives meanwhile (it sorts before the cursor): the rest still comes once, nothing twice.
    await feedback.create({ id: randomUUID(), text: 'Neu', mayPublish: false, lang: 'de', receivedAt: '2099-01-01' } as never);
    const second = await api.get(`/api/feedback?cursor=${next(first)}`);
    expect({ size: second.body.length, next: next(second), overlap: second.body.filter((x: any) => first.body.some((y: any) => y.id === x.id)).length }).toEqual({ size: 5, next: null, overlap: 0 });
  });

  it('trust 3: a bad limit or cursor answers 400 with a clear message', async () => {
    const first = await api.get('/api/roadmap/items?limit=5');
    expect(next(first)).toBeTruthy();
    const cases: Array<[string, RegExp]> = [
      ['/api/roadmap/items?limit=0', /limit: a whole number from 1 to 1000/],
      ['/api/roadmap/items?limit=1001', /limit: a whole number from 1 to 1000/],
      ['/api/roadmap/items?limit=ten', /limit/],
      ['/api/announcements?limit=-1', /limit/],
      ['/api/roadmap/items?cursor=not-a-cursor', /cursor: not a cursor this list gave out/],
      ['/api/roadmap/items?cursor=%7B%7D', /cursor/],
      [`/api/pulse/rounds?cursor=${next(first)}`, /cursor/], // another list's cursor
      [`/api/feedback?cursor=${Buffer.from('{"l":"feedback","k":[{"$gt":""}]}').toString('base64url')}`, /cursor/],
      [`/api/digicheck/cycles?cursor=${'A'.repeat(2000)}`, /cursor/],
    ];
    for (const [path, message] of cases) {
      const res = await api.get(path);
      expect({ path, status: res.status, code: res.body?.code, message: res.body?.message }).toEqual({ path, status: 400, code: 'invalid-paging', message: expect.stringMatching(message) });
    }
  });
});
