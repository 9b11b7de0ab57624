import { startEmbeddedAzurite, type EmbeddedAzurite } from '../../../bot/src/storage/azurite';
import { ConcurrencyError } from '../../../bot/src/storage/errors';
import { TableStorage } from '../../../bot/src/storage/table-storage';
import { Tables } from '../../../bot/src/storage/tables';

describe('TableStorage (botbuilder Storage on Azure Tables, against Azurite)', () => {
  let azurite: EmbeddedAzurite;
  let storage: TableStorage;

  beforeAll(async () => {
    azurite = await startEmbeddedAzurite({ dataDir: '', inMemory: true });
    storage = new TableStorage(new Tables(azurite.connectionString, 'test'));
  });
  afterAll(() => azurite.close());

  it('reads nothing for unknown keys', async () => {
    expect(await storage.read(['msteams/bot/conversations/none'])).toEqual({});
  });

  it('round-trips items under keys with characters Azure Tables forbids (/ # ?)', async () => {
    const key = 'msteams/28:bot/conversations/19:abc@thread.tacv2;messageid=1#x?y';
    await storage.write({ [key]: { count: 1, nested: { a: [1, 2] } } });
    const items = await storage.read([key]);
    expect(items[key]).toMatchObject({ count: 1, nested: { a: [1, 2] } });
    expect(typeof items[key].eTag).toBe('string');
  });

  it('rejects a write with a stale eTag as a conflict instead of overwriting', async () => {
    const key = 'conflict/key';
    await storage.write({ [key]: { v: 1 } });
    const first = (await storage.read([key]))[key];
    const second = (await storage.read([key]))[key];
    await storage.write({ [key]: { ...first, v: 2 } });
    await expect(storage.write({ [key]: { ...second, v: 3 } })).rejects.toBeInstanceOf(ConcurrencyError);
    expect((await storage.read([key]))[key].v).toBe(2);
  });

  it('writes unconditionally with eTag "*" or without one (botbuilder contract)', async () => {
    const key = 'star/key';
    await storage.write({ [key]: { v: 1 } });
    await storage.write({ [key]: { v: 2, eTag: '*' } });
    await storage.write({ [key]: { v: 3 } });
    expect((await storage.read([key]))[key].v).toBe(3);
  });

  it('stores items larger than one table property (64 KiB) across chunks, umlauts intact', async () => {
    const key = 'big/key';
    const text = 'ä'.repeat(100_000);
    await storage.write({ [key]: { text } });
    const back = (await storage.read([key]))[key].text as string;
    expect(back.length).toBe(text.length);
    expect(back === text).toBe(true); // compared as a boolean: a failure must not print 100 K characters
  });

  it('refuses items beyond the entity size limit with a clear error, storing nothing', async () => {
    const key = 'huge/key';
    await expect(storage.write({ [key]: { text: 'x'.repeat(1_000_000) } })).rejects.toThrow(/too large to store/);
    expect(await storage.read([key])).toEqual({});
  });

  it('deletes items, and deleting a missing item is fine', async () => {
    const key = 'delete/key';
    await storage.write({ [key]: { v: 1 } });
    await storage.delete([key, 'never/existed']);
    expect(await storage.read([key])).toEqual({});
  });
});
