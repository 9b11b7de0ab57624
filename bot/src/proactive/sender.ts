import type { Activity, ConversationReference } from 'botbuilder';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { Logger } from '../logger';
import { parseRetryAfter, PERMANENT_STATUSES, retryDelayMs, TRANSIENT_STATUSES } from './backoff';
import { ConversationLimiter } from './rate-limit';

/** The result of one proactive send. */
export type SendResult =
  | { ok: true; attempts: number }
  | { ok: false; permanent: boolean; status?: number; reason: string; attempts: number; /** The server's Retry-After, when it gave one. */ retryAfterSeconds?: number };

/** Options of {@link ProactiveSender}. */
export interface SenderOptions {
  adapter: TeamsAdapter;
  /** The bot's app id ('' in anonymous local mode). */
  botAppId: string;
  log: Logger;
  /** Sends per second across all conversations; Teams allows 50 per app and tenant, stay below. */
  perSecond?: number;
  /** Per-conversation limits (Teams' by default). */
  conversations?: ConversationLimiter;
  maxAttempts?: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Sends a message into a stored conversation, paced below Teams' global rate limit, retrying
 * 429 and 5xx with backoff (honouring `Retry-After`) and reporting permanent failures (the app
 * was uninstalled: 403/404) with their reason instead of retrying them.
 */
export class ProactiveSender {
  private nextSlot = 0;
  private readonly intervalMs: number;
  private readonly maxAttempts: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly conversations: ConversationLimiter;
  private readonly global: ConversationLimiter;

  constructor(private readonly o: SenderOptions) {
    this.intervalMs = 1000 / (o.perSecond ?? 40);
    this.maxAttempts = o.maxAttempts ?? 6;
    this.sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.conversations = o.conversations ?? new ConversationLimiter();
    this.global = new ConversationLimiter([{ count: o.perSecond ?? 40, ms: 1000 }]);
  }

  /**
   * Sends one activity.
   * @param options.maxAttempts - attempts before giving up on a transient failure; a queue-based
   *   caller passes 1 and retries through its queue, so no send outlives its message's lease.
   */
  async send(reference: Partial<ConversationReference>, activity: Partial<Activity>, options: { maxAttempts?: number } = {}): Promise<SendResult> {
    const conversationId = reference.conversation?.id ?? '';
    const maxAttempts = options.maxAttempts ?? this.maxAttempts;
    for (let attempt = 0; ; attempt++) {
      for (let wait = this.conversations.delayFor(conversationId, Date.now()); wait > 0; wait = this.conversations.delayFor(conversationId, Date.now())) await this.sleep(wait);
      this.conversations.record(conversationId, Date.now());
      await this.pace();
      try {
        // The adapter hands errors thrown in a turn to onTurnError, which swallows them: catch the
        // send's own error inside the turn so that its status reaches the retry logic below.
        let failure: unknown;
        await this.o.adapter.continueConversationAsync(this.o.botAppId, reference, async (context) => {
          try {
            await context.sendActivity(activity);
          } catch (err) {
            failure = err ?? new Error('send failed');
          }
        });
        if (failure) throw failure;
        return { ok: true, attempts: attempt + 1 };
      } catch (err) {
        const status = statusOf(err);
        const permanent = status !== undefined && PERMANENT_STATUSES.has(status);
        const transient = status === undefined || TRANSIENT_STATUSES.has(status);
        if (permanent || !transient || attempt + 1 >= maxAttempts) {
          const reason = (err as Error)?.message?.slice(0, 200) ?? String(err);
          if (maxAttempts > 1 || permanent) this.o.log.warn({ status, attempts: attempt + 1, permanent }, 'proactive send failed');
          return { ok: false, permanent, status, reason, attempts: attempt + 1, retryAfterSeconds: retryAfterOf(err) };
        }
        await this.sleep(retryDelayMs(attempt, retryAfterOf(err)));
      }
    }
  }

  /**
   * Spaces sends evenly at `perSecond`, across all callers, and never lets more than `perSecond`
   * leave within any second: when timers fire late (a busy event loop), evenly planned slots
   * would otherwise bunch up into a burst the connector refuses.
   */
  private async pace(): Promise<void> {
    const now = Date.now();
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + this.intervalMs;
    if (slot > now) await this.sleep(slot - now);
    for (let wait = this.global.delayFor('', Date.now()); wait > 0; wait = this.global.delayFor('', Date.now())) await this.sleep(wait);
    this.global.record('', Date.now());
  }
}

function statusOf(err: unknown): number | undefined {
  const e = err as { statusCode?: unknown; response?: { status?: unknown } };
  const s = e?.statusCode ?? e?.response?.status;
  return typeof s === 'number' ? s : undefined;
}

function retryAfterOf(err: unknown): number | undefined {
  const headers = (err as { response?: { headers?: { get?(name: string): string | undefined } } })?.response?.headers;
  return parseRetryAfter(headers?.get?.('retry-after'));
}
