import type { ConversationReference } from 'botbuilder';
import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import type { AnnouncementInput, AnnouncementState, DeliveryCounts, DeliveryFailure } from '../../api/announcements-contract';
import { ConcurrencyError, hasStatus } from '../../storage/errors';
import { encodeKey } from '../../storage/keys';
import type { Tables } from '../../storage/tables';

const PK = 'announcement';
const DELIVERY = 'r|';
const ACK = 'a|';
/** Deliveries of one announcement are spread over this many partitions (see {@link deliveryPartition}). */
const BUCKETS = 32;

/**
 * The partition of a delivery: `<announcement>|<bucket>`. Spreading one announcement's rows keeps
 * each partition small; Azure answers point reads in any partition size, but the emulator scans a
 * partition per read, which made a 10,000-recipient fan-out quadratic locally.
 */
export function deliveryPartition(announcementId: string, key: string): string {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) >>> 0;
  return `${announcementId}|${String(h % BUCKETS).padStart(2, '0')}`;
}
const ackPartition = (announcementId: string) => `${announcementId}|ack`;
/** Every partition of an announcement's deliveries and acknowledgements. */
const allPartitions = (announcementId: string) => odata`PartitionKey ge ${`${announcementId}|`} and PartitionKey lt ${`${announcementId}}`}`;

/** An announcement as stored. */
export interface StoredAnnouncement {
  id: string;
  input: AnnouncementInput;
  state: AnnouncementState;
  sendAt?: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** Set when every recipient has a delivery row and a queue message (fan-out complete). */
  expandedAt?: string;
  /** While a fan-out runs: until when its instance holds it (another instance takes over after). */
  expandLeaseUntil?: string;
  recipients: number;
  etag: string;
}

/** Where one recipient's delivery stands: waiting (no queue message yet), queued, sending, sent, failed. */
export type DeliveryState = 'waiting' | 'queued' | 'sending' | 'sent' | 'failed';

/** One recipient of an announcement. */
export interface Delivery {
  announcementId: string;
  /** Table-safe key of the conversation. */
  key: string;
  conversationId: string;
  kind: 'personal' | 'channel';
  /** Shown in the failure list: the team's name, or "personal chat …". */
  label: string;
  locale?: string;
  /** Where to send (copied from the stored conversation when the fan-out started). */
  reference?: Partial<ConversationReference>;
  state: DeliveryState;
  /** While `sending`: until when the sending worker holds it. */
  leaseUntil?: string;
  attempts: number;
  status?: number;
  reason?: string;
  at?: string;
  etag: string;
}

type Entity = Record<string, unknown> & { partitionKey: string; rowKey: string };

const strip = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/**
 * Announcements (one row each, ETag-guarded state changes) and their deliveries (one partition
 * per announcement: a row per recipient, and a row per person who acknowledged).
 */
export class AnnouncementStore {
  constructor(private readonly tables: Tables) {}

  /** @throws {@link ConcurrencyError} when the id exists. */
  async create(a: Omit<StoredAnnouncement, 'etag'>): Promise<StoredAnnouncement> {
    try {
      const r = await (await this.announcements()).createEntity(this.toEntity(a));
      return { ...a, etag: r.etag ?? '' };
    } catch (err) {
      if (hasStatus(err, 409)) throw new ConcurrencyError('an announcement with this id exists', a.id);
      throw err;
    }
  }

  /** Replaces the announcement if unchanged since `etag`. @throws {@link ConcurrencyError} otherwise. */
  async update(a: StoredAnnouncement, etag: string): Promise<StoredAnnouncement> {
    try {
      const r = await (await this.announcements()).updateEntity(this.toEntity(a), 'Replace', { etag });
      return { ...a, etag: r.etag ?? '' };
    } catch (err) {
      if (hasStatus(err, 412, 404)) throw new ConcurrencyError('the announcement was changed meanwhile', a.id);
      throw err;
    }
  }

  async get(id: string): Promise<StoredAnnouncement | undefined> {
    try {
      return this.fromEntity(await (await this.announcements()).getEntity<Entity>(PK, id));
    } catch (err) {
      if (hasStatus(err, 404)) return undefined;
      throw err;
    }
  }

  async list(): Promise<StoredAnnouncement[]> {
    const out: StoredAnnouncement[] = [];
    for await (const e of (await this.announcements()).listEntities<Entity>({ queryOptions: { filter: odata`PartitionKey eq ${PK}` } })) out.push(this.fromEntity(e));
    return out;
  }

  /**
   * Creates delivery rows for recipients that have none yet (in transactions of up to 100).
   * @returns the rows created now (resuming a fan-out skips the rest).
   */
  async addDeliveries(announcementId: string, recipients: Array<Pick<Delivery, 'conversationId' | 'kind' | 'label' | 'locale' | 'reference'>>): Promise<Delivery[]> {
    const existing = new Set<string>();
    const client = await this.deliveries();
    const filter = `${allPartitions(announcementId)} and ${odata`RowKey ge ${DELIVERY} and RowKey lt ${'r}'}`}`;
    for await (const e of client.listEntities<Entity>({ queryOptions: { filter, select: ['RowKey'] } })) existing.add(e.rowKey);
    const fresh: Delivery[] = [];
    for (const r of recipients) {
      const key = encodeKey(r.conversationId);
      if (existing.has(DELIVERY + key)) continue;
      existing.add(DELIVERY + key);
      fresh.push({ announcementId, key, ...r, state: 'waiting', attempts: 0, etag: '' });
    }
    // A transaction holds one partition and at most 100 operations.
    const byPartition = new Map<string, Delivery[]>();
    for (const d of fresh) {
      const pk = deliveryPartition(announcementId, d.key);
      byPartition.set(pk, [...(byPartition.get(pk) ?? []), d]);
    }
    for (const rows of byPartition.values()) {
      for (let i = 0; i < rows.length; i += 100) {
        const actions: TransactionAction[] = rows.slice(i, i + 100).map((d) => ['create', this.deliveryEntity(d)]);
        await client.submitTransaction(actions);
      }
    }
    return fresh;
  }

  /** Marks waiting rows queued (their messages are about to be written), a transaction per partition. */
  async markQueued(rows: Delivery[]): Promise<void> {
    const client = await this.deliveries();
    const byPartition = new Map<string, TransactionAction[]>();
    for (const d of rows) {
      const pk = deliveryPartition(d.announcementId, d.key);
      const list = byPartition.get(pk) ?? [];
      list.push(['update', { partitionKey: pk, rowKey: DELIVERY + d.key, state: 'queued' }, 'Merge']);
      byPartition.set(pk, list);
    }
    for (const actions of byPartition.values()) {
      for (let i = 0; i < actions.length; i += 100) await client.submitTransaction(actions.slice(i, i + 100));
    }
  }

  async delivery(announcementId: string, key: string): Promise<Delivery | undefined> {
    try {
      return this.fromDelivery(await (await this.deliveries()).getEntity<Entity>(deliveryPartition(announcementId, key), DELIVERY + key));
    } catch (err) {
      if (hasStatus(err, 404)) return undefined;
      throw err;
    }
  }

  /** Deliveries of an announcement (optionally only in one state). */
  async listDeliveries(announcementId: string, state?: DeliveryState): Promise<Delivery[]> {
    const out: Delivery[] = [];
    const base = `${allPartitions(announcementId)} and ${odata`RowKey ge ${DELIVERY} and RowKey lt ${'r}'}`}`;
    const filter = state ? `${base} and ${odata`state eq ${state}`}` : base;
    for await (const e of (await this.deliveries()).listEntities<Entity>({ queryOptions: { filter } })) out.push(this.fromDelivery(e));
    return out;
  }

  /**
   * Changes a delivery if unchanged since its etag was read: the claim that makes one worker, in
   * one instance, send to a recipient.
   * @throws {@link ConcurrencyError} when another worker changed it first.
   */
  async updateDelivery(d: Delivery): Promise<Delivery> {
    try {
      const r = await (await this.deliveries()).updateEntity(this.deliveryEntity(d), 'Replace', { etag: d.etag });
      return { ...d, etag: r.etag ?? '' };
    } catch (err) {
      if (hasStatus(err, 412, 404)) throw new ConcurrencyError('the delivery was changed by another worker', d.key);
      throw err;
    }
  }

  /** Counts one person's acknowledgement once. @returns false when they had acknowledged already. */
  async acknowledge(announcementId: string, personKey: string, at: string): Promise<boolean> {
    try {
      await (await this.deliveries()).createEntity({ partitionKey: ackPartition(announcementId), rowKey: ACK + encodeKey(personKey), at });
      return true;
    } catch (err) {
      if (hasStatus(err, 409)) return false;
      throw err;
    }
  }

  /** How many people acknowledged (the acknowledgement rows only). */
  async ackCount(announcementId: string): Promise<number> {
    let n = 0;
    const filter = odata`PartitionKey eq ${ackPartition(announcementId)}`;
    for await (const _ of (await this.deliveries()).listEntities({ queryOptions: { filter, select: ['RowKey'] } })) n++;
    return n;
  }

  /** Queued / sent / failed / acknowledged, counted from the rows (a few columns only). */
  async counts(announcementId: string, recipients: number): Promise<DeliveryCounts> {
    const c: DeliveryCounts = { recipients, queued: 0, sent: 0, failed: 0, acknowledged: 0 };
    const filter = allPartitions(announcementId);
    for await (const e of (await this.deliveries()).listEntities<Entity>({ queryOptions: { filter, select: ['RowKey', 'state'] } })) {
      if (e.rowKey.startsWith(ACK)) c.acknowledged++;
      else if (e.state === 'sent') c.sent++;
      else if (e.state === 'failed') c.failed++;
      else c.queued++;
    }
    return c;
  }

  /** Failed deliveries, each with its delivery key (unique: the API pages by it, then drops it). */
  async failures(announcementId: string): Promise<Array<DeliveryFailure & { key: string }>> {
    return (await this.listDeliveries(announcementId, 'failed')).map((d) => ({ key: d.key, recipient: d.label, kind: d.kind, status: d.status, reason: d.reason ?? '', at: d.at ?? '' }));
  }

  private toEntity(a: Omit<StoredAnnouncement, 'etag'>): Entity {
    return strip({
      partitionKey: PK,
      rowKey: a.id,
      data: JSON.stringify(a.input),
      state: a.state,
      sendAt: a.sendAt,
      createdAt: a.createdAt,
      createdBy: a.createdBy,
      updatedAt: a.updatedAt,
      updatedBy: a.updatedBy,
      expandedAt: a.expandedAt,
      expandLeaseUntil: a.expandLeaseUntil,
      recipients: a.recipients,
    }) as Entity;
  }

  private fromEntity(e: Entity & { etag?: string }): StoredAnnouncement {
    return {
      id: e.rowKey,
      input: JSON.parse(e.data as string) as AnnouncementInput,
      state: e.state as AnnouncementState,
      sendAt: e.sendAt as string | undefined,
      createdAt: e.createdAt as string,
      createdBy: e.createdBy as string,
      updatedAt: e.updatedAt as string,
      updatedBy: e.updatedBy as string,
      expandedAt: e.expandedAt as string | undefined,
      expandLeaseUntil: e.expandLeaseUntil as string | undefined,
      recipients: (e.recipients as number | undefined) ?? 0,
      etag: e.etag ?? '',
    };
  }

  private deliveryEntity(d: Delivery): Entity {
    return strip({
      partitionKey: deliveryPartition(d.announcementId, d.key),
      rowKey: DELIVERY + d.key,
      conversationId: d.conversationId,
      kind: d.kind,
      label: d.label,
      locale: d.locale,
      reference: d.reference && JSON.stringify(d.reference),
      state: d.state,
      leaseUntil: d.leaseUntil,
      attempts: d.attempts,
      status: d.status,
      reason: d.reason,
      at: d.at,
    }) as Entity;
  }

  private fromDelivery(e: Entity & { etag?: string }): Delivery {
    return {
      announcementId: e.partitionKey.slice(0, e.partitionKey.lastIndexOf('|')),
      key: e.rowKey.slice(DELIVERY.length),
      conversationId: e.conversationId as string,
      kind: e.kind as Delivery['kind'],
      label: e.label as string,
      locale: e.locale as string | undefined,
      reference: typeof e.reference === 'string' ? (JSON.parse(e.reference) as Partial<ConversationReference>) : undefined,
      state: e.state as DeliveryState,
      leaseUntil: e.leaseUntil as string | undefined,
      attempts: (e.attempts as number | undefined) ?? 0,
      status: e.status as number | undefined,
      reason: e.reason as string | undefined,
      at: e.at as string | undefined,
      etag: e.etag ?? '',
    };
  }

  private announcements(): Promise<TableClient> {
    return this.tables.table('Announcements');
  }

  private deliveries(): Promise<TableClient> {
    return this.tables.table('Deliveries');
  }
}
