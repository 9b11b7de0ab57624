/** A limit of `count` messages per `ms` milliseconds. */
export interface Window {
  count: number;
  ms: number;
}

/** Teams' limits per bot and conversation (thread), from the platform documentation. */
export const TEAMS_CONVERSATION_LIMITS: readonly Window[] = [
  { count: 7, ms: 1_000 },
  { count: 8, ms: 2_000 },
  { count: 60, ms: 30_000 },
  { count: 1_800, ms: 3_600_000 },
];

/**
 * Sliding-window limits per conversation: how long to wait before the next message into a
 * conversation keeps every window within its count. Kept in memory per instance; the Bot
 * Connector's 429 (with Retry-After) remains the protection across instances.
 */
export class ConversationLimiter {
  private readonly sent = new Map<string, number[]>();
  private readonly longest: number;

  constructor(private readonly windows: readonly Window[] = TEAMS_CONVERSATION_LIMITS) {
    this.longest = Math.max(...windows.map((w) => w.ms));
  }

  /** Milliseconds to wait before sending into `conversationId` at `now` (0 = now). */
  delayFor(conversationId: string, now: number): number {
    const times = this.sent.get(conversationId);
    if (!times) return 0;
    let wait = 0;
    for (const w of this.windows) {
      const inWindow = times.filter((t) => t > now - w.ms);
      // The oldest message that must leave the window before one more fits.
      if (inWindow.length >= w.count) wait = Math.max(wait, inWindow[inWindow.length - w.count] + w.ms - now);
    }
    return wait;
  }

  /** Records a send into `conversationId` at `now`. */
  record(conversationId: string, now: number): void {
    const times = (this.sent.get(conversationId) ?? []).filter((t) => t > now - this.longest);
    times.push(now);
    this.sent.set(conversationId, times);
    if (this.sent.size > 50_000) this.prune(now);
  }

  private prune(now: number): void {
    for (const [id, times] of this.sent) if (times[times.length - 1] <= now - this.longest) this.sent.delete(id);
  }
}
