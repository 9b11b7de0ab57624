import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TEAMS_CONVERSATION_LIMITS, type Window } from '../../bot/src/proactive/rate-limit';

/** Options of {@link SimulatedConnector}. */
export interface SimulatedConnectorOptions {
  /** Requests per second across all conversations (Teams: 50 per app and tenant). */
  globalPerSecond?: number;
  /** Per-conversation windows (Teams' by default). */
  conversationLimits?: readonly Window[];
  /** Share of requests answered with an injected 429/5xx, 0–1 (the issue asks for 5 %). */
  faultRate?: number;
  /** Seed of the fault injection, so a run can be repeated. */
  seed?: number;
}

/** What the connector saw. */
export interface ConnectorStats {
  requests: number;
  delivered: number;
  throttledGlobal: number;
  throttledConversation: number;
  injected: number;
  firstDeliveryAt?: number;
  lastDeliveryAt?: number;
}

/** A small deterministic PRNG (mulberry32), so fault injection is repeatable. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAULTS = [429, 500, 502, 503, 504];

/**
 * A Bot Connector on loopback that behaves like Teams towards a sending bot: it enforces the
 * global and per-conversation rate limits (429 with Retry-After when exceeded), injects a share of
 * random 429/5xx faults, and counts what was delivered to each conversation — so tests and the
 * benchmark can check "nothing missing, nothing twice" and the achieved rate.
 */
export class SimulatedConnector {
  url = '';
  readonly stats: ConnectorStats = { requests: 0, delivered: 0, throttledGlobal: 0, throttledConversation: 0, injected: 0 };
  /** Activities delivered per conversation (their bodies). */
  readonly delivered = new Map<string, unknown[]>();
  /** Conversations that answer 403 (the app was removed there). */
  readonly blocked = new Set<string>();
  private server?: Server;
  private readonly global: number[] = [];
  private readonly perConversation = new Map<string, number[]>();
  private readonly random: () => number;
  private readonly o: Required<Omit<SimulatedConnectorOptions, 'seed'>>;

  constructor(options: SimulatedConnectorOptions = {}) {
    this.o = { globalPerSecond: 50, conversationLimits: TEAMS_CONVERSATION_LIMITS, faultRate: 0.05, ...options };
    this.random = prng(options.seed ?? 42);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const path = decodeURIComponent(req.url ?? '');
        const conversationId = /^\/v3\/conversations\/([^/]+)/.exec(path)?.[1] ?? '';
        const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
          res.writeHead(status, { 'content-type': 'application/json', ...headers });
          res.end(JSON.stringify(body));
        };
        if (req.method !== 'POST' || !conversationId) return answer(200, {});
        this.stats.requests++;
        const now = Date.now();
        // Teams counts every request against its limits, refused ones included.
        if (this.count(this.global, now, 1000) >= this.o.globalPerSecond) {
          this.stats.throttledGlobal++;
          return answer(429, { error: { code: 'Throttled', message: 'global rate limit' } }, { 'retry-after': '1' });
        }
        this.global.push(now);
        const times = this.perConversation.get(conversationId) ?? [];
        this.perConversation.set(conversationId, times);
        if (this.o.conversationLimits.some((w) => this.count(times, now, w.ms) >= w.count)) {
          this.stats.throttledConversation++;
          times.push(now);
          return answer(429, { error: { code: 'Throttled', message: 'conversation rate limit' } }, { 'retry-after': '1' });
        }
        times.push(now);
        if (this.blocked.has(conversationId)) return answer(403, { error: { code: 'BotDisabledByAdmin', message: 'the bot is blocked in this conversation' } });
        if (this.random() < this.o.faultRate) {
          this.stats.injected++;
          const status = FAULTS[Math.floor(this.random() * FAULTS.length)];
          return answer(status, { error: { code: 'Injected', message: `injected ${status}` } }, status === 429 ? { 'retry-after': '1' } : {});
        }
        this.stats.delivered++;
        this.stats.firstDeliveryAt ??= now;
        this.stats.lastDeliveryAt = now;
        const list = this.delivered.get(conversationId) ?? [];
        list.push(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
        this.delivered.set(conversationId, list);
        answer(201, { id: `activity-${this.stats.delivered}` });
      });
    });
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/`;
    return this;
  }

  /** How many conversations got exactly `n` deliveries. */
  countWith(n: number, conversations: string[]): number {
    return conversations.filter((c) => (this.delivered.get(c)?.length ?? 0) === n).length;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((ok) => this.server!.close(() => ok()));
  }

  /** Entries of `times` within the last `ms` before `now`; drops older ones from the front. */
  private count(times: number[], now: number, ms: number): number {
    // The global list only needs its last second; per-conversation lists keep their longest window.
    if (times === this.global) while (times.length && times[0] <= now - 1000) times.shift();
    let n = 0;
    for (let i = times.length - 1; i >= 0 && times[i] > now - ms; i--) n++;
    return n;
  }
}
