import { startEmbeddedAzurite, type EmbeddedAzurite } from '../../../../bot/src/storage/azurite';
import { ConcurrencyError } from '../../../../bot/src/storage/errors';
import { Tables } from '../../../../bot/src/storage/tables';
import { RoadmapStore } from '../../../../bot/src/features/roadmap/store';
import { itemInputSchema } from '../../../../bot/src/features/roadmap/model';
import { sampleItem } from './fixtures';

describe('RoadmapStore (Azurite)', () => {
  let azurite: EmbeddedAzurite;
  let store: RoadmapStore;
  beforeAll(async () => {
    azurite = await startEmbeddedAzurite({ dataDir: '', inMemory: true });
    store = new RoadmapStore(new Tables(azurite.connectionString, 'rs'));
  });
  afterAll(() => azurite.close());

  const change = (by: string) => ({ at: new Date().toISOString(), by, changes: [{ field: 'owner' as const, after: by }] });

  it('writes a change and its history entry together, or neither (stale etag)', async () => {
    const created = await store.create({ id: 'atomic', input: sampleItem(), example: false, createdAt: new Date().toISOString(), createdBy: 'A' }, change('A'));
    const b = await store.update(created, created.etag, sampleItem({ owner: 'B' }), change('B'));
    await expect(store.update(created, created.etag, sampleItem({ owner: 'C' }), change('C'))).rejects.toBeInstanceOf(ConcurrencyError);
    expect((await store.get('atomic'))?.input.owner).toBe('B');
    expect((await store.history('atomic')).map((h) => [h.version, h.by])).toEqual([[2, 'B'], [1, 'A']]);
    expect(b.etag).toBe((await store.get('atomic'))?.etag);
    await expect(store.create({ id: 'atomic', input: sampleItem(), example: false, createdAt: '', createdBy: 'D' }, change('D'))).rejects.toBeInstanceOf(ConcurrencyError);
  });

  it('round-trips the largest item the rules allow, and a history entry over one 64 KiB property, umlauts intact', async () => {
    const long = (n: number, s = 'Prüfung der Änderungsgründe – ') => s.repeat(200).slice(0, n);
    const big = (s?: string) => itemInputSchema.parse({
      ...sampleItem(),
      title: long(200),
      description: long(4000),
      decisions: Array.from({ length: 20 }, (_, i) => ({ id: `d${i}`, title: long(200, s), body: 'council', due: '2025-01-01', state: 'open', note: long(500) })),
      milestones: Array.from({ length: 20 }, (_, i) => ({ id: `m${i}`, title: long(200), date: '2025-01-01', done: false })),
      services: Array.from({ length: 20 }, () => ({ name: long(200), ozgBefore: 0, ozgAfter: 4 })),
    });
    const long2 = (n: number) => long(n, 'Größere Übergänge für Bürgerinnen – ');
    const input = big();
    expect(JSON.stringify(input).length).toBeGreaterThan(25_000);
    const created = await store.create({ id: 'big', input, example: false, createdAt: '', createdBy: 'A' }, change('A'));
    expect((await store.get('big'))?.input).toEqual(input);
    expect((await store.list()).find((s) => s.id === 'big')?.etag).toBe(created.etag);
    // A change of every field keeps before and after: about 55,000 characters, two properties.
    const next = itemInputSchema.parse({ ...input, title: long2(200), description: long2(4000), decisions: input.decisions.map((d) => ({ ...d, note: long2(500), title: long2(200) })) });
    const changes = [{ field: 'description' as const, before: input.description, after: next.description }, { field: 'decisions' as const, before: input.decisions, after: next.decisions }];
    expect(JSON.stringify(changes).length).toBeGreaterThan(32_000);
    await store.update(created, created.etag, next, { at: '', by: 'B', changes });
    expect((await store.history('big'))[0].changes).toEqual(changes);
  });

  it('keeps the history of one item apart from items whose id starts the same', async () => {
    for (const id of ['ab', 'ab-c', 'abc']) await store.create({ id, input: sampleItem(), example: false, createdAt: '', createdBy: id }, change(id));
    expect((await store.history('ab')).map((h) => h.by)).toEqual(['ab']);
  });
});
