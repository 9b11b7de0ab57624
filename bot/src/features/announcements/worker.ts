import { CardFactory, MessageFactory } from 'botbuilder';
import { langFromLocale, type Lang } from '../../i18n';
import type { Logger } from '../../logger';
import { retryDelayMs } from '../../proactive/backoff';
import type { SendResult } from '../../proactive/sender';
import { ConcurrencyError } from '../../storage/errors';
import type { QueueMessage, Queues } from '../../storage/queues';
import type { ConversationReference } from 'botbuilder';
import type { ConversationStore } from '../../conversations/store';
import { announcementCard } from './cards';
import type { DeliveryMessage } from './fanout';
import type { AnnouncementStore, Delivery, StoredAnnouncement } from './store';

/** What the worker needs. */
export interface WorkerDeps {
  store: AnnouncementStore;
  queues: Queues;
  conversations: ConversationStore;
  /**
   * Sends one activity into a stored conversation, paced, in ONE attempt: retries go through the
   * queue, so a send never outlives its message's visibility (which would let a second worker
   * send the same delivery).
   */
  send: (reference: Partial<ConversationReference>, activity: ReturnType<typeof MessageFactory.attachment>) => Promise<SendResult>;
  defaultLocale: Lang;
  log: Logger;
  /** Parallel sends in this instance (the sender's pacing keeps the rate). */
  concurrency?: number;
  /** How long a taken message stays invisible, and a claimed delivery belongs to its worker. */
  visibilitySeconds?: number;
  /** A recipient that failed transiently this often is given up (reason kept). */
  maxTries?: number;
  /** Wait between polls of an empty queue. */
  idleMs?: number;
  /** Called once when the queue runs empty after work (e.g. to mark announcements sent). */
  onIdle?: () => Promise<void>;
}

/** A dead-lettered delivery, with why. */
export interface DeadLetter extends DeliveryMessage {
  status?: number;
  reason: string;
  at: string;
}

/**
 * Sends queued deliveries. Safe to run in several instances at once: each delivery row is claimed
 * with its ETag before sending, so a message taken twice (redelivered, re-queued by a resumed
 * fan-out) is sent once. A crash leaves the message in the queue; it reappears after its
 * visibility timeout and the delivery is completed then.
 */
export class DeliveryWorker {
  private running = false;
  private loop: Promise<void> = Promise.resolve();
  private readonly inFlight = new Set<Promise<void>>();
  /** True between taking work and the next empty poll. */
  private busy = false;
  private readonly announcements = new Map<string, { a: StoredAnnouncement; until: number }>();
  private readonly visibility: number;

  constructor(private readonly deps: WorkerDeps) {
    this.visibility = deps.visibilitySeconds ?? 60;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.receiveLoop();
  }

  /** Stops taking messages and waits for the sends in flight. */
  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    await Promise.all(this.inFlight);
  }

  /**
   * One receiver feeds up to `concurrency` handlers: it takes only as many messages as there are
   * free handlers (a taken message's visibility clock runs), and polls an empty queue once per
   * `idleMs` rather than once per handler.
   */
  private async receiveLoop(): Promise<void> {
    const concurrency = this.deps.concurrency ?? 24;
    while (this.running) {
      const free = concurrency - this.inFlight.size;
      // Take messages in batches (a receive per message would double the queue calls); the
      // handlers still busy keep the sender's pace while the batch is fetched.
      if (free < Math.min(8, concurrency)) {
        await Promise.race(this.inFlight);
        continue;
      }
      let messages: Array<QueueMessage<DeliveryMessage>> = [];
      try {
        messages = await this.deps.queues.receive<DeliveryMessage>('announce', free, this.visibility);
      } catch (err) {
        this.deps.log.warn({ err }, 'announcement queue not readable; retrying');
      }
      if (messages.length === 0) {
        if (this.busy && this.inFlight.size === 0) {
          this.busy = false;
          await this.deps.onIdle?.().catch((err) => this.deps.log.warn({ err }, 'idle check failed'));
        }
        await new Promise((r) => setTimeout(r, this.deps.idleMs ?? 1000));
        continue;
      }
      this.busy = true;
      for (const m of messages) {
        const p: Promise<void> = this.handle(m)
          .catch((err) => {
            // Storage trouble: the message reappears after its visibility timeout and is tried again.
            this.deps.log.warn({ err, announcement: m.body.a }, 'delivery not completed; it will be retried');
          })
          .finally(() => this.inFlight.delete(p));
        this.inFlight.add(p);
      }
    }
  }

  /** Handles one queue message: claim, send, record; exported for tests through the class. */
  async handle(m: QueueMessage<DeliveryMessage>): Promise<void> {
    const { store, queues } = this.deps;
    const d = await store.delivery(m.body.a, m.body.k);
    const now = Date.now();
    if (!d || d.state === 'sent' || d.state === 'failed') return queues.delete('announce', m);
    // Another worker holds it and has time left: leave the message; it comes back later.
    if (d.state === 'sending' && Date.parse(d.leaseUntil ?? '') > now) return;
    let claimed: Delivery;
    try {
      claimed = await store.updateDelivery({ ...d, state: 'sending', attempts: d.attempts + 1, leaseUntil: new Date(now + this.visibility * 1000).toISOString() });
    } catch (err) {
      if (err instanceof ConcurrencyError) return; // another worker was first
      throw err;
    }
    const announcement = await this.announcement(d.announcementId);
    // The reference travels with the delivery; older rows without it look the conversation up.
    const reference = d.reference ?? (await this.deps.conversations.get(d.conversationId))?.reference;
    if (!announcement || !reference) {
      return this.fail(m, claimed, undefined, announcement ? 'the app is no longer installed there (conversation removed)' : 'the announcement no longer exists');
    }
    const lang = langFromLocale(d.locale, this.deps.defaultLocale);
    const card = announcementCard(announcement.id, announcement.input, d.kind === 'channel' ? 'all' : lang);
    const result = await this.deps.send(reference, MessageFactory.attachment(CardFactory.adaptiveCard(card)));
    if (result.ok) {
      await this.finish(claimed, { state: 'sent', at: new Date().toISOString(), leaseUntil: undefined, status: undefined, reason: undefined });
      return queues.delete('announce', m);
    }
    if (result.permanent) {
      if (result.status === 403 || result.status === 404) await this.deps.conversations.forget(d.conversationId);
      return this.fail(m, claimed, result.status, reasonOf(result));
    }
    if (claimed.attempts >= (this.deps.maxTries ?? 8)) return this.fail(m, claimed, result.status, `gave up after ${claimed.attempts} tries: ${reasonOf(result)}`);
    // Transient (429, 5xx): back to the queue, hidden for the backoff the connector asked for.
    await this.finish(claimed, { state: 'queued', leaseUntil: undefined, status: result.status, reason: reasonOf(result) });
    await queues.retryLater('announce', m, retryDelayMs(claimed.attempts - 1, result.retryAfterSeconds) / 1000);
  }

  private async fail(m: QueueMessage<DeliveryMessage>, d: Delivery, status: number | undefined, reason: string): Promise<void> {
    const at = new Date().toISOString();
    await this.deps.queues.send<DeadLetter>('announce-dead', { a: d.announcementId, k: d.key, status, reason, at });
    await this.finish(d, { state: 'failed', leaseUntil: undefined, status, reason, at });
    await this.deps.queues.delete('announce', m);
    this.deps.log.warn({ announcement: d.announcementId, status, reason }, 'announcement delivery failed permanently (dead-lettered)');
  }

  private async finish(d: Delivery, change: Partial<Delivery>): Promise<void> {
    try {
      await this.deps.store.updateDelivery({ ...d, ...change });
    } catch (err) {
      // Our lease ran out and another worker took over: it records the outcome.
      if (!(err instanceof ConcurrencyError)) throw err;
      this.deps.log.warn({ announcement: d.announcementId }, 'delivery taken over by another worker after its lease ended');
    }
  }

  /** The announcement, cached briefly: every recipient's message names it. */
  private async announcement(id: string): Promise<StoredAnnouncement | undefined> {
    const hit = this.announcements.get(id);
    if (hit && hit.until > Date.now()) return hit.a;
    const a = await this.deps.store.get(id);
    if (a) this.announcements.set(id, { a, until: Date.now() + 10_000 });
    return a;
  }
}

function reasonOf(r: Extract<SendResult, { ok: false }>): string {
  const known: Record<number, string> = { 403: 'the app was blocked or removed (403)', 404: 'the conversation no longer exists (404)', 429: 'throttled by Teams (429)' };
  return (r.status !== undefined && known[r.status]) || `${r.status ?? 'network'}: ${r.reason}`;
}
