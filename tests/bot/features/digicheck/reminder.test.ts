import { randomUUID } from 'node:crypto';
import { QUESTIONNAIRE as Q } from '../../../../bot/src/features/digicheck/questionnaire';
import { remindThroughChat } from '../../../../bot/src/features/digicheck/reminder';
import { DigiCheckService } from '../../../../bot/src/features/digicheck/service';
import { DigiCheckStore } from '../../../../bot/src/features/digicheck/store';
import { ConversationStore } from '../../../../bot/src/conversations/store';
import { PeopleStore } from '../../../../bot/src/features/people/store';
import { Tables } from '../../../../bot/src/storage/tables';
import { cardText, startTestApp, type TestApp } from '../../../support/app';
import { stepData } from '../../../support/digicheck';

/** Only complete checks count: people who started and did not finish get one reminder. */
describe('DigiCheck reminder to unfinished checks', () => {
  let app: TestApp;
  let tables: Tables;
  beforeAll(async () => {
    app = await startTestApp();
    tables = new Tables(app.storageConnectionString, app.config.tablePrefix);
  });
  afterAll(() => app.stop());

  it('once, when a quarter of the cycle (at most a day) is left, only to the unfinished', async () => {
    const opened = await app.digicheck.createCycle({ closesAt: new Date(Date.now() + 4 * 86_400_000).toISOString() });
    if (opened.kind !== 'ok') throw new Error(JSON.stringify(opened));
    const cycleId = opened.value.id;
    const finished = `p-${randomUUID()}`;
    const unfinished = `p-${randomUUID()}`;
    for (let step = 0; step < Q.dimensions.length; step++) await app.digicheck.submit(finished, stepData(cycleId, step, () => 2, step === 0 ? { department: 'finanzen' } : {}));
    await app.digicheck.submit(unfinished, stepData(cycleId, 0, () => 1, { department: 'finanzen' }));

    const reminded: Array<Set<string>> = [];
    let clock = new Date();
    const service = new DigiCheckService({
      store: new DigiCheckStore(tables),
      people: new PeopleStore(tables),
      roadmap: undefined as never,
      questionnaire: Q,
      departments: app.config.departments,
      crossCuttingAreas: app.config.crossCuttingAreas,
      remind: async (people) => (reminded.push(people), people.size),
      log: app.log,
      now: () => clock,
    });
    await service.tick();
    expect(reminded).toHaveLength(0); // four days left: too early

    clock = new Date(Date.parse(opened.value.closesAt) - 3_600_000);
    await Promise.all([service.tick(), service.tick()]);
    await service.tick();
    expect(reminded).toEqual([new Set([unfinished])]);
    await app.digicheck.close(cycleId);
  });

  it('reaches the person in their personal chat with a button to go on', async () => {
    const conversations = new ConversationStore(tables);
    const aad = randomUUID();
    await conversations.remember({
      conversationId: `a:${aad}`, kind: 'personal', tenantId: 't', serviceUrl: 'http://127.0.0.1:9', botId: 'b', userId: `29:${aad}`, userAadObjectId: aad, locale: 'en-US',
      reference: { conversation: { id: `a:${aad}` } as never },
    });
    const sent: unknown[] = [];
    const remind = remindThroughChat({ conversations, defaultLocale: 'de', send: async (_r, activity) => (sent.push(activity), { ok: true } as never) });
    const cycle = { id: '20270111-abcdef', opensAt: new Date().toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString(), targets: {} as never, phase: 'open' as const };
    expect(await remind(new Set([aad, 'someone-without-chat']), cycle)).toBe(1);
    expect(cardText(sent[0])).toContain('Reminder: your DigiCheck is not finished yet');
    expect(cardText(sent[0])).toContain('Continue');
  });
});
