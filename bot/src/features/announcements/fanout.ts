import type { Logger } from '../../logger';
import { ConcurrencyError } from '../../storage/errors';
import type { Queues } from '../../storage/queues';
import type { ConversationStore } from '../../conversations/store';
import type { PeopleStore } from '../people/store';
import { resolveAudience } from './audience';
import type { AnnouncementStore, StoredAnnouncement } from './store';

/** The queue message of one recipient. Small on purpose: the worker reads the rest from the tables. */
export interface DeliveryMessage {
  /** Announcement id. */
  a: string;
  /** Delivery row key (the encoded conversation id). */
  k: string;
}

/** How long one instance holds a fan-out before another may take it over; renewed on every feed. */
const LEASE_MS = 15_000;
const ENQUEUE_CONCURRENCY = 16;
/**
 * At most this many delivery messages wait in the queue; the rest wait as rows ("waiting") and
 * are fed in as the queue drains. A bounded queue keeps every receive cheap (the emulator scans
 * the whole queue per receive) and keeps "send" answering in a moment for 10,000 recipients.
 */
const WINDOW = 1_000;

/**
 * Turns an announcement that is due into one delivery row per recipient, then feeds one queue
 * message per recipient into the queue as it drains. Safe in several instances (the announcement
 * is claimed with its ETag and a lease that the feeding instance renews) and resumable: after a
 * crash the next claim re-resolves the audience, adds only missing rows, re-queues every row
 * marked queued (a message queued twice is sent once: workers claim the row), and feeds on.
 */
export class FanOut {
  constructor(private readonly deps: { store: AnnouncementStore; queues: Queues; conversations: ConversationStore; people: PeopleStore; log: Logger; now?: () => Date }) {}

  private ticking?: Promise<void>;
  private next?: Promise<void>;

  /**
   * Starts due announcements, feeds the ones sending, resumes interrupted ones, completes finished
   * ones. One tick at a time per instance (the timer, the worker running idle and "send now" all
   * call it): two overlapping ticks would work from each other's stale copies.
   */
  tick(): Promise<void> {
    if (!this.ticking) {
      this.ticking = this.runTick().finally(() => (this.ticking = undefined));
      return this.ticking;
    }
    // A tick is running and may have read the announcements before the caller's change: run one
    // more after it (callers arriving meanwhile share that one).
    this.next ??= this.ticking.catch(() => undefined).then(() => {
      this.next = undefined;
      return this.tick();
    });
    return this.next;
  }

  private async runTick(): Promise<void> {
    const now = this.now().toISOString();
    for (const a of await this.deps.store.list()) {
      const due = a.state === 'scheduled' && a.sendAt !== undefined && a.sendAt <= now;
      const feeding = a.state === 'sending' && !a.expandedAt;
      if (due || (feeding && (a.expandLeaseUntil ?? '') < now)) await this.start(a);
      else if (feeding && this.holding.has(a.id)) await this.feed(a);
      else if (a.state === 'sending' && a.expandedAt) await this.completeIfDone(a);
    }
  }

  /** Announcements this instance holds the fan-out lease of. */
  private readonly holding = new Set<string>();

  /** Claims an announcement and starts (or resumes) its fan-out; false when another instance holds it. */
  async start(a: StoredAnnouncement): Promise<boolean> {
    let claimed: StoredAnnouncement;
    try {
      claimed = await this.deps.store.update({ ...a, state: 'sending', sendAt: a.sendAt ?? this.now().toISOString(), expandLeaseUntil: this.leaseEnd() }, a.etag);
    } catch (err) {
      if (err instanceof ConcurrencyError) return false;
      throw err;
    }
    this.holding.add(a.id);
    const recipients = await resolveAudience(claimed.input.audience, this.deps);
    await this.deps.store.addDeliveries(claimed.id, recipients);
    if (a.state === 'sending') {
      // Resuming: rows marked queued may have lost their message in the crash; queue them again.
      await this.enqueue(claimed.id, await this.deps.store.listDeliveries(claimed.id, 'queued'));
    }
    const total = await this.deps.store.counts(claimed.id, recipients.length);
    const withCount = await this.deps.store.update({ ...claimed, recipients: total.queued + total.sent + total.failed }, claimed.etag);
    this.deps.log.info({ announcement: a.id, recipients: withCount.recipients }, 'announcement fan-out started');
    await this.feed(withCount);
    return true;
  }

  /**
   * Moves waiting rows into the queue until it holds {@link WINDOW} messages, renewing the lease;
   * marks the fan-out complete when no row waits any more.
   */
  async feed(a: StoredAnnouncement): Promise<void> {
    const room = WINDOW - (await this.deps.queues.approximateCount('announce'));
    let current = a;
    try {
      current = await this.deps.store.update({ ...a, expandLeaseUntil: this.leaseEnd() }, a.etag);
    } catch (err) {
      if (!(err instanceof ConcurrencyError)) throw err;
      this.holding.delete(a.id); // someone else holds it now
      return;
    }
    const waiting = await this.deps.store.listDeliveries(a.id, 'waiting');
    const batch = room > 0 ? waiting.slice(0, room) : [];
    // Marked first, then queued: a crash in between leaves queued rows without a message, which
    // the resume re-queues; the other order could lose a message's row state to a worker's claim.
    await this.deps.store.markQueued(batch);
    await this.enqueue(a.id, batch);
    if (waiting.length === batch.length) {
      const done = await this.deps.store.update({ ...current, expandedAt: this.now().toISOString(), expandLeaseUntil: undefined }, current.etag);
      this.holding.delete(a.id);
      this.deps.log.info({ announcement: a.id, recipients: done.recipients }, 'announcement fully queued');
      await this.completeIfDone(done);
    }
  }

  private async enqueue(announcementId: string, rows: Array<{ key: string }>): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < rows.length) {
        const d = rows[next++];
        await this.deps.queues.send<DeliveryMessage>('announce', { a: announcementId, k: d.key });
      }
    };
    await Promise.all(Array.from({ length: ENQUEUE_CONCURRENCY }, worker));
  }

  /** Marks the announcement sent once no delivery is queued or in flight. */
  async completeIfDone(a: StoredAnnouncement): Promise<void> {
    // The queue's message count is one cheap call; counting the rows reads every delivery.
    if ((await this.deps.queues.approximateCount('announce')) > 0) return;
    const c = await this.deps.store.counts(a.id, a.recipients);
    if (c.queued > 0) return;
    try {
      await this.deps.store.update({ ...a, state: 'sent' }, a.etag);
      this.deps.log.info({ announcement: a.id, sent: c.sent, failed: c.failed }, 'announcement delivered');
    } catch (err) {
      if (!(err instanceof ConcurrencyError)) throw err; // another instance completed it
    }
  }

  private leaseEnd(): string {
    return new Date(this.now().getTime() + LEASE_MS).toISOString();
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}
