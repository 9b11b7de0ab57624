import { createHash } from 'node:crypto';
import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import { hasStatus } from '../../storage/errors';
import { decodeKey, encodeKey } from '../../storage/keys';
import type { Tables } from '../../storage/tables';
import type { Cycle } from './cycle';

/** One person's answers in an open cycle. Personal data: deleted at closing (or on request). */
export interface CheckResponse {
  department?: string;
  /** Question id → level 0–4. */
  answers: Record<string, number>;
  /** The optional OZG level 0–4. */
  ozg?: number;
  updatedAt: string;
}

/** A department's totals of one closed cycle: no person in it. */
export interface CheckAggregate {
  department: string;
  respondents: number;
  /** Question id → counts per level 0–4. */
  counts: Record<string, number[]>;
  /** OZG answers per level 0–4. */
  ozg: number[];
}

/** A roadmap item made from a gap. */
export interface CheckLink {
  group: string;
  dimension: string;
  itemId: string;
}

/**
 * Answer rows are spread over this many partitions per cycle: the emulator reads a whole partition
 * for a point read, and a few hundred people per partition keep that cheap (Azure does not care).
 */
const BUCKETS = 16;
const CYCLES = 'cycle';
const SLOT = 'slot';
const responsePk = (cycleId: string, bucket: number) => `r|${cycleId}|${String(bucket).padStart(2, '0')}`;
const bucketOf = (personKey: string) => createHash('sha256').update(personKey).digest()[0] % BUCKETS;

type CycleEntity = { data: string };
type ResponseEntity = { data: string };

/**
 * DigiCheck records in one table: cycles and, next to each, its department totals after closing
 * (`cycle`, `<id>` and `<id>|agg|<department>`), answers per person while a cycle is open
 * (`r|<cycle>|NN`, keyed by the person), the roadmap items made from gaps (`link|<cycle>`) and the
 * one-cycle-at-a-time slot (`slot`).
 */
export class DigiCheckStore {
  constructor(private readonly tables: Tables) {}

  /** Stores a new cycle; false when the id is taken. */
  async createCycle(cycle: Cycle): Promise<boolean> {
    try {
      await (await this.client()).createEntity<CycleEntity>({ partitionKey: CYCLES, rowKey: cycle.id, data: JSON.stringify(cycle) });
      return true;
    } catch (err) {
      if (hasStatus(err, 409)) return false;
      throw err;
    }
  }

  async getCycle(id: string): Promise<{ cycle: Cycle; etag: string } | undefined> {
    try {
      const e = await (await this.client()).getEntity<CycleEntity>(CYCLES, encodeKey(id));
      return { cycle: JSON.parse(e.data), etag: e.etag };
    } catch (err) {
      if (hasStatus(err, 404, 400)) return undefined;
      throw err;
    }
  }

  /** Every cycle with its etag, oldest first (ids sort by opening day). */
  async listCycles(): Promise<Array<{ cycle: Cycle; etag: string }>> {
    const out: Array<{ cycle: Cycle; etag: string }> = [];
    for await (const e of (await this.client()).listEntities<CycleEntity>({ queryOptions: { filter: odata`PartitionKey eq ${CYCLES}` } })) {
      if (!(e.rowKey as string).includes('%7C')) out.push({ cycle: JSON.parse(e.data), etag: e.etag }); // totals rows have `|` (encoded) in their key
    }
    return out.sort((a, b) => a.cycle.opensAt.localeCompare(b.cycle.opensAt) || a.cycle.id.localeCompare(b.cycle.id));
  }

  /** Replaces a cycle if unchanged since `etag`; the new etag, or undefined when it changed meanwhile. */
  async updateCycle(cycle: Cycle, etag: string): Promise<string | undefined> {
    try {
      const r = await (await this.client()).updateEntity<CycleEntity>({ partitionKey: CYCLES, rowKey: cycle.id, data: JSON.stringify(cycle) }, 'Replace', { etag });
      return r.etag;
    } catch (err) {
      if (hasStatus(err, 412, 404)) return undefined;
      throw err;
    }
  }

  async getResponse(cycleId: string, personKey: string): Promise<{ response: CheckResponse; etag: string } | undefined> {
    try {
      const e = await (await this.client()).getEntity<ResponseEntity>(responsePk(cycleId, bucketOf(personKey)), encodeKey(personKey));
      return { response: JSON.parse(e.data), etag: e.etag };
    } catch (err) {
      if (hasStatus(err, 404)) return undefined;
      throw err;
    }
  }

  /**
   * Writes a person's answers: creates them when `etag` is undefined, else replaces them if
   * unchanged since. False when someone (the same person on another card) wrote in between.
   */
  async putResponse(cycleId: string, personKey: string, response: CheckResponse, etag: string | undefined): Promise<boolean> {
    const entity = { partitionKey: responsePk(cycleId, bucketOf(personKey)), rowKey: encodeKey(personKey), data: JSON.stringify(response) };
    const client = await this.client();
    try {
      if (etag === undefined) await client.createEntity(entity);
      else await client.updateEntity(entity, 'Replace', { etag });
      return true;
    } catch (err) {
      if (hasStatus(err, 409, 412, 404)) return false;
      throw err;
    }
  }

  async deleteResponse(cycleId: string, personKey: string): Promise<void> {
    await (await this.client()).deleteEntity(responsePk(cycleId, bucketOf(personKey)), encodeKey(personKey)).catch((err) => {
      if (!hasStatus(err, 404)) throw err;
    });
  }

  /** Every answer row of a cycle (without the person: the caller only aggregates). */
  async *responses(cycleId: string): AsyncGenerator<CheckResponse> {
    const client = await this.client();
    for (let b = 0; b < BUCKETS; b++) {
      const pk = responsePk(cycleId, b);
      for await (const e of client.listEntities<ResponseEntity>({ queryOptions: { filter: odata`PartitionKey eq ${pk}`, select: ['data'] } })) {
        yield JSON.parse(e.data);
      }
    }
  }

  /** Every answer row of a cycle with its person (for the reminder to unfinished checks only). */
  async *responsesWithPeople(cycleId: string): AsyncGenerator<{ personKey: string; response: CheckResponse }> {
    const client = await this.client();
    for (let b = 0; b < BUCKETS; b++) {
      const pk = responsePk(cycleId, b);
      for await (const e of client.listEntities<ResponseEntity>({ queryOptions: { filter: odata`PartitionKey eq ${pk}` } })) {
        yield { personKey: decodeKey(e.rowKey as string), response: JSON.parse(e.data) };
      }
    }
  }

  /** Deletes every answer row of a cycle, 100 per transaction; answers how many. */
  async deleteResponses(cycleId: string): Promise<number> {
    const client = await this.client();
    let deleted = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const pk = responsePk(cycleId, b);
      const keys: string[] = [];
      for await (const e of client.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${pk}`, select: ['RowKey'] } })) keys.push(e.rowKey as string);
      for (let i = 0; i < keys.length; i += 100) {
        const actions: TransactionAction[] = keys.slice(i, i + 100).map((rowKey) => ['delete', { partitionKey: pk, rowKey }]);
        try {
          await client.submitTransaction(actions);
        } catch (err) {
          // Someone (a retry of this closing) deleted some meanwhile: delete one by one.
          if (!hasStatus(err, 404)) throw err;
          for (const [, e] of actions) await client.deleteEntity(pk, e.rowKey as string).catch((e2) => { if (!hasStatus(e2, 404)) throw e2; });
        }
        deleted += actions.length;
      }
    }
    return deleted;
  }

  /**
   * Stores the department totals and marks the cycle aggregated in ONE transaction, conditional on
   * the cycle's ETag: a slow instance that read fewer answers cannot overwrite the totals after
   * another instance aggregated (its transaction fails as a whole). The totals therefore live in
   * the cycles' partition, next to their cycle. False when the cycle changed meanwhile.
   */
  async aggregateAndMark(cycle: Cycle, etag: string, aggregates: CheckAggregate[]): Promise<boolean> {
    if (aggregates.length > 99) throw new RangeError('at most 99 departments per cycle');
    const actions: TransactionAction[] = [
      ['update', { partitionKey: CYCLES, rowKey: cycle.id, data: JSON.stringify(cycle) }, 'Replace', { etag }],
      ...aggregates.map((a): TransactionAction => ['upsert', { partitionKey: CYCLES, rowKey: encodeKey(`${cycle.id}|agg|${a.department}`), data: JSON.stringify(a) }, 'Replace']),
    ];
    try {
      await (await this.client()).submitTransaction(actions);
      return true;
    } catch (err) {
      if (hasStatus(err, 412, 404)) return false;
      throw err;
    }
  }

  async aggregates(cycleId: string): Promise<CheckAggregate[]> {
    const from = encodeKey(`${cycleId}|agg|`);
    const to = encodeKey(`${cycleId}|agg}`);
    const out: CheckAggregate[] = [];
    for await (const e of (await this.client()).listEntities<{ data: string }>({ queryOptions: { filter: odata`PartitionKey eq ${CYCLES} and RowKey ge ${from} and RowKey lt ${to}` } })) out.push(JSON.parse(e.data));
    return out;
  }

  /**
   * Takes the "one cycle at a time" slot for a new cycle: a single row whose ETag serialises
   * concurrent creations (a double click cannot open two cycles). False when another request took
   * it since `etag` was read.
   */
  async claimSlot(cycleId: string, etag: string | undefined): Promise<boolean> {
    const entity = { partitionKey: SLOT, rowKey: SLOT, cycleId };
    const client = await this.client();
    try {
      if (etag === undefined) await client.createEntity(entity);
      else await client.updateEntity(entity, 'Replace', { etag });
      return true;
    } catch (err) {
      if (hasStatus(err, 409, 412)) return false;
      throw err;
    }
  }

  /** The slot's ETag (undefined before the first cycle). */
  async slotEtag(): Promise<string | undefined> {
    try {
      return (await (await this.client()).getEntity(SLOT, SLOT)).etag;
    } catch (err) {
      if (hasStatus(err, 404)) return undefined;
      throw err;
    }
  }

  /** Records that a gap became a roadmap item; keeps the first when recorded twice. */
  async addLink(cycleId: string, link: CheckLink): Promise<void> {
    try {
      await (await this.client()).createEntity({ partitionKey: `link|${cycleId}`, rowKey: encodeKey(`${link.group}|${link.dimension}|${link.itemId}`), data: JSON.stringify(link) });
    } catch (err) {
      if (!hasStatus(err, 409)) throw err;
    }
  }

  async links(cycleId: string): Promise<CheckLink[]> {
    const pk = `link|${cycleId}`;
    const out: CheckLink[] = [];
    for await (const e of (await this.client()).listEntities<{ data: string }>({ queryOptions: { filter: odata`PartitionKey eq ${pk}` } })) out.push(JSON.parse(e.data));
    return out;
  }

  private client(): Promise<TableClient> {
    return this.tables.table('DigiCheck');
  }
}
