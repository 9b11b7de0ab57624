/**
 * Attackers around a DigiCheck cycle's closing: a viewer who reads the results between the closing
 * time and the aggregation (trust 8), and a storage reader who joins person → department with the
 * stored department totals after closing (trust 14).
 */
import { odata, TableClient } from '@azure/data-tables';
import type { CheckResults } from '../../../../bot/src/api/digicheck-contract';
import { DigiCheckStore } from '../../../../bot/src/features/digicheck/store';
import { Tables } from '../../../../bot/src/storage/tables';
import { startTestApp, type TestApp } from '../../../support/app';
import { openCycle, simulateColleagues, stepData } from '../../../support/digicheck';

const say = (line: string) => process.stdout.write(`  [attacker] ${line}\n`);

describe('attackers around a DigiCheck closing (trust 8, trust 14)', () => {
  let app: TestApp;
  let store: DigiCheckStore;
  beforeAll(async () => {
    app = await startTestApp({ DEV_ROLES: 'viewer' });
    store = new DigiCheckStore(new Tables(app.storageConnectionString, app.config.tablePrefix));
  });
  afterAll(() => app.stop());

  /** Ends the cycle's time without aggregating (what the scheduler finds right after `closesAt`). */
  const endTime = async (id: string) => {
    const found = (await store.getCycle(id))!;
    expect(await store.updateCycle({ ...found.cycle, closesAt: new Date(Date.now() - 5000).toISOString() }, found.etag)).toBeDefined();
  };

  it('trust 8: between closesAt and aggregation the results route says "being finalised" and shows no figure; afterwards the figures never change', async () => {
    const id = await openCycle(app);
    await simulateColleagues(app, id, 6, 'finanzen', () => 2);
    await endTime(id);
    const res = await fetch(`${app.url}/api/digicheck/cycles/${id}/results`);
    const body = (await res.json()) as { code?: string; message?: string };
    say(`results between closesAt and aggregation: ${res.status} ${JSON.stringify(body)}`);
    const listed = ((await (await fetch(`${app.url}/api/digicheck/cycles`)).json()) as Array<{ id: string; state: string; respondents?: number }>).find((c) => c.id === id)!;
    say(`cycle list: state ${listed.state}, respondents ${listed.respondents}`);
    expect(res.status).toBe(409);
    expect(body.code).toBe('being-finalised');
    expect(listed).toMatchObject({ state: 'closing' });
    expect(listed.respondents).toBeUndefined();

    await app.scheduler.tick('digicheck');
    const first = (await (await fetch(`${app.url}/api/digicheck/cycles/${id}/results`)).json()) as CheckResults;
    await app.scheduler.tick('digicheck');
    const second = (await (await fetch(`${app.url}/api/digicheck/cycles/${id}/results`)).json()) as CheckResults;
    say(`after aggregation: whole ${first.whole?.respondents} checks; a second read: ${second.whole?.respondents}`);
    expect(first.whole?.respondents).toBe(6);
    expect(second).toEqual(first);
  });

  it('trust 14: after closing, no stored department total belongs to an unpublished department (none with 1–4 checks), and no department total holds an OZG cell with 1–4 answers', async () => {
    const id = await openCycle(app);
    // Finanzen 7 (3 of them give an OZG level), Zentrale Dienste 6, Bauen 3, Bildung 1: Bauen and
    // Bildung are hidden (4 together), so Zentrale Dienste is hidden too.
    await simulateColleagues(app, id, 4, 'finanzen', () => 3);
    await simulateColleagues(app, id, 6, 'zentrale-dienste', () => 2);
    await simulateColleagues(app, id, 3, 'bauen-umwelt', () => 1);
    await simulateColleagues(app, id, 1, 'bildung-soziales', () => 0);
    for (let i = 0; i < 3; i++) {
      for (let step = 0; step < app.digicheck.questionnaire.dimensions.length; step++) {
        await app.digicheck.submit(`with-ozg-${i}`, stepData(id, step, () => 3, { ...(step === 0 && { department: 'finanzen' }), ...(step === 1 && { ozg: String(i) }) }));
      }
    }
    const before = (await app.digicheck.close(id));
    expect(before.kind).toBe('ok');

    const client = TableClient.fromConnectionString(app.storageConnectionString, `${app.config.tablePrefix}DigiCheck`, { allowInsecureConnection: true });
    const leaks: string[] = [];
    const published = (await (await fetch(`${app.url}/api/digicheck/cycles/${id}/results`)).json()) as CheckResults;
    const shown = new Set(published.departments.filter((d) => d.result).map((d) => d.department));
    say(`published departments: ${[...shown].join(', ')}`);
    for await (const e of client.listEntities<{ data: string }>({ queryOptions: { filter: odata`PartitionKey eq 'cycle'` } })) {
      if (!decodeURIComponent(String(e.rowKey)).startsWith(`${id}|agg|`)) continue;
      const agg = JSON.parse(e.data) as { department: string; respondents: number; ozg: number[] };
      const ozg = agg.ozg.reduce((a, b) => a + b, 0);
      say(`stored total: department "${agg.department}", ${agg.respondents} check(s), OZG answers ${ozg}`);
      const isDepartment = app.config.departments.some((d) => d.id === agg.department);
      if (isDepartment && !shown.has(agg.department)) leaks.push(`"${agg.department}" is not published, yet its totals (${agg.respondents} checks) are stored`);
      if (isDepartment && ozg >= 1 && ozg <= 4) leaks.push(`"${agg.department}" stores ${ozg} OZG answer(s): ${agg.ozg.join(',')}`);
    }
    for (const l of leaks) say(`recovered: ${l}`);
    if (!leaks.length) say('recovered nothing: only published departments and one merged "hidden groups" total are stored');
    expect(leaks).toEqual([]);
    expect(published.whole?.respondents).toBe(17);
    expect(published.departments.find((d) => d.department === 'finanzen')?.result?.respondents).toBe(7);
  });
});
