import type { TableClient } from '@azure/data-tables';
import { hasStatus } from '../../storage/errors';
import { encodeKey } from '../../storage/keys';
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
  constructor(private readonly tables: Tables) {}

  async get(personKey: string): Promise<Person | undefined> {
    try {
      const e = await (await this.client()).getEntity<{ department?: string }>(PK, encodeKey(personKey));
      return { personKey, department: e.department };
    } catch (err) {
      if (hasStatus(err, 404)) return undefined;
      throw err;
    }
  }

  async setDepartment(personKey: string, department: string): Promise<void> {
    await (await this.client()).upsertEntity({ partitionKey: PK, rowKey: encodeKey(personKey), department }, 'Merge');
  }

  /** Erases the person's record (GDPR erasure). */
  async erase(personKey: string): Promise<void> {
    await (await this.client()).deleteEntity(PK, encodeKey(personKey)).catch((err) => {
      if (!hasStatus(err, 404)) throw err;
    });
  }

  private client(): Promise<TableClient> {
    return this.tables.table('People');
  }
}

/** The stable key of a person from a Teams activity: the Entra object id, else the channel user id. */
export function personKeyOf(from: { id: string; aadObjectId?: string } | undefined): string | undefined {
  return from?.aadObjectId || from?.id || undefined;
}
