/**
 * Helpers for storage errors. Azurite answers with the right HTTP status but sometimes an empty
 * error `code`, so we branch on `statusCode` only.
 */

/** The HTTP status of a failed storage call, if it has one. */
export function statusOf(err: unknown): number | undefined {
  const s = (err as { statusCode?: unknown })?.statusCode;
  return typeof s === 'number' ? s : undefined;
}

/** True when the storage call failed with the given HTTP status. */
export function hasStatus(err: unknown, ...codes: number[]): boolean {
  const s = statusOf(err);
  return s !== undefined && codes.includes(s);
}

/**
 * A write was rejected because the record changed since it was read (ETag mismatch, 412) or
 * already exists (409). Callers decide whether to re-read and retry or report it to the person.
 */
export class ConcurrencyError extends Error {
  constructor(message: string, public readonly key?: string) {
    super(message);
    this.name = 'ConcurrencyError';
  }
}
