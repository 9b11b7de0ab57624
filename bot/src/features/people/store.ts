import { odata, type TableClient } from '@azure/data-tables';
import { hasStatus } from '../../storage/errors';
import { decodeKey, encodeKey } from '../../storage/keys';
import type { Tables } from '../../storage/tables';

const PK = 'person';

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
   * Departments known to this instance, for a few minutes: every pulse submit re-states the
   * department, and writing it again when unchanged would double the storage calls of a submit.
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
