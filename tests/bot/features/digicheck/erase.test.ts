import { QUESTIONNAIRE as Q } from '../../../../bot/src/features/digicheck/questionnaire';
import { DigiCheckStore } from '../../../../bot/src/features/digicheck/store';
import { Tables } from '../../../../bot/src/storage/tables';
import * as A from '../../../support/activities';
import { cardText, postActivity, startTestApp, type TestApp } from '../../../support/app';
import { RecordingConnector } from '../../../support/connector';
import { openCycle, stepData } from '../../../support/digicheck';

jest.setTimeout(60_000);

/**
 * Trust 15: `check löschen` says what really happens. Between the closing time and the
 * aggregation the answers are about to be counted anonymously: they are not deleted one by one any
 * more (the totals are being built from them), and the bot must not claim they were.
 */
describe('check löschen tells the truth around closing', () => {
  let app: TestApp;
  let connector: RecordingConnector;
  let store: DigiCheckStore;
  const o = (locale = 'de-DE') => ({ serviceUrl: connector.url, locale });

  beforeAll(async () => {
    connector = await new RecordingConnector().start();
    app = await startTestApp();
    store = new DigiCheckStore(new Tables(app.storageConnectionString, app.config.tablePrefix));
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  const erase = async (user: A.TestUser, locale = 'de-DE') => {
    connector.reset();
    await postActivity(app, A.message(user, 'check löschen', o(locale)));
    await connector.waitFor(() => connector.sentTo(user.conversationId).length > 0);
    return cardText(connector.sentTo(user.conversationId)[0]) || connector.sentTo(user.conversationId)[0].text;
  };

  it('trust 15: after the closing time and before aggregation it says the answers are counted anonymously and will be deleted', async () => {
    const cycleId = await openCycle(app);
    const erika = A.testUser('Erika');
    for (let step = 0; step < Q.dimensions.length; step++) {
      await app.digicheck.submit(erika.aadObjectId, stepData(cycleId, step, () => 3, step === 0 ? { department: 'finanzen' } : {}));
    }
    const nobody = A.testUser('Niemand');
    // The closing time passes; the scheduler has not aggregated yet.
    const found = (await store.getCycle(cycleId))!;
    await store.updateCycle({ ...found.cycle, closesAt: new Date(Date.now() - 1000).toISOString() }, found.etag);

    const de = await erase(erika);
    const en = await erase(erika, 'en-US');
    const none = await erase(nobody);
    const stillThere = (await store.getResponse(cycleId, erika.aadObjectId)) !== undefined;
    console.log(`trust 15: "check löschen" after the closing time, before aggregation:\n  DE: ${de}\n  EN: ${en}\n  (no answers stored): ${none}\n  answer row still stored: ${stillThere}`);
    expect(de).not.toMatch(/sind gelöscht/);
    expect(de).toMatch(/bereits anonym .*gezählt/);
    expect(de).toMatch(/gelöscht/);
    expect(en).toMatch(/already counted anonymously/);
    expect(none).not.toMatch(/sind gelöscht/);
    expect(stillThere).toBe(true);

    // Aggregation counts her once and deletes her answers, as promised.
    await app.digicheck.finalize(cycleId);
    const after = (await store.getCycle(cycleId))!.cycle;
    expect(after.phase).toBe('closed');
    expect(after.respondents).toBe(1);
    expect(await store.getResponse(cycleId, erika.aadObjectId)).toBeUndefined();
    const closed = await erase(erika);
    console.log(`trust 15: after aggregation: ${closed}`);
    expect(closed).toMatch(/nur noch anonyme Summen|bereits gelöscht/);
  });

  it('trust 15: with no answers stored it never claims to have deleted any', async () => {
    const erika = A.testUser('Erika 2');
    const text = await erase(erika);
    expect(text).not.toMatch(/sind gelöscht/);
  });
});
