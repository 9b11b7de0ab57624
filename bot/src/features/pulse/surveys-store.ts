import type { TableClient } from '@azure/data-tables';
import { hasStatus } from '../../storage/errors';
import type { Tables } from '../../storage/tables';
import { CHANGE_READINESS_PULSE } from './default-survey';
import type { Survey } from './survey';

const PK = 'survey';

/** Survey definitions: the built-in change-readiness pulse plus the change team's own. */
export class SurveysStore {
  constructor(private readonly tables: Tables) {}

  /** Stores a new survey; `exists` when the id is taken (also by the built-in one). */
  async create(survey: Survey): Promise<'created' | 'exists'> {
    if (survey.id === CHANGE_READINESS_PULSE.id) return 'exists';
    try {
      await (await this.client()).createEntity({ partitionKey: PK, rowKey: survey.id, definition: JSON.stringify(survey) });
      return 'created';
    } catch (err) {
      if (hasStatus(err, 409)) return 'exists';
      throw err;
    }
  }

  async get(id: string): Promise<Survey | undefined> {
    if (id === CHANGE_READINESS_PULSE.id) return CHANGE_READINESS_PULSE;
    try {
      return JSON.parse((await (await this.client()).getEntity<{ definition: string }>(PK, id)).definition);
    } catch (err) {
      if (hasStatus(err, 404, 400)) return undefined;
      throw err;
    }
  }

  /** The built-in survey first, then the change team's, by id. */
  async list(): Promise<Survey[]> {
    const own: Survey[] = [];
    for await (const e of (await this.client()).listEntities<{ definition: string }>()) own.push(JSON.parse(e.definition));
    return [CHANGE_READINESS_PULSE, ...own];
  }

  private client(): Promise<TableClient> {
    return this.tables.table('Surveys');
  }
}
