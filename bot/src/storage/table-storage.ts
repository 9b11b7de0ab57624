import type { Storage, StoreItems } from 'botbuilder';
import { ConcurrencyError, hasStatus } from './errors';
import { encodeKey } from './keys';
import type { Tables } from './tables';

/**
 * State is stored as UTF-8 in binary properties (≤ 64 KiB each). Binary rather than string because
 * Azurite decodes large request bodies segment by segment and corrupts a multi-byte character
 * (ä, ö, ü …) that straddles a segment boundary; base64 on the wire is pure ASCII and immune.
 */
const CHUNK_BYTES = 60_000;
/** An entity holds at most 1 MiB; 15 chunks of 60 kB stay under it. */
const MAX_CHUNKS = 15;
const ROW = 'state';

/**
 * botbuilder `Storage` on Azure Tables, used for teams-ai's turn state.
 *
 * ETags are honoured: an item written with the eTag it was read with replaces the stored one only
 * if nobody wrote in between, otherwise the write fails with a {@link ConcurrencyError} — never a
 * silent overwrite. An item without an eTag (or `*`) is written unconditionally, as botbuilder's
 * contract says.
 */
export class TableStorage implements Storage {
  constructor(private readonly tables: Tables) {}

  async read(keys: string[]): Promise<StoreItems> {
    const client = await this.tables.table('TurnState');
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        try {
          const entity = await client.getEntity<Record<string, unknown>>(encodeKey(key), ROW);
          const count = Number(entity.chunks ?? 0);
          const parts: Buffer[] = [];
          for (let i = 0; i < count; i++) parts.push(Buffer.from(entity[`d${i}`] as Uint8Array));
          items[key] = { ...JSON.parse(Buffer.concat(parts).toString('utf8')), eTag: entity.etag };
        } catch (err) {
          if (!hasStatus(err, 404)) throw err;
        }
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    const client = await this.tables.table('TurnState');
    await Promise.all(
      Object.entries(changes).map(async ([key, item]) => {
        const { eTag, ...data } = (item ?? {}) as Record<string, unknown>;
        const entity = { partitionKey: encodeKey(key), rowKey: ROW, ...toChunks(key, JSON.stringify(data)) };
        if (typeof eTag !== 'string' || eTag === '*' || eTag === '') {
          await client.upsertEntity(entity, 'Replace');
          return;
        }
        try {
          await client.updateEntity(entity, 'Replace', { etag: eTag });
        } catch (err) {
          if (hasStatus(err, 412)) throw new ConcurrencyError(`state "${key}" was changed by another turn meanwhile`, key);
          if (!hasStatus(err, 404)) throw err;
          // Deleted since it was read: recreate, unless another turn recreated it first.
          try {
            await client.createEntity(entity);
          } catch (createErr) {
            if (hasStatus(createErr, 409)) throw new ConcurrencyError(`state "${key}" was changed by another turn meanwhile`, key);
            throw createErr;
          }
        }
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    const client = await this.tables.table('TurnState');
    await Promise.all(
      keys.map(async (key) => {
        try {
          await client.deleteEntity(encodeKey(key), ROW);
        } catch (err) {
          if (!hasStatus(err, 404)) throw err;
        }
      }),
    );
  }
}

function toChunks(key: string, json: string): Record<string, Uint8Array | number> {
  const bytes = Buffer.from(json, 'utf8');
  const count = Math.max(1, Math.ceil(bytes.length / CHUNK_BYTES));
  if (count > MAX_CHUNKS) {
    throw new RangeError(`state "${key}" is too large to store (${bytes.length} bytes, at most ${CHUNK_BYTES * MAX_CHUNKS})`);
  }
  const out: Record<string, Uint8Array | number> = { chunks: count };
  for (let i = 0; i < count; i++) out[`d${i}`] = new Uint8Array(bytes.subarray(i * CHUNK_BYTES, (i + 1) * CHUNK_BYTES));
  return out;
}
