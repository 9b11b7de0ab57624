import type { Request } from 'restify';
import { AuthError, type Authenticator } from './api-auth';

/** What {@link PersonRateLimiter.take} decided. */
export type RateDecision =
  | { allowed: true }
  | {
      allowed: false;
      /** Whole seconds until the next token (at least 1), for `Retry-After`. */
      retryAfterSeconds: number;
      /** True for the first refusal since the person's last allowed request: tell them once, not per request. */
      firstRefusal: boolean;
    };

/** Options of {@link PersonRateLimiter}. */
export interface PersonRateLimiterOptions {
  /** Requests a person may make at once (the bucket's size). */
  burst: number;
  /** Tokens added per second. */
  perSecond: number;
  /** Most people tracked at once; beyond it the least recently active are forgotten. */
  maxPeople?: number;
  /** Clock, for tests. */
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
  refused: boolean;
}

/**
 * A token bucket per person (keyed by the Entra object id), kept in this instance's memory.
 * Bounded: a bucket that has refilled completely is the same as none, so idle ones are dropped in
 * a sweep; when more than `maxPeople` are active at once, the least recently active are forgotten
 * (they get a fresh bucket — generous, never a wrong refusal). Several instances each keep their
 * own buckets, so the limit per person is per instance (a decision: no shared state on the hot path).
 */
export class PersonRateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly maxPeople: number;
  private readonly now: () => number;
  private lastSweep = 0;

  constructor(private readonly o: PersonRateLimiterOptions) {
    this.maxPeople = o.maxPeople ?? 50_000;
    this.now = o.now ?? Date.now;
  }

  /** People currently tracked (for tests and metrics). */
  get size(): number {
    return this.buckets.size;
  }

  /** Takes one token from `key`'s bucket, or says how long to wait. */
  take(key: string): RateDecision {
    const now = this.now();
    this.sweep(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.o.burst, at: now, refused: false };
    bucket.tokens = Math.min(this.o.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.o.perSecond);
    bucket.at = now;
    // Re-inserting keeps the map in order of last activity, so the oldest entry is the idlest.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxPeople) this.buckets.delete(this.buckets.keys().next().value as string);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      bucket.refused = false;
      return { allowed: true };
    }
    const firstRefusal = !bucket.refused;
    bucket.refused = true;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.o.perSecond)), firstRefusal };
  }

  /** Drops buckets that are full again (idle long enough); at most once per refill period. */
  private sweep(now: number): void {
    const fullAfterMs = (this.o.burst / this.o.perSecond) * 1000;
    if (now - this.lastSweep < fullAfterMs) return;
    this.lastSweep = now;
    for (const [key, b] of this.buckets) {
      // Map order is by last activity: the first bucket still in use ends the sweep.
      if (now - b.at < fullAfterMs) break;
      this.buckets.delete(key);
    }
  }
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Thrown for a caller whose bucket is empty: the API answers 429 with `Retry-After`. */
export class RateLimitedError extends AuthError {
  constructor(retryAfterSeconds: number) {
    super(429, 'rate-limited', `too many changes in a short time: please wait ${retryAfterSeconds} s and try again`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * Wraps the API's authenticator so that every write (POST, PUT, PATCH, DELETE) of a signed-in
 * person takes a token from their bucket, keyed by the Entra object id. It sits in the
 * authenticator because that is where the caller is known, before any handler or storage runs.
 * Reads are not limited (they write nothing; list sizes are bounded by pagination).
 */
export function limitWrites(authenticate: Authenticator, limiter: PersonRateLimiter): Authenticator {
  return async (req: Request) => {
    const principal = await authenticate(req);
    if (WRITES.has((req.method ?? '').toUpperCase())) {
      const decision = limiter.take(principal.oid.toLowerCase());
      if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds);
    }
    return principal;
  };
}
