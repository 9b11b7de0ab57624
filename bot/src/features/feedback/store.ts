import type { TableClient } from '@azure/data-tables';
import { ConcurrencyError, hasStatus } from '../../storage/errors';
import type { Tables } from '../../storage/tables';
import type { Feedback } from './service';

const PK = 'feedback';

type FeedbackEntity = Omit<Feedback, 'id' | 'etag'> & { partitionKey: string; rowKey: string };

/**
 * Feedback items keyed by a random id chosen when the card was built (so a double click stores
 * once, and storage order says nothing about sending order). No author is stored.
 */
export class FeedbackStore {
  constructor(private readonly tables: Tables) {}

  async create(f: Omit<Feedback, 'etag'>): Promise<'created' | 'duplicate'> {
    const { id, ...rest } = f;
    try {
      await (await this.client()).createEntity<FeedbackEntity>({ partitionKey: PK, rowKey: id, ...rest });
      return 'created';
    } catch (err) {
      if (hasStatus(err, 409)) return 'duplicate';
      throw err;
    }
  }

  async list(): Promise<Feedback[]> {
    const out: Feedback[] = [];
    for await (const e of (await this.client()).listEntities<FeedbackEntity>()) {
      out.push({ id: e.rowKey, text: e.text, mayPublish: e.mayPublish, lang: e.lang, receivedAt: e.receivedAt, topic: e.topic, answer: e.answer, answeredAt: e.answeredAt, etag: e.etag });
    }
    return out;
  }

  /**
   * Stores the change team's answer if the item is unchanged since `etag` was read.
   * @returns false when the item does not exist.
   * @throws {@link ConcurrencyError} when someone changed it meanwhile.
   */
  async answer(id: string, etag: string, answer: { answer: string; topic?: string; at: string }): Promise<boolean> {
    try {
      await (await this.client()).updateEntity(
        { partitionKey: PK, rowKey: id, answer: answer.answer, answeredAt: answer.at, ...(answer.topic !== undefined && { topic: answer.topic }) },
        'Merge',
        { etag },
      );
      return true;
    } catch (err) {
      if (hasStatus(err, 404, 400)) return false;
      if (hasStatus(err, 412)) throw new ConcurrencyError('the feedback item was changed by someone else meanwhile', id);
      throw err;
    }
  }

  private client(): Promise<TableClient> {
    return this.tables.table('Feedback');
  }
}
