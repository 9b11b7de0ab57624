import { randomUUID } from 'node:crypto';
import type { RunningApp } from '../../bot/src/main';
import { FeedbackStore } from '../../bot/src/features/feedback/store';
import { Tables } from '../../bot/src/storage/tables';
import { startTestApp } from '../support/app';

// Outside Teams the tab sends no token; the local server signs every request in as DEV_IDENTITY.
jest.mock('../../tab/src/teams', () => ({ getSsoToken: async () => undefined }));

jest.setTimeout(60_000);

const TAB_FEEDBACK_CLIENT = '../../tab/src/api/feedback';

/** The tab's API client against the real server: lists longer than a page still arrive whole. */
describe("the tab's API client and paged lists", () => {
  let app: RunningApp;
  const realFetch = globalThis.fetch;
  const requested: string[] = [];

  beforeAll(async () => {
    app = await startTestApp({ DEV_ROLES: 'changeTeam' });
    // The tab's client uses the browser's window timers and same-origin paths.
    (globalThis as { window?: unknown }).window = globalThis;
    globalThis.fetch = ((input: string, init?: RequestInit) => {
      requested.push(String(input));
      return realFetch(`${app.url}${String(input)}`, init);
    }) as typeof fetch;
  });
  afterAll(async () => {
    globalThis.fetch = realFetch;
    await app.stop();
  });

  it('trust 3: the tab follows the cursors and shows every one of 1,010 feedback items once (two pages of at most 1,000)', async () => {
    const store = new FeedbackStore(new Tables(app.storageConnectionString, app.config.tablePrefix));
    const ids = Array.from({ length: 1010 }, () => randomUUID());
    for (let i = 0; i < ids.length; i += 100) {
      await Promise.all(ids.slice(i, i + 100).map((id, j) => store.create({ id, text: `Idee ${i + j}`, mayPublish: false, lang: 'de', receivedAt: '2025-01-01' } as never)));
    }
    // Loaded by a path held in a variable: the tab's client is browser code (DOM types), which the
    // Node type check of the tests does not include; Jest runs it with `window` set above.
    const { getFeedbackInbox } = (await import(TAB_FEEDBACK_CLIENT)) as { getFeedbackInbox: () => Promise<Array<{ id: string }>> };
    const items = await getFeedbackInbox();
    expect({ count: items.length, distinct: new Set(items.map((i) => i.id)).size, all: ids.every((id) => items.some((i) => i.id === id)) }).toEqual({ count: 1010, distinct: 1010, all: true });
    expect(requested.map((r) => r.replace(/cursor=[^&]+/, 'cursor=…'))).toEqual(['/api/feedback?limit=1000', '/api/feedback?limit=1000&cursor=…']);
  });
});
