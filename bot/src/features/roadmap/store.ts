import { odata, type TableClient, type TableEntityResult, type TransactionAction } from '@azure/data-tables';
import type { FieldChange, RoadmapHistoryEntry, RoadmapItemInput } from '../../api/roadmap-contract';
import { ConcurrencyError, hasStatus } from '../../storage/errors';
import type { Tables } from '../../storage/tables';

/** One roadmap per deployment (per municipality); the partition also makes item + history writes one transaction. */
const PK = 'roadmap';
const ITEM = 'i|';
const HISTORY = 'h|';
/** Strings are split into properties of this many characters: a property holds ≤ 64 KiB, i.e. 32 K UTF-16 characters. */
const CHUNK = 30_000;

/** An item as stored, with its bookkeeping. */
export interface StoredItem {
  id: string;
  input: RoadmapItemInput;
  version: number;
  example: boolean;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  etag: string;
}

/** Who changes what, when (kept in the history entry). */
export interface Change {
  at: string;
  by: string;
  changes: FieldChange[];
}

type Entity = Record<string, unknown> & { partitionKey: string; rowKey: string };

/** Splits a long string over properties `data0`, `data1`, … (see {@link CHUNK}). */
function chunked(json: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0, n = 0; i < json.length || n === 0; i += CHUNK, n++) out[`data${n}`] = json.slice(i, i + CHUNK);
  return out;
}

function joined(e: Record<string, unknown>): string {
  let s = '';
  for (let n = 0; typeof e[`data${n}`] === 'string'; n++) s += e[`data${n}`] as string;
  return s;
}

const itemKey = (id: string) => `${ITEM}${id}`;
const historyKey = (id: string, version: number) => `${HISTORY}${id}|${String(version).padStart(6, '0')}`;

/**
 * Roadmap items and their audit history in one Azure table. An item and the history entry of
 * its change are written in one transaction, conditional on the ETag the editor read: either
 * both land or neither (never an unrecorded change, never a history entry without its change).
 */
export class RoadmapStore {
  constructor(private readonly tables: Tables) {}

  /**
   * Creates an item with its first history entry.
   * @throws {@link ConcurrencyError} when an item with this id exists.
   */
  async create(item: Omit<StoredItem, 'etag' | 'version' | 'updatedAt' | 'updatedBy'>, change: Change): Promise<StoredItem> {
    const stored = { ...item, version: 1, updatedAt: item.createdAt, updatedBy: item.createdBy };
    const actions: TransactionAction[] = [
      ['create', this.itemEntity(stored)],
      ['create', this.historyEntity(item.id, 1, 'created', change)],
    ];
    try {
      const etag = await this.submit(actions, itemKey(item.id));
      return { ...stored, etag };
    } catch (err) {
      if (hasStatus(err, 409)) throw new ConcurrencyError('an item with this id exists', item.id);
      throw err;
    }
  }

  /**
   * Replaces an item if it is unchanged since `etag` was read, and records the change.
   * @throws {@link ConcurrencyError} when it changed meanwhile (or vanished).
   */
  async update(current: StoredItem, etag: string, input: RoadmapItemInput, change: Change): Promise<StoredItem> {
    const next: StoredItem = { ...current, input, version: current.version + 1, updatedAt: change.at, updatedBy: change.by, etag: '' };
    const actions: TransactionAction[] = [
      ['update', this.itemEntity(next), 'Replace', { etag }],
      ['create', this.historyEntity(current.id, next.version, 'changed', change)],
    ];
    try {
      next.etag = await this.submit(actions, itemKey(current.id));
      return next;
    } catch (err) {
      // 412: stale etag; 409: the history row exists (someone else wrote this version); 404: gone.
      if (hasStatus(err, 412, 409, 404)) throw new ConcurrencyError('the item was changed by someone else meanwhile', current.id);
      throw err;
    }
  }

  /** One item, or undefined. */
  async get(id: string): Promise<StoredItem | undefined> {
    try {
      return this.fromEntity(await (await this.client()).getEntity<Entity>(PK, itemKey(id)));
    } catch (err) {
      if (hasStatus(err, 404)) return undefined;
      throw err;
    }
  }

  /** Every item, in id order. */
  async list(): Promise<StoredItem[]> {
    const out: StoredItem[] = [];
    const filter = odata`PartitionKey eq ${PK} and RowKey ge ${ITEM} and RowKey lt ${'i}'}`;
    for await (const e of (await this.client()).listEntities<Entity>({ queryOptions: { filter } })) out.push(this.fromEntity(e));
    return out;
  }

  /** The history of an item, newest first. */
  async history(id: string): Promise<RoadmapHistoryEntry[]> {
    const out: RoadmapHistoryEntry[] = [];
    const from = `${HISTORY}${id}|`;
    const filter = odata`PartitionKey eq ${PK} and RowKey gt ${from} and RowKey lt ${`${HISTORY}${id}}`}`;
    for await (const e of (await this.client()).listEntities<Entity>({ queryOptions: { filter } })) {
      out.push({ version: e.version as number, at: e.at as string, by: e.by as string, kind: e.kind as RoadmapHistoryEntry['kind'], changes: JSON.parse(joined(e)) as FieldChange[] });
    }
    return out.sort((a, b) => b.version - a.version);
  }

  private async submit(actions: TransactionAction[], itemRowKey: string): Promise<string> {
    const response = await (await this.client()).submitTransaction(actions);
    const etag = response.subResponses.find((r) => r.rowKey === itemRowKey)?.etag;
    if (etag) return etag;
    // Some emulators omit sub-response etags: read the item back (it is ours until someone edits it).
    const e = await (await this.client()).getEntity<Entity>(PK, itemRowKey);
    return e.etag;
  }

  private itemEntity(item: Omit<StoredItem, 'etag'>): Entity {
    return {
      partitionKey: PK,
      rowKey: itemKey(item.id),
      version: item.version,
      example: item.example,
      createdAt: item.createdAt,
      createdBy: item.createdBy,
      updatedAt: item.updatedAt,
      updatedBy: item.updatedBy,
      // Plain columns for people reading the table in Storage Explorer; the JSON is the truth.
      area: item.input.area,
      status: item.input.status,
      ...chunked(JSON.stringify(item.input)),
    };
  }

  private historyEntity(id: string, version: number, kind: RoadmapHistoryEntry['kind'], change: Change): Entity {
    return { partitionKey: PK, rowKey: historyKey(id, version), version, at: change.at, by: change.by, kind, ...chunked(JSON.stringify(change.changes)) };
  }

  private fromEntity(e: TableEntityResult<Entity>): StoredItem {
    return {
      id: e.rowKey.slice(ITEM.length),
      input: JSON.parse(joined(e)) as RoadmapItemInput,
      version: e.version as number,
      example: e.example === true,
      createdAt: e.createdAt as string,
      createdBy: e.createdBy as string,
      updatedAt: e.updatedAt as string,
      updatedBy: e.updatedBy as string,
      etag: e.etag,
    };
  }

  private client(): Promise<TableClient> {
    return this.tables.table('Roadmap');
  }
}
