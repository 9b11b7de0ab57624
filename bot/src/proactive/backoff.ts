/**
 * Retry timing for calls to the Bot Connector. Teams answers 429 when a bot sends too fast and
 * names 412, 502 and 504 (and 500, 503) as transient; a 429 often says how long to wait.
 */

/** HTTP statuses worth retrying. */
export const TRANSIENT_STATUSES = new Set([412, 429, 500, 502, 503, 504]);

/** Statuses that will not get better by retrying: the app was removed, or the conversation is gone. */
export const PERMANENT_STATUSES = new Set([400, 401, 403, 404, 410]);

/**
 * How long to wait before retry number `attempt` (0-based): the server's `Retry-After` when it
 * gave one, else exponential backoff from `baseMs` with full jitter, capped at `maxMs`.
 */
export function retryDelayMs(attempt: number, retryAfterSeconds: number | undefined, baseMs = 500, maxMs = 30_000, random = Math.random): number {
  if (retryAfterSeconds !== undefined && Number.isFinite(retryAfterSeconds) && retryAfterSeconds >= 0) {
    return Math.min(retryAfterSeconds * 1000, maxMs);
  }
  const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Reads a `Retry-After` header given in seconds (the HTTP-date form is treated as absent). */
export function parseRetryAfter(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const n = Number(value.trim());
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}
