import { odata } from '@azure/data-tables';
import type { CheckCycleSummary, CheckResults } from '../../../../bot/src/api/digicheck-contract';
import { QUESTIONNAIRE } from '../../../../bot/src/features/digicheck/questionnaire';
import { Tables } from '../../../../bot/src/storage/tables';
import * as A from '../../../support/activities';
import { apiClient } from '../../../support/api-client';
import { cardText, postActivity, startTestApp, type TestApp } from '../../../support/app';
import { RecordingConnector } from '../../../support/connector';
import { simulateColleagues, stepData } from '../../../support/digicheck';

/**
 * The DigiCheck in chat over HTTP with real Bot Framework activities: start, pause, resume,
 * change, bad input, close with aggregation, and the de-linking of every answer from its person.
 */
describe('DigiCheck journey (HTTP, real Bot Framework activities)', () => {
  let app: TestApp;
  let connector: RecordingConnector;
  let tables: Tables;
  let cycleId: string;
  const erika = A.testUser('Erika Mustermann');
  const o = (locale = 'de-DE') => ({ serviceUrl: connector.url, locale });

  /** Sends a chat message and answers the text of the card the bot replied with. */
  const say = async (user: A.TestUser, text: string, locale = 'de-DE') => {
    const before = connector.sentTo(user.conversationId).length;
    expect((await postActivity(app, A.message(user, text, o(locale)))).status).toBe(200);
    await connector.waitFor(() => connector.sentTo(user.conversationId).length > before);
    return cardText(connector.sentTo(user.conversationId).at(-1));
  };
  /** Presses a card button (Action.Execute); answers the text of the card that replaces it. */
  const press = async (user: A.TestUser, verb: string, data: Record<string, unknown>, locale = 'de-DE') => {
    const res = await postActivity(app, A.cardExecute(user, verb, data, o(locale)));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { type: string; value: unknown };
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    return cardText({ attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: body.value }] });
  };
  const api = apiClient(() => app);
  const allEntities = async () => {
    const client = await tables.table('DigiCheck');
    const out: Array<Record<string, unknown>> = [];
    for await (const e of client.listEntities()) out.push(e);
    return out;
  };

  beforeAll(async () => {
    connector = await new RecordingConnector().start();
    app = await startTestApp({ DEV_ROLES: 'viewer,changeTeam,editor' });
    tables = new Tables(app.storageConnectionString, app.config.tablePrefix);
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  it('without a cycle, "check" says none is running', async () => {
    expect(await say(erika, 'check')).toContain('Zurzeit läuft kein DigiCheck');
  });

  it('the change team opens a cycle; "check" shows card 1 / 6 with the department choice', async () => {
    const opened = await api.post('/api/digicheck/cycles', { closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(), targets: { strategy: 3, data: 3.5 } });
    expect(opened.status).toBe(201);
    cycleId = (opened.body as CheckCycleSummary).id;
    expect(opened.body.state).toBe('open');
    expect(opened.body.targets).toEqual({ strategy: 3, readiness: 2.5, people: 2.5, data: 3.5, interoperability: 2.5, sustainability: 2.5 });
    // Everyone with the app gets the invitation (an announcement, through the queue fan-out).
    await connector.waitFor(() => connector.sentTo(erika.conversationId).some((a) => cardText(a).includes('DigiCheck: Wo steht Ihr Fachbereich?')), 15_000);
    const text = await say(erika, 'check');
    expect(text).toContain('Karte 1 / 6');
    expect(text).toContain(QUESTIONNAIRE.dimensions[0].title.de);
    expect(text).toContain('Ihr Fachbereich');
    expect(text).toContain(`0 – ${QUESTIONNAIRE.dimensions[0].questions[0].anchors[0].de}`);
  });

  it('a second open cycle at the same time is refused', async () => {
    const again = await api.post('/api/digicheck/cycles', { closesAt: new Date(Date.now() + 3 * 86_400_000).toISOString() });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('overlap');
  });

  it('next goes to card 2; pause keeps the answers; "check" resumes at the first open card', async () => {
    expect(await press(erika, 'check.step', stepData(cycleId, 0, () => 2, { department: 'finanzen' }))).toContain('Karte 2 / 6');
    const paused = await press(erika, 'check.step', { cycleId, step: 1, move: 'pause', [`q.${QUESTIONNAIRE.dimensions[1].questions[0].id}`]: '3' });
    expect(paused).toContain('1 von 6 Karten');
    const resumed = await say(erika, 'check');
    expect(resumed).toContain('Karte 2 / 6');
    expect(resumed).toContain('Willkommen zurück');
  });

  it('bad input gets a clear message on the same card and stores nothing', async () => {
    const before = await app.digicheck.edit(erika.aadObjectId, cycleId, 1);
    const q = QUESTIONNAIRE.dimensions[1].questions;
    const missing = stepData(cycleId, 1, () => 3);
    delete missing[`q.${q[1].id}`];
    expect(await press(erika, 'check.step', missing)).toContain('ist noch nicht beantwortet');
    expect(await press(erika, 'check.step', stepData(cycleId, 1, () => 7))).toContain('keine Stufe von 0 bis 4');
    expect(await press(erika, 'check.step', { ...stepData(cycleId, 1, () => 3), 'q.salary': '4' })).toContain('unbekanntes Feld');
    expect(await press(erika, 'check.step', stepData(cycleId, 0, () => 3, { department: 'mars' }))).toContain('Bitte wählen Sie Ihren Fachbereich.');
    expect(await press(erika, 'check.step', { ...stepData(cycleId, 1, () => 3), step: 9 })).toContain('ungültige Daten');
    expect(await press(erika, 'check.step', stepData('20990101-abcdef', 1, () => 3))).toContain('gibt es nicht');
    const after = await app.digicheck.edit(erika.aadObjectId, cycleId, 1);
    expect(after).toEqual(before);
  });

  it('the last card leads to the summary of one\'s own answers; a redelivery shows the same', async () => {
    for (let step = 1; step < 5; step++) expect(await press(erika, 'check.step', stepData(cycleId, step, () => 2, step === 1 ? { ozg: '3' } : {}))).toContain(`Karte ${step + 2} / 6`);
    const last = stepData(cycleId, 5, () => 1);
    const [a, b] = await Promise.all([press(erika, 'check.step', last), press(erika, 'check.step', last)]);
    for (const text of [a, b]) {
      expect(text).toContain('Ihre Antworten im DigiCheck');
      expect(text).toContain('Finanzen');
      expect(text).toContain('Mittel 2,0 von 4');
      expect(text).toContain('Mittel 1,0 von 4');
      expect(text).toContain(`3 – ${QUESTIONNAIRE.ozg.anchors[3].de}`);
    }
    expect(await say(erika, 'check')).toContain('Ihre Antworten im DigiCheck');
  });

  it('answers can be changed from the summary until the cycle closes', async () => {
    const card = await press(erika, 'check.edit', { cycleId, step: 2 });
    expect(card).toContain('Karte 3 / 6');
    expect(card).toContain('Änderung speichern');
    const summary = await press(erika, 'check.step', { ...stepData(cycleId, 2, () => 4), move: 'save' });
    expect(summary).toContain('Mittel 4,0 von 4');
  });

  it('in English when Teams speaks English', async () => {
    const text = await say(erika, 'check', 'en-US');
    expect(text).toContain('Your DigiCheck answers');
    expect(text).toContain(QUESTIONNAIRE.dimensions[2].title.en);
  });

  it('"check löschen" deletes one\'s answers; "check" starts again', async () => {
    const max = A.testUser('Max Muster');
    await press(max, 'check.step', stepData(cycleId, 0, () => 1, { department: 'finanzen' }));
    expect(await say(max, 'check löschen')).toContain('gelöscht');
    expect(await say(max, 'check')).toContain('Karte 1 / 6');
    expect((await allEntities()).filter((e) => String(e.rowKey).includes(max.aadObjectId))).toHaveLength(0);
  });

  it('results wait for closing; at closing answers are aggregated and every link to a person is deleted', async () => {
    expect((await api.get(`/api/digicheck/cycles/${cycleId}/results`)).status).toBe(403);
    await simulateColleagues(app, cycleId, 4, 'finanzen', () => 3);
    await simulateColleagues(app, cycleId, 6, 'buergerservice', (_q, i) => i % 5);
    await simulateColleagues(app, cycleId, 2, 'bauen-umwelt', () => 4);
    const incomplete = A.testUser('Ina Unvollständig');
    await press(incomplete, 'check.step', stepData(cycleId, 0, () => 0, { department: 'bauen-umwelt' }));
    expect((await allEntities()).some((e) => String(e.rowKey).includes(erika.aadObjectId))).toBe(true);

    const closed = await api.post(`/api/digicheck/cycles/${cycleId}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.state).toBe('closed');
    expect(closed.body.respondents).toBe(13);

    const entities = await allEntities();
    expect(entities.filter((e) => String(e.partitionKey).startsWith('r|'))).toHaveLength(0);
    const dump = JSON.stringify(entities);
    for (const u of [erika, incomplete]) {
      expect(dump).not.toContain(u.aadObjectId);
      expect(dump).not.toContain(u.name);
    }
    expect(dump).not.toContain('sim-');

    const results = (await api.get(`/api/digicheck/cycles/${cycleId}/results`)).body as CheckResults;
    expect(results.whole?.respondents).toBe(13);
    const byDept = Object.fromEntries(results.departments.map((d) => [d.department, d.result]));
    expect(byDept.buergerservice?.respondents).toBe(6);
    // levels i % 5 for six people: 0,1,2,3,4,0 → mean 10/6 in every question and dimension
    expect(byDept.buergerservice?.dimensions.strategy).toBeCloseTo(1.67, 2);
    // Erika's single OZG answer is never shown, not even in the whole administration (trust 10).
    expect(results.whole?.ozg).toBeUndefined();
    // 2 in bauen-umwelt are hidden; with the other empty departments that is below 5, so the
    // smallest shown group is hidden too (complementary suppression) — no department can be subtracted.
    expect(byDept['bauen-umwelt']).toBeNull();
    expect(byDept.finanzen).toBeNull();
    expect(results.gaps.some((g) => g.group === 'buergerservice' && g.dimension === 'strategy' && g.target === 3)).toBe(true);

    expect(await press(erika, 'check.step', stepData(cycleId, 2, () => 0))).toContain('beendet');
  });

  it('the closed cycle keeps only the published departments\' totals and one merged "hidden groups" total; the tick leaves it closed', async () => {
    await app.scheduler.tick('digicheck');
    const rows = (await allEntities()).filter((e) => String(e.rowKey).startsWith(`${cycleId}%7Cagg%7C`));
    // Bauen (2) and Finanzen (4, hidden complementarily) keep no totals of their own (trust 14).
    expect(rows.map((r) => decodeURIComponent(String(r.rowKey)).split('|')[2]).sort()).toEqual(['buergerservice', '~hidden']);
    const client = await tables.table('DigiCheck');
    let left = 0;
    for await (const _ of client.listEntities({ queryOptions: { filter: odata`PartitionKey ge ${'r|'} and PartitionKey lt ${'r}'}` } })) left++;
    expect(left).toBe(0);
  });
});
