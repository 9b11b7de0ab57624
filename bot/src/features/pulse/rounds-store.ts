import type { TableClient } from '@azure/data-tables';
import { hasStatus } from '../../storage/errors';
import type { Tables } from '../../storage/tables';
import type { Round } from './round';

const PK = 'round';

interface RoundEntity {
  partitionKey: string;
  rowKey: string;
  survey: string;
  opensAt: string;
  closesAt: string;
  departments: string;
  announcedAt?: string;
  remindedAt?: string;
  finalizedAt?: string;
}

/** Rounds in one partition (a municipality has tens of rounds a year), sorted by id = opening time. */
export class RoundsStore {
  /** Rounds change rarely and every submit reads one: keep each for a few seconds. */
  private readonly cache = new Map<string, { round: Round; until: number }>();

  constructor(private readonly tables: Tables, private readonly cacheMs = 5000) {}

  async create(round: Round): Promise<void> {
    await (await this.client()).createEntity(toEntity(round));
  }

  async get(id: string): Promise<Round | undefined> {
    const hit = this.cache.get(id);
    if (hit && hit.until > Date.now()) return hit.round;
    try {
      const round = fromEntity(await (await this.client()).getEntity<RoundEntity>(PK, id));
      this.cache.set(id, { round, until: Date.now() + this.cacheMs });
      return round;
    } catch (err) {
      if (hasStatus(err, 404, 400)) return undefined; // 400: an id with characters keys cannot hold
      throw err;
    }
  }

  /** All rounds, oldest first. */
  async list(): Promise<Round[]> {
    const out: Round[] = [];
    for await (const e of (await this.client()).listEntities<RoundEntity>()) out.push(fromEntity(e));
    return out;
  }

  /**
   * Sets a marker field (announcedAt, remindedAt, finalizedAt) only if it is not set yet, with the
   * ETag read: of several app instances exactly one wins and does the work.
   * @returns true for the winner.
   */
  async claim(id: string, field: 'announcedAt' | 'remindedAt' | 'finalizedAt', at: Date): Promise<boolean> {
    const client = await this.client();
    const e = await client.getEntity<RoundEntity>(PK, id);
    if (e[field]) return false;
    try {
      await client.updateEntity({ partitionKey: PK, rowKey: id, [field]: at.toISOString() }, 'Merge', { etag: e.etag });
      this.cache.delete(id);
      return true;
    } catch (err) {
      if (hasStatus(err, 412)) return false;
      throw err;
    }
  }

  private client(): Promise<TableClient> {
    return this.tables.table('Rounds');
  }
}

function toEntity(r: Round): RoundEntity {
  return {
    partitionKey: PK,
    rowKey: r.id,
    survey: JSON.stringify(r.survey),
    opensAt: r.opensAt,
    closesAt: r.closesAt,
    departments: JSON.stringify(r.departments),
    ...(r.announcedAt && { announcedAt: r.announcedAt }),
    ...(r.remindedAt && { remindedAt: r.remindedAt }),
    ...(r.finalizedAt && { finalizedAt: r.finalizedAt }),
  };
}

function fromEntity(e: RoundEntity): Round {
  return {
    id: e.rowKey,
    survey: JSON.parse(e.survey),
    opensAt: e.opensAt,
    closesAt: e.closesAt,
    departments: JSON.parse(e.departments),
    announcedAt: e.announcedAt,
    remindedAt: e.remindedAt,
    finalizedAt: e.finalizedAt,
  };
}
