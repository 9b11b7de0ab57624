import type { Logger } from '../../logger';
import { ConcurrencyError } from '../../storage/errors';
import type { Queues } from '../../storage/queues';
import type { ConversationStore } from '../install/store';
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

/** How long one instance holds a fan-out before another may take it over (10,000 recipients take seconds). */
const LEASE_MS = 60_000;
const ENQUEUE_CONCURRENCY = 16;

/**
 * Turns an announcement that is due into one delivery row and one queue message per recipient.
 * Safe in several instances (the announcement is claimed with its ETag and a lease) and
 * resumable: after a crash the next claim re-resolves the audience, adds only missing rows and
 * re-queues every row still queued (a message queued twice is sent once: workers claim the row).
 */
export class FanOut {
  constructor(private readonly deps: { store: AnnouncementStore; queues: Queues; conversations: ConversationStore; people: PeopleStore; log: Logger; now?: () => Date }) {}

  /** Starts (or resumes) every announcement that is due or whose fan-out was interrupted. */
  async tick(): Promise<void> {
    const now = this.now();
    for (const a of await this.deps.store.list()) {
      const due = a.state === 'scheduled' && a.sendAt !== undefined && a.sendAt <= now.toISOString();
      const stalled = a.state === 'sending' && !a.expandedAt && (a.expandLeaseUntil ?? '') < now.toISOString();
      if (due || stalled) await this.expand(a);
      else if (a.state === 'sending' && a.expandedAt) await this.completeIfDone(a);
    }
  }

  /** Claims and expands one announcement; returns false when another instance holds it. */
  async expand(a: StoredAnnouncement): Promise<boolean> {
    let claimed: StoredAnnouncement;
    try {
      claimed = await this.deps.store.update({ ...a, state: 'sending', sendAt: a.sendAt ?? this.now().toISOString(), expandLeaseUntil: this.leaseEnd() }, a.etag);
    } catch (err) {
      if (err instanceof ConcurrencyError) return false;
      throw err;
    }
    const recipients = await resolveAudience(claimed.input.audience, this.deps);
    const fresh = await this.deps.store.addDeliveries(claimed.id, recipients);
    // Everything still queued gets a message: the fresh rows, and on a resume the rows whose
    // message may not have been written before the crash.
    const queued = a.state === 'sending' ? await this.deps.store.listDeliveries(claimed.id, 'queued') : fresh;
    let next = 0;
    const enqueue = async () => {
      while (next < queued.length) {
        const d = queued[next++];
        await this.deps.queues.send<DeliveryMessage>('announce', { a: claimed.id, k: d.key });
      }
    };
    await Promise.all(Array.from({ length: ENQUEUE_CONCURRENCY }, enqueue));
    const total = (await this.deps.store.counts(claimed.id, recipients.length));
    const done = await this.deps.store.update({ ...claimed, recipients: total.queued + total.sent + total.failed, expandedAt: this.now().toISOString(), expandLeaseUntil: undefined }, claimed.etag);
    this.deps.log.info({ announcement: a.id, recipients: done.recipients, queuedNow: queued.length }, 'announcement fanned out');
    await this.completeIfDone(done);
    return true;
  }

  /** Marks the announcement sent once no delivery is queued or in flight. */
  async completeIfDone(a: StoredAnnouncement): Promise<void> {
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
