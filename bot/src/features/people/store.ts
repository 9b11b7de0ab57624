import { odata, type TableClient } from '@azure/data-tables';
import { hasStatus } from '../../storage/errors';
import { decodeKey, encodeKey } from '../../storage/keys';
import type { Tables } from '../../storage/tables';

const PK = 'person';
/** Partition prefix of the per-round move counters (no person in them). */
const MOVES = 'moves|';

/** What we keep about a person: the department they chose. Personal data: exportable and erasable. */
export interface Person {
  personKey: string;
  department?: string;
}

/**
 * People's chosen department, keyed by their Entra object id. Never joined with ballots: ballots
 * carry the department but no person.
 */
export class PeopleStore {
  /**
   * Departments known to this instance, for a few minutes: the department card is often saved
   * unchanged, and writing it again would only cost a storage call.
   */
  private readonly known = new Map<string, { department?: string; until: number }>();

  constructor(private readonly tables: Tables, private readonly cacheMs = 10 * 60_000) {}

  async get(personKey: string): Promise<Person | undefined> {
    try {
      const e = await (await this.client()).getEntity<{ department?: string }>(PK, encodeKey(personKey));
      this.remember(personKey, e.department);
      return { personKey, department: e.department };
    } catch (err) {
      if (hasStatus(err, 404)) return undefined;
      throw err;
    }
  }

  /** Stores the person's department; skips the write when this instance knows it is unchanged. */
  async setDepartment(personKey: string, department: string): Promise<void> {
    const hit = this.known.get(personKey);
    if (hit && hit.until > Date.now() && hit.department === department) return;
    await (await this.client()).upsertEntity({ partitionKey: PK, rowKey: encodeKey(personKey), department }, 'Merge');
    this.remember(personKey, department);
  }

  /** Every person's department, by person key (one query; for choosing an audience). */
  async departments(): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for await (const e of (await this.client()).listEntities<{ department?: string }>({ queryOptions: { filter: odata`PartitionKey eq ${PK}`, select: ['RowKey', 'department'] } })) {
      if (e.department) out.set(decodeKey(e.rowKey as string), e.department);
    }
    return out;
  }

  /**
   * Counts one move into `department` during an open round or cycle (`scope`: `round:<id>` or
   * `cycle:<id>`). The row names no person: it is a counter per department, so the change team
   * can see a small department being filled up (trust point 11).
   */
  async countMove(scope: string, department: string): Promise<void> {
    const client = await this.client();
    const pk = MOVES + encodeKey(scope);
    for (let attempt = 0; attempt < 8; attempt++) {
      try {
        const row = await client.getEntity<{ count: number }>(pk, department);
        await client.updateEntity({ partitionKey: pk, rowKey: department, count: row.count + 1 }, 'Replace', { etag: row.etag });
        return;
      } catch (err) {
        if (hasStatus(err, 404)) {
          try {
            await client.createEntity({ partitionKey: pk, rowKey: department, count: 1 });
            return;
          } catch (e) {
            if (!hasStatus(e, 409)) throw e;
          }
        } else if (!hasStatus(err, 412)) throw err;
      }
    }
    throw new Error('could not count the department move: too much contention');
  }

  /** Moves counted into each department during the round or cycle `scope` (see {@link countMove}). */
  async movesInto(scope: string): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const filter = odata`PartitionKey eq ${MOVES + encodeKey(scope)}`;
    for await (const e of (await this.client()).listEntities<{ count: number }>({ queryOptions: { filter } })) out.set(e.rowKey as string, e.count);
    return out;
  }

  /** Erases the person's record (GDPR erasure). */
  async erase(personKey: string): Promise<void> {
    this.known.delete(personKey);
    await (await this.client()).deleteEntity(PK, encodeKey(personKey)).catch((err) => {
      if (!hasStatus(err, 404)) throw err;
    });
  }

  private remember(personKey: string, department: string | undefined): void {
    this.known.set(personKey, { department, until: Date.now() + this.cacheMs });
  }

  private client(): Promise<TableClient> {
    return this.tables.table('People');
  }
}

/** The stable key of a person from a Teams activity: the Entra object id, else the channel user id. */
export function personKeyOf(from: { id: string; aadObjectId?: string } | undefined): string | undefined {
  return from?.aadObjectId || from?.id || undefined;
}
