import type { Announcement, AnnouncementInput } from '../../../../bot/src/api/announcements-contract';
import { recordFromActivity } from '../../../../bot/src/conversations/model';
import { ConversationStore } from '../../../../bot/src/conversations/store';
import { Tables } from '../../../../bot/src/storage/tables';
import * as A from '../../../support/activities';
import { startAppProcess, type AppProcess } from '../../../support/app-process';
import { startAzuriteProcess } from '../../../support/azurite-process';
import { SimulatedConnector } from '../../../support/teams-connector';

jest.setTimeout(180_000);

const RECIPIENTS = 2_000;

/**
 * The fan-out survives a crash: 2,000 recipients, a connector with Teams' limits and 5 % injected
 * faults, the app killed (SIGKILL, no goodbye) in the middle of sending, started again: every
 * recipient gets the announcement, and none twice.
 *
 * Storage runs in its own process, as Azure Storage does in production: the emulator the app
 * embeds by default keeps its files with a few seconds' delay, so killing the app would also
 * lose the storage's last writes — a different failure than the one this test is about.
 */
it('killing the app (SIGKILL) mid-send and starting it again: nothing missing; resent only what was in flight', async () => {
  const connector = await new SimulatedConnector({ faultRate: 0.05, seed: 11 }).start();
  const storage = await startAzuriteProcess();
  const env = { STORAGE_CONNECTION_STRING: storage.connectionString, DEV_IDENTITY: 'Büro des Bürgermeisters', DEV_ROLES: 'announcer', PULSE_TICK_SECONDS: '1', ANNOUNCE_VISIBILITY_SECONDS: '3' };
  let app: AppProcess | undefined;
  try {
    app = await startAppProcess(env);
    // 2,000 people with the app installed, written straight into the app's storage (installing
    // through activities would first send 2,000 welcome cards).
    const store = new ConversationStore(new Tables(storage.connectionString, 'digipuls'));
    const people = Array.from({ length: RECIPIENTS }, (_, i) => A.testUser(`Person ${i}`));
    for (let i = 0; i < people.length; i += 50) {
      await Promise.all(people.slice(i, i + 50).map((p) => store.remember(recordFromActivity(A.personalInstall(p, { serviceUrl: connector.url }) as never)!)));
    }
    const call = async <T>(method: string, path: string, body?: unknown) => {
      const go = () => fetch(`${app!.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      // The restarted app may get the killed one's port; fetch's pooled socket to it is dead then.
      const res = await go().catch(() => go());
      return (await res.json()) as T;
    };
    const input: AnnouncementInput = { languages: 'de', de: { title: 'Wichtige Mitteilung', text: 'Bitte lesen.' }, author: 'Der Bürgermeister', acknowledge: true, audience: { allEmployees: true, teams: [], departments: [] } };
    const draft = await call<Announcement>('POST', '/api/announcements', { id: 'crash', announcement: input });
    await call('POST', '/api/announcements/crash/send', { etag: draft.etag });

    while (connector.stats.delivered < RECIPIENTS / 3) await new Promise((r) => setTimeout(r, 50));
    const beforeKill = connector.stats.delivered;
    await app.stop('SIGKILL');
    app = undefined;

    app = await startAppProcess(env);
    const deadline = Date.now() + 150_000;
    let state = '';
    while (state !== 'sent' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500));
      try {
        state = (await call<Announcement>('GET', '/api/announcements/crash')).state;
      } catch (err) {
        throw new Error(`polling failed (${String(err)} ${String((err as { cause?: unknown }).cause)}) at ${Date.now()}; app log:\n${app.output().slice(-3000)}`);
      }
    }
    const final = await call<Announcement>('GET', '/api/announcements/crash');
    const counts = people.map((p) => connector.delivered.get(p.conversationId)?.length ?? 0);
    const missing = counts.filter((n) => n === 0).length;
    const duplicates = counts.reduce((s, n) => s + Math.max(0, n - 1), 0);
    console.log(`fan-out restart: killed after ${beforeKill} deliveries; finished ${final.state}; missing ${missing}, duplicates ${duplicates}; connector: ${JSON.stringify(connector.stats)}`);
    expect(final.counts).toMatchObject({ recipients: RECIPIENTS, queued: 0, sent: RECIPIENTS, failed: 0 });
    expect(missing).toBe(0);
    // A kill can land after Teams accepted a message and before "sent" was recorded; nobody can
    // know then whether it went out, and it is sent again. That window holds at most the sends
    // in flight at the kill (the worker's concurrency, 24); a graceful stop has none (next test).
    expect(duplicates).toBeLessThanOrEqual(24);
    expect(connector.stats.injected).toBeGreaterThan(0);
  } finally {
    await app?.stop('SIGKILL');
    await connector.stop();
    await storage.stop();
  }
});

/** A graceful stop (SIGTERM, as on a deployment) in the middle of sending: exactly once for everyone. */
it('stopping the app (SIGTERM) mid-send and starting it again: nothing missing, nothing twice', async () => {
  const connector = await new SimulatedConnector({ faultRate: 0.05, seed: 12 }).start();
  const storage = await startAzuriteProcess();
  const env = { STORAGE_CONNECTION_STRING: storage.connectionString, DEV_IDENTITY: 'Büro des Bürgermeisters', DEV_ROLES: 'announcer', PULSE_TICK_SECONDS: '1', ANNOUNCE_VISIBILITY_SECONDS: '3' };
  let app: AppProcess | undefined;
  try {
    app = await startAppProcess(env);
    const store = new ConversationStore(new Tables(storage.connectionString, 'digipuls'));
    const people = Array.from({ length: 400 }, (_, i) => A.testUser(`Person ${i}`));
    await Promise.all(people.map((p) => store.remember(recordFromActivity(A.personalInstall(p, { serviceUrl: connector.url }) as never)!)));
    const call = async <T>(method: string, path: string, body?: unknown) => {
      const go = () => fetch(`${app!.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      // The restarted app may get the killed one's port; fetch's pooled socket to it is dead then.
      const res = await go().catch(() => go());
      return (await res.json()) as T;
    };
    const input: AnnouncementInput = { languages: 'en', en: { title: 'Notice', text: 'Please read.' }, author: '', acknowledge: false, audience: { allEmployees: true, teams: [], departments: [] } };
    const draft = await call<Announcement>('POST', '/api/announcements', { id: 'graceful', announcement: input });
    await call('POST', '/api/announcements/graceful/send', { etag: draft.etag });
    while (connector.stats.delivered < 150) await new Promise((r) => setTimeout(r, 50));
    expect(await app.stop('SIGTERM')).toBe(0);
    app = await startAppProcess(env);
    let state = '';
    for (const end = Date.now() + 60_000; state !== 'sent' && Date.now() < end; ) {
      await new Promise((r) => setTimeout(r, 500));
      state = (await call<Announcement>('GET', '/api/announcements/graceful')).state;
    }
    const counts = people.map((p) => connector.delivered.get(p.conversationId)?.length ?? 0);
    expect({ state, missing: counts.filter((n) => n === 0).length, twice: counts.filter((n) => n > 1).length }).toEqual({ state: 'sent', missing: 0, twice: 0 });
  } finally {
    await app?.stop('SIGKILL');
    await connector.stop();
    await storage.stop();
  }
});
