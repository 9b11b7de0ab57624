import { randomUUID } from 'node:crypto';
import { odata } from '@azure/data-tables';
import { QUESTIONNAIRE as Q } from '../../../../bot/src/features/digicheck/questionnaire';
import { aggregate, sealAggregates } from '../../../../bot/src/features/digicheck/scoring';
import { DigiCheckService } from '../../../../bot/src/features/digicheck/service';
import { DigiCheckStore, type CheckAggregate, type CheckResponse } from '../../../../bot/src/features/digicheck/store';
import { PeopleStore } from '../../../../bot/src/features/people/store';
import { encodeKey } from '../../../../bot/src/storage/keys';
import { Tables, type TableName } from '../../../../bot/src/storage/tables';
import * as A from '../../../support/activities';
import { postActivity, startTestApp, type TestApp } from '../../../support/app';
import { RecordingConnector } from '../../../support/connector';
import { openCycle, stepData } from '../../../support/digicheck';

/**
 * Closing a DigiCheck cycle is repeatable and crash-safe: aggregation, then deletion of every answer
 * row, each step safe to repeat after a crash or by a second instance; answers after the closing
 * time are refused; afterwards no person is linked to anything in storage.
 */
describe('DigiCheck closing (store and service against Azurite)', () => {
  let app: TestApp;
  let tables: Tables;
  let store: DigiCheckStore;
  let connector: RecordingConnector;
  /** Every person key that answered in any cycle of this file. */
  const personKeys: string[] = [];

  beforeAll(async () => {
    connector = await new RecordingConnector().start();
    app = await startTestApp({ DEV_ROLES: 'viewer,changeTeam,editor' });
    tables = new Tables(app.storageConnectionString, app.config.tablePrefix);
    store = new DigiCheckStore(tables);
  });
  afterAll(async () => {
    await app?.stop();
    await connector?.stop();
  });

  /** One person completes (or, with `steps`, starts) the check through the service, as the chat would. */
  const answer = async (cycleId: string, department: string, level: number, steps = Q.dimensions.length, ozg?: number) => {
    const personKey = `person-${randomUUID()}`;
    personKeys.push(personKey);
    for (let step = 0; step < steps; step++) {
      const view = await app.digicheck.submit(personKey, stepData(cycleId, step, () => level, { ...(step === 0 && { department }), ...(step === 1 && ozg !== undefined && { ozg: String(ozg) }) }));
      if (view.kind === 'refused' || (view.kind === 'step' && view.problems?.length)) throw new Error(`answer refused: ${JSON.stringify(view)}`);
    }
    return personKey;
  };
  /** `complete` complete checks in two departments plus one incomplete one. */
  const answerMany = async (cycleId: string, finanzen: number, buergerservice: number) => {
    for (let i = 0; i < finanzen; i++) await answer(cycleId, 'finanzen', i % 5, undefined, i % 2 ? 3 : undefined);
    for (let i = 0; i < buergerservice; i++) await answer(cycleId, 'buergerservice', (i + 2) % 5);
    await answer(cycleId, 'bauen-umwelt', 1, 2); // incomplete: never counted
  };
  const collect = async <T>(it: AsyncIterable<T>) => {
    const out: T[] = [];
    for await (const x of it) out.push(x);
    return out;
  };
  /** Answer rows of a cycle still in storage. */
  const answerRows = async (cycleId: string) => {
    const client = await tables.table('DigiCheck');
    let n = 0;
    for await (const _ of client.listEntities({ queryOptions: { filter: odata`PartitionKey ge ${`r|${cycleId}|`} and PartitionKey lt ${`r|${cycleId}}`}` } })) n++;
    return n;
  };
  const byDept = (aggs: CheckAggregate[]) => [...aggs].sort((a, b) => a.department.localeCompare(b.department));
  const sumOf = (aggs: CheckAggregate[]) => aggs.reduce((a, x) => a + x.respondents, 0);
  /** Every entity of a table as text (binary chunks decoded), for searching. */
  const dump = async (table: TableName) => {
    const client = await tables.table(table);
    const out: string[] = [];
    for await (const e of client.listEntities<Record<string, unknown>>()) {
      out.push(
        JSON.stringify(e, (_k, v) => (v instanceof Uint8Array ? Buffer.from(v).toString('utf8') : v && typeof v === 'object' && (v as { type?: string }).type === 'Buffer' ? Buffer.from((v as { data: number[] }).data).toString('utf8') : v)),
      );
    }
    return out;
  };

  /** Does what close() does up to the end of step 1, then "crashes" (nothing after it runs). */
  const crashAfterAggregation = async (cycleId: string, markPhase: boolean) => {
    const found = (await store.getCycle(cycleId))!;
    const closesAt = new Date().toISOString();
    const moved = await store.updateCycle({ ...found.cycle, closesAt }, found.etag);
    expect(moved).toBeDefined();
    const totals = sealAggregates(aggregate(Q, await collect(store.responses(cycleId))));
    // Step 1 is one transaction (totals + phase); "crashing before the phase" therefore leaves nothing.
    if (markPhase) expect(await store.aggregateAndMark({ ...found.cycle, closesAt, phase: 'aggregated', respondents: sumOf(totals) }, moved!, totals)).toBe(true);
    return totals;
  };

  it('a crash after aggregation (totals stored, phase "aggregated", answers still there): the tick deletes the rows and closes, totals unchanged', async () => {
    const id = await openCycle(app);
    await answerMany(id, 7, 5);
    expect(await answerRows(id)).toBe(13);
    const totals = await crashAfterAggregation(id, true);
    expect(sumOf(totals)).toBe(12);

    // While aggregated but not closed: no results yet ("being finalised"), and no more answers.
    expect((await app.digicheck.results(id)).kind).toBe('finalising');
    expect(await app.digicheck.submit(`person-${randomUUID()}`, stepData(id, 0, () => 2, { department: 'finanzen' }))).toEqual({ kind: 'refused', reason: 'closed' });
    expect(await answerRows(id)).toBe(13);

    await app.scheduler.tick('digicheck');
    expect(await answerRows(id)).toBe(0);
    const after = (await store.getCycle(id))!.cycle;
    expect(after).toMatchObject({ phase: 'closed', respondents: 12 });
    expect(byDept(await store.aggregates(id))).toEqual(byDept(totals));
    const results = await app.digicheck.results(id);
    expect(results.kind === 'ok' && results.value.whole?.respondents).toBe(12);
    // another tick, or a close, changes nothing
    await app.scheduler.tick('digicheck');
    const again = await app.digicheck.close(id);
    expect(again.kind === 'ok' && again.value).toMatchObject({ state: 'closed', respondents: 12 });
    expect(byDept(await store.aggregates(id))).toEqual(byDept(totals));
  });

  it('a crash before step 1 commits (totals and phase are one transaction): the tick aggregates to the same totals (not doubled)', async () => {
    const id = await openCycle(app);
    await answerMany(id, 5, 6);
    const totals = await crashAfterAggregation(id, false);
    expect((await store.getCycle(id))!.cycle.phase).toBe('open');
    await app.scheduler.tick('digicheck');
    expect(await answerRows(id)).toBe(0);
    expect((await store.getCycle(id))!.cycle).toMatchObject({ phase: 'closed', respondents: 11 });
    expect(byDept(await store.aggregates(id))).toEqual(byDept(totals));
  });

  it('a crash in the middle of deleting the answers: the tick deletes the rest, totals unchanged', async () => {
    const id = await openCycle(app);
    await answerMany(id, 6, 5);
    const totals = await crashAfterAggregation(id, true);
    // some rows deleted before the crash
    for (const key of personKeys.slice(-5, -2)) await store.deleteResponse(id, key);
    expect(await answerRows(id)).toBe(9);
    await app.scheduler.tick('digicheck');
    expect(await answerRows(id)).toBe(0);
    expect((await store.getCycle(id))!.cycle).toMatchObject({ phase: 'closed', respondents: 11 });
    expect(byDept(await store.aggregates(id))).toEqual(byDept(totals));
  });

  it('two concurrent close() calls (and a tick) give the same totals, each respondent counted once', async () => {
    const id = await openCycle(app);
    await answerMany(id, 8, 6);
    const expected = sealAggregates(aggregate(Q, await collect(store.responses(id))));
    expect(sumOf(expected)).toBe(14);
    const [a, b] = await Promise.all([app.digicheck.close(id), app.digicheck.close(id), app.scheduler.tick('digicheck')]);
    for (const r of [a, b]) expect(r.kind === 'ok' && r.value).toMatchObject({ id, state: 'closed', respondents: 14 });
    expect(await answerRows(id)).toBe(0);
    const stored = await store.aggregates(id);
    expect(byDept(stored)).toEqual(byDept(expected));
    expect(sumOf(stored)).toBe(14);
    // after closing, answers are refused and nothing is stored
    const late = `person-${randomUUID()}`;
    expect(await app.digicheck.submit(late, stepData(id, 0, () => 2, { department: 'finanzen' }))).toEqual({ kind: 'refused', reason: 'closed' });
    expect(await store.getResponse(id, late)).toBeUndefined();
  });

  it('two instances closing at once, one of them slow to read the answers: the stored totals stay complete', async () => {
    const id = await openCycle(app);
    await answerMany(id, 12, 10);
    const expected = sealAggregates(aggregate(Q, await collect(store.responses(id))));
    expect(sumOf(expected)).toBe(22);
    // Move the closing time, as the change team's close would; both instances' ticks then finalize.
    const found = (await store.getCycle(id))!;
    expect(await store.updateCycle({ ...found.cycle, closesAt: new Date().toISOString() }, found.etag)).toBeDefined();

    // A second instance whose storage is slow: it reads the first answers, then stalls until the
    // first instance has finished closing (aggregated, deleted, closed).
    let release!: () => void;
    const released = new Promise<void>((ok) => (release = ok));
    let stalled!: () => void;
    const hasStalled = new Promise<void>((ok) => (stalled = ok));
    class SlowStore extends DigiCheckStore {
      async *responses(cycleId: string): AsyncGenerator<CheckResponse> {
        let n = 0;
        for await (const r of super.responses(cycleId)) {
          yield r;
          if (++n === 3) {
            stalled();
            await released;
          }
        }
        if (n < 3) stalled();
      }
    }
    const other = new DigiCheckService({
      store: new SlowStore(tables),
      people: new PeopleStore(tables), // closing reads the moves counted during the cycle (trust 11)
      roadmap: undefined as never,
      questionnaire: Q,
      departments: app.config.departments,
      crossCuttingAreas: app.config.crossCuttingAreas,
      log: app.log,
    });
    const slow = other.finalize(id);
    await hasStalled;
    await app.digicheck.finalize(id);
    expect((await store.getCycle(id))!.cycle).toMatchObject({ phase: 'closed', respondents: 22 });
    expect(byDept(await store.aggregates(id))).toEqual(byDept(expected));
    release();
    await slow;

    expect((await store.getCycle(id))!.cycle).toMatchObject({ phase: 'closed', respondents: 22 });
    const stored = await store.aggregates(id);
    // The slow instance read the cycle while it was still "open" and saw only a few answers; its
    // totals go in the same transaction as the ETag-checked phase change, so they are refused as a
    // whole instead of replacing the complete ones (this failed while the totals were a separate upsert).
    expect(sumOf(stored)).toBe(22);
    expect(byDept(stored)).toEqual(byDept(expected));
  });

  it('answers after the closing time are refused ("closed"), before and after the tick', async () => {
    const closesAt = new Date(Date.now() + 1500).toISOString();
    const created = await app.digicheck.createCycle({ closesAt });
    if (created.kind !== 'ok') throw new Error(JSON.stringify(created));
    const id = created.value.id;
    const early = await answer(id, 'finanzen', 2, 2);
    const before = await store.getResponse(id, early);
    expect(before).toBeDefined();
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(closesAt) - Date.now()) + 50));

    // past the closing time, not yet ticked: the cycle is "closing"
    expect((await app.digicheck.cycles()).find((c) => c.id === id)?.state).toBe('closing');
    expect(await app.digicheck.submit(early, stepData(id, 2, () => 4))).toEqual({ kind: 'refused', reason: 'closed' });
    expect(await app.digicheck.submit(early, { cycleId: id, step: 2, move: 'pause' })).toEqual({ kind: 'refused', reason: 'closed' });
    const late = `person-${randomUUID()}`;
    personKeys.push(late);
    expect(await app.digicheck.submit(late, stepData(id, 0, () => 4, { department: 'finanzen' }))).toEqual({ kind: 'refused', reason: 'closed' });
    expect(await app.digicheck.edit(early, id, 0)).toEqual({ kind: 'refused', reason: 'closed' });
    expect((await app.digicheck.start(early)).kind).toBe('no-cycle');
    expect(await store.getResponse(id, early)).toEqual(before);
    expect(await store.getResponse(id, late)).toBeUndefined();

    await app.scheduler.tick('digicheck');
    expect((await store.getCycle(id))!.cycle).toMatchObject({ phase: 'closed', respondents: 0 });
    expect(await answerRows(id)).toBe(0);
    expect(await app.digicheck.submit(late, stepData(id, 0, () => 4, { department: 'finanzen' }))).toEqual({ kind: 'refused', reason: 'closed' });
  });

  it('after closing, no DigiCheck or TurnState entity contains any person key; chat answers are not kept in turn state', async () => {
    // One more cycle, with people answering through the chat as well (turn state is written for them).
    const id = await openCycle(app);
    await answerMany(id, 5, 0);
    const chatUsers = [A.testUser('Erika Mustermann'), A.testUser('Max Muster')];
    for (const user of chatUsers) {
      personKeys.push(user.aadObjectId);
      // a chat message goes through turn state (card actions do not)
      const sent = connector.sentTo(user.conversationId).length;
      expect((await postActivity(app, A.message(user, 'check', { serviceUrl: connector.url }))).status).toBe(200);
      await connector.waitFor(() => connector.sentTo(user.conversationId).length > sent);
      for (let step = 0; step < Q.dimensions.length; step++) {
        const res = await postActivity(app, A.cardExecute(user, 'check.step', stepData(id, step, () => 3, step === 0 ? { department: 'finanzen' } : {}), { serviceUrl: connector.url }));
        expect(res.status).toBe(200);
      }
    }
    expect(await answerRows(id)).toBe(8);
    const closed = await app.digicheck.close(id);
    expect(closed.kind === 'ok' && closed.value).toMatchObject({ state: 'closed', respondents: 7 });

    const digicheck = (await dump('DigiCheck')).join('\n');
    const turnState = (await dump('TurnState')).join('\n');
    // (turn state is only written when a turn changes it; today the DigiCheck keeps nothing there)
    expect(personKeys.length).toBeGreaterThan(60);
    for (const key of personKeys) {
      expect(digicheck).not.toContain(key);
      expect(digicheck).not.toContain(encodeKey(key));
    }
    for (const key of personKeys.filter((k) => k.startsWith('person-'))) {
      expect(turnState).not.toContain(key);
    }
    for (const user of chatUsers) expect(digicheck).not.toContain(user.name);
    // no answer row of any cycle is left, and turn state holds no DigiCheck answers
    expect(digicheck).not.toMatch(/"partitionKey":"r\|/);
    expect(turnState).not.toContain(id);
    expect(turnState).not.toContain(`q.${Q.dimensions[0].questions[0].id}`);
  });
});
