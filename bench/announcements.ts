import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Announcement, AnnouncementInput } from '../bot/src/api/announcements-contract';
import { recordFromActivity } from '../bot/src/conversations/model';
import { ConversationStore } from '../bot/src/conversations/store';
import { Tables } from '../bot/src/storage/tables';
import * as A from '../tests/support/activities';
import { startAppProcess } from '../tests/support/app-process';
import { startAzuriteProcess } from '../tests/support/azurite-process';
import { SimulatedConnector } from '../tests/support/teams-connector';
import { ratioLine } from './stats';

/** Teams' global limit per app and tenant: the floor a fan-out is measured against. */
const ALLOWED_PER_SECOND = 50;

/** Peak resident memory of a process (Linux VmHWM), in MB. */
function peakRssMb(pid: number): number | undefined {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : undefined;
}

/**
 * Fan-out of one announcement to `recipients` personal chats through the real app (its own
 * process, as deployed), storage in its own process, and a connector on loopback that enforces
 * Teams' limits and injects 5 % 429/5xx. The floor is the allowed rate: 50 messages/s, so
 * 10,000 recipients need at least 200 s. Reports the sent rate as a share of it, duplicates,
 * missing, and the app's peak memory.
 */
export async function benchAnnouncements(o: { recipients: number }): Promise<string[]> {
  const dist = resolve(__dirname, '../dist/bot/index.js');
  if (!existsSync(dist)) execSync('npm run build:bot', { stdio: 'inherit', cwd: resolve(__dirname, '..') });
  const storage = await startAzuriteProcess();
  const connector = await new SimulatedConnector({ faultRate: 0.05, seed: 1 }).start();
  const app = await startAppProcess({ STORAGE_CONNECTION_STRING: storage.connectionString, DEV_IDENTITY: 'Bench', DEV_ROLES: 'announcer', PULSE_TICK_SECONDS: '1' });
  try {
    const store = new ConversationStore(new Tables(storage.connectionString, 'digipuls'));
    const people = Array.from({ length: o.recipients }, (_, i) => A.testUser(`Person ${i}`));
    for (let i = 0; i < people.length; i += 100) {
      await Promise.all(people.slice(i, i + 100).map((p) => store.remember(recordFromActivity(A.personalInstall(p, { serviceUrl: connector.url }) as never)!)));
    }
    const call = async <T>(method: string, path: string, body?: unknown) =>
      (await (await fetch(`${app.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })).json()) as T;
    const input: AnnouncementInput = { languages: 'de', de: { title: 'Bench', text: 'Eine Mitteilung an alle.' }, author: '', acknowledge: true, audience: { allEmployees: true, teams: [], departments: [] } };
    const draft = await call<Announcement>('POST', '/api/announcements', { id: 'bench', announcement: input });
    const t0 = Date.now();
    await call('POST', '/api/announcements/bench/send', { etag: draft.etag });
    let state = '';
    while (state !== 'sent') {
      await new Promise((r) => setTimeout(r, 1000));
      state = (await call<Announcement>('GET', '/api/announcements/bench')).state;
    }
    const total = (Date.now() - t0) / 1000;
    const s = connector.stats;
    const span = ((s.lastDeliveryAt ?? 0) - (s.firstDeliveryAt ?? 0)) / 1000;
    const rate = (s.delivered - 1) / span;
    const counts = people.map((p) => connector.delivered.get(p.conversationId)?.length ?? 0);
    const missing = counts.filter((n) => n === 0).length;
    const duplicates = counts.reduce((sum, n) => sum + Math.max(0, n - 1), 0);
    const peak = peakRssMb(app.child.pid!);
    return [
      `announcement fan-out to ${o.recipients.toLocaleString('en')} (connector: Teams limits, 5 % injected 429/5xx)`,
      ratioLine('  sent rate / allowed rate (50/s)', rate / ALLOWED_PER_SECOND, '≥ 0.90', rate / ALLOWED_PER_SECOND >= 0.9),
      `  ${rate.toFixed(1)} messages/s while sending; ${total.toFixed(0)} s from "send" to "sent" (floor ${(o.recipients / ALLOWED_PER_SECOND).toFixed(0)} s)`,
      `  requests ${s.requests}, delivered ${s.delivered}, injected faults ${s.injected}, throttled global ${s.throttledGlobal} / per conversation ${s.throttledConversation}`,
      ratioLine('  duplicates', duplicates, '0', duplicates === 0),
      ratioLine('  missing', missing, '0', missing === 0),
      `  app peak memory (VmHWM) ${peak?.toFixed(0) ?? '?'} MB`,
    ];
  } finally {
    await app.stop('SIGTERM');
    await connector.stop();
    await storage.stop();
  }
}
