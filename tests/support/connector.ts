import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made to the connector. */
export interface ConnectorCall {
  method: string;
  path: string;
  conversationId: string;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The status this connector answered with. */
  status: number;
}

/**
 * A stand-in for the Bot Framework connector on loopback: the bot posts its replies to the
 * activity's `serviceUrl` (anonymous local mode), and this server records them.
 */
export class RecordingConnector {
  readonly calls: ConnectorCall[] = [];
  private server?: Server;
  private counter = 0;
  private waiters: Array<() => void> = [];
  /** Delay before answering each call, to keep a bot turn in flight. */
  delayMs = 0;
  /** Calls received but not yet answered. */
  pending = 0;
  /** Failures to answer with, per conversation, consumed one per call (e.g. 429, then 404). */
  readonly failures = new Map<string, Array<{ status: number; retryAfter?: string }>>();

  /** Base URL to put into activities' `serviceUrl`. */
  url = '';

  async start(): Promise<this> {
    this.server = createServer(async (req, res) => {
      const body = await readJson(req);
      const path = decodeURIComponent(req.url ?? '');
      const m = /^\/v3\/conversations\/([^/]+)/.exec(path);
      const conversationId = m?.[1] ?? '';
      const failure = this.failures.get(conversationId)?.shift();
      this.calls.push({ method: req.method ?? '', path, conversationId, body, status: failure?.status ?? 200 });
      this.pending++;
      this.waiters.splice(0).forEach((w) => w());
      if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
      this.pending--;
      if (failure) {
        res.writeHead(failure.status, { 'content-type': 'application/json', ...(failure.retryAfter ? { 'retry-after': failure.retryAfter } : {}) });
        res.end(JSON.stringify({ error: { code: 'Injected', message: `injected ${failure.status}` } }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `activity-${++this.counter}` }));
    });
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/`;
    return this;
  }

  /** Activities delivered to a conversation (answered 200), oldest first. */
  sentTo(conversationId: string): any[] {
    return this.calls.filter((c) => c.conversationId === conversationId && c.method === 'POST' && c.status === 200).map((c) => c.body);
  }

  /** Every attempt to post to a conversation, including the ones answered with a failure. */
  attemptsTo(conversationId: string): ConnectorCall[] {
    return this.calls.filter((c) => c.conversationId === conversationId && c.method === 'POST');
  }

  /** Waits until `predicate` holds for the recorded calls (fails after `timeoutMs`). */
  async waitFor(predicate: (calls: ConnectorCall[]) => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.calls)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`connector: condition not met within ${timeoutMs} ms; calls: ${JSON.stringify(this.calls.map((c) => c.path))}`);
      await new Promise<void>((ok) => {
        const timer = setTimeout(ok, Math.min(left, 100));
        this.waiters.push(() => {
          clearTimeout(timer);
          ok();
        });
      });
    }
  }

  reset(): void {
    this.calls.length = 0;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((ok) => this.server!.close(() => ok()));
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}
