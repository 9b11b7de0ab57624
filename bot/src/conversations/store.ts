import { odata, type TableClient } from '@azure/data-tables';
import { hasStatus } from '../storage/errors';
import { encodeKey } from '../storage/keys';
import type { Tables } from '../storage/tables';
import type { ConversationKind, ConversationRecord } from './model';

const REF = 'ref';
const WELCOME = 'welcome';

/** The stored row: the record's fields as columns, the reference as JSON (tables hold no objects). */
type ConversationEntity = Omit<ConversationRecord, 'reference'> & {
  partitionKey: string;
  rowKey: string;
  reference: string;
  updatedAt: string;
};

/**
 * Conversation references for proactive messages, one partition per conversation holding the
 * reference row and a "welcomed" marker row. An uninstall deletes both one by one: a transaction
 * would abort on a row that is already gone, and a missing row is fine here.
 */
export class ConversationStore {
  /** Last fingerprint written per conversation: skips a storage write on turns where nothing changed. */
  private readonly written = new Map<string, string>();

  constructor(private readonly tables: Tables) {}

  /** Stores or refreshes the reference; writes only when something changed since the last write. */
  async remember(record: ConversationRecord): Promise<void> {
    const { reference, ...fields } = record;
    const fingerprint = JSON.stringify(record);
    if (this.written.get(record.conversationId) === fingerprint) return;
    const client = await this.client();
    const entity: ConversationEntity = {
      partitionKey: encodeKey(record.conversationId),
      rowKey: REF,
      ...stripUndefined(fields),
      reference: JSON.stringify(reference),
      // The day only: a finer time could be lined up with other rows' write times (trust point 12).
      updatedAt: new Date().toISOString().slice(0, 10),
    };
    // Merge keeps a team name learned at install when a later message arrives without it.
    await client.upsertEntity(entity, 'Merge');
    this.written.set(record.conversationId, fingerprint);
  }

  /**
   * Records that the welcome card was sent. Returns true only for the first caller, so the two
   * install signals Teams sends (and redeliveries) produce one welcome.
   */
  async markWelcomed(conversationId: string): Promise<boolean> {
    const client = await this.client();
    try {
      await client.createEntity({ partitionKey: encodeKey(conversationId), rowKey: WELCOME, at: new Date().toISOString() });
      return true;
    } catch (err) {
      if (hasStatus(err, 409)) return false;
      throw err;
    }
  }

  /** Removes the welcome marker only (the welcome could not be sent). */
  async clearWelcomed(conversationId: string): Promise<void> {
    const client = await this.client();
    await client.deleteEntity(encodeKey(conversationId), WELCOME).catch((err) => {
      if (!hasStatus(err, 404)) throw err;
    });
  }

  /** Removes the reference and the welcome marker (on uninstall); missing rows are fine. */
  async forget(conversationId: string): Promise<void> {
    const client = await this.client();
    const pk = encodeKey(conversationId);
    for (const row of [REF, WELCOME]) {
      try {
        await client.deleteEntity(pk, row);
      } catch (err) {
        if (!hasStatus(err, 404)) throw err;
      }
    }
    this.written.delete(conversationId);
  }

  /** The stored record, or undefined. */
  async get(conversationId: string): Promise<ConversationRecord | undefined> {
    const client = await this.client();
    try {
      return toRecord(await client.getEntity<ConversationEntity>(encodeKey(conversationId), REF));
    } catch (err) {
      if (hasStatus(err, 404)) return undefined;
      throw err;
    }
  }

  /**
   * The personal chat of a person (by Entra object id, else Bot Framework user id), if the app is
   * installed there: where personal things are answered when asked for in a shared conversation.
   */
  async personalOf(person: { aadObjectId?: string; id?: string }): Promise<ConversationRecord | undefined> {
    const client = await this.client();
    const filter = person.aadObjectId
      ? odata`RowKey eq ${REF} and kind eq ${'personal'} and userAadObjectId eq ${person.aadObjectId}`
      : odata`RowKey eq ${REF} and kind eq ${'personal'} and userId eq ${person.id ?? ''}`;
    for await (const e of client.listEntities<ConversationEntity>({ queryOptions: { filter } })) return toRecord(e);
    return undefined;
  }

  /** Every stored conversation of a kind (all kinds when omitted), following continuation pages. */
  async *list(kind?: ConversationKind): AsyncGenerator<ConversationRecord> {
    const client = await this.client();
    const filter = kind ? odata`RowKey eq ${REF} and kind eq ${kind}` : odata`RowKey eq ${REF}`;
    for await (const e of client.listEntities<ConversationEntity>({ queryOptions: { filter } })) {
      yield toRecord(e);
    }
  }

  private client(): Promise<TableClient> {
    return this.tables.table('Conversations');
  }
}

function toRecord(e: ConversationEntity): ConversationRecord {
  return {
    conversationId: e.conversationId,
    kind: e.kind,
    tenantId: e.tenantId,
    serviceUrl: e.serviceUrl,
    botId: e.botId,
    teamId: e.teamId,
    teamName: e.teamName,
    channelId: e.channelId,
    userId: e.userId,
    userAadObjectId: e.userAadObjectId,
    locale: e.locale,
    reference: JSON.parse(e.reference),
  };
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
