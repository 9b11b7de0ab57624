import { PeopleStore } from '../../../bot/src/features/people/store';
import { CHANGE_READINESS_PULSE } from '../../../bot/src/features/pulse/default-survey';
import { roundsFor } from '../../../bot/src/features/pulse/round';
import { RoundsStore } from '../../../bot/src/features/pulse/rounds-store';
import { t } from '../../../bot/src/i18n';
import { Tables } from '../../../bot/src/storage/tables';
import * as A from '../../support/activities';
import { cardText, postActivity, startTestApp, type TestApp } from '../../support/app';
import { RecordingConnector } from '../../support/connector';
import { openCycle, stepData } from '../../support/digicheck';

jest.setTimeout(60_000);

/**
 * Trust 13 over HTTP with real Teams activities: `umfrage`, `check`, `fachbereich` and `feedback`
 * typed in a channel or a group chat. Everything the bot posts into the shared conversation is
 * what every member there (the observer) sees; it must never hold a person's answers, department
 * or feedback text. The person gets their card in their personal chat instead.
 */
describe('personal things stay personal in channels and group chats', () => {
  let app: TestApp;
  let connector: RecordingConnector;
  let cycleId: string;
  const o = () => ({ serviceUrl: connector.url });
  const erika = A.testUser('Erika Mustermann'); // has the app in her personal chat
  const max = A.testUser('Max Muster'); // does not
  const channel: A.SharedConversation = { kind: 'channel', id: '19:general-rathaus@thread.tacv2', team: { id: '19:general-rathaus@thread.tacv2', name: 'Rathaus' } };
  const group: A.SharedConversation = { kind: 'groupChat', id: '19:group-kaffee@thread.v2' };
  const SECRET = 'Mein Vorgesetzter blockiert die E-Akte';

  /** Everything posted into a conversation, as its members read it (texts and card texts). */
  const seenIn = (conversationId: string) => connector.sentTo(conversationId).map((a) => [a.text ?? '', cardText(a)].filter(Boolean).join(' | '));
  const invokeCard = async (res: Response) => {
    const body = (await res.json()) as { value?: unknown };
    return cardText({ attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: body.value }] });
  };

  beforeAll(async () => {
    connector = await new RecordingConnector().start();
    app = await startTestApp();
    const tables = new Tables(app.storageConnectionString, app.config.tablePrefix);
    const [round] = roundsFor({ surveyId: 'x', opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString(), departments: [] }, CHANGE_READINESS_PULSE);
    await new RoundsStore(tables).create(round);
    cycleId = await openCycle(app);
    await postActivity(app, A.personalInstall(erika, o()));
    await postActivity(app, A.cardExecute(erika, 'department.save', { department: 'finanzen' }, o()));
    // Erika answers card 1 of the DigiCheck in her personal chat: her level 4 everywhere.
    await postActivity(app, A.cardExecute(erika, 'check.step', stepData(cycleId, 0, () => 4, { department: 'finanzen' }), o()));
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  it.each([
    ['channel', channel],
    ['groupChat', group],
  ] as const)('trust 13: in a %s, the commands answer in the personal chat and the shared conversation learns nothing', async (kind, where) => {
    connector.reset();
    for (const text of ['umfrage', 'check', 'fachbereich', `feedback ${SECRET}`, 'check löschen']) {
      const before = connector.calls.length;
      const res = await postActivity(app, A.sharedMessage(erika, text, where, o()));
      expect(res.status).toBeLessThan(300);
      await connector.waitFor((calls) => calls.length > before);
      await new Promise((r) => setTimeout(r, 100));
    }
    const observed = seenIn(where.id);
    console.log(`trust 13 (${kind}): what the others in the ${kind} saw:\n  ${observed.join('\n  ') || '(nothing)'}`);
    expect(observed.length).toBeGreaterThan(0);
    // Only these two neutral lines: "sent you a personal message", and for 'check löschen' (not
    // acted on from a shared chat) the pointer to the personal chat.
    expect(observed.filter((l) => l === t('de', 'personal.sent'))).toHaveLength(4);
    for (const line of observed) {
      expect([t('de', 'personal.sent'), t('de', 'personal.onlyThere')]).toContain(line);
      for (const leak of ['Finanzen', SECRET, 'Karte', 'Antworten im DigiCheck', 'gelöscht']) expect(line).not.toContain(leak);
    }
    expect(connector.sentTo(where.id).every((a) => !a.attachments?.length)).toBe(true);
    // Erika got her cards where only she reads them; 'check löschen' was not acted on from the shared chat.
    const personal = seenIn(erika.conversationId).join('\n');
    expect(personal).toContain('Wie erleben Sie den digitalen Wandel?');
    expect(personal).toContain(SECRET);
    expect((await app.digicheck.summary(erika.aadObjectId, cycleId)).kind).not.toBe('refused');
  });

  it('trust 13: without a personal install, the shared chat only learns how to open the personal chat', async () => {
    connector.reset();
    await postActivity(app, A.sharedMessage(max, 'umfrage', group, o()));
    await connector.waitFor((calls) => calls.length > 0);
    const observed = seenIn(group.id);
    console.log(`trust 13 (no personal install): the group chat saw:\n  ${observed.join('\n  ')}`);
    expect(observed).toHaveLength(1);
    expect(observed[0]).toMatch(/persönlichen Chat/);
    expect(observed[0]).not.toContain('Wie erleben Sie');
  });

  it('trust 13: a card action (refresh) in a shared conversation shows nobody\'s answers and stores nothing', async () => {
    const summary = await invokeCard(await postActivity(app, A.sharedExecute(erika, 'check.summary', { cycleId }, channel, o())));
    const step = await invokeCard(await postActivity(app, A.sharedExecute(erika, 'check.edit', { cycleId, step: 0 }, channel, o())));
    const dept = await invokeCard(await postActivity(app, A.sharedExecute(erika, 'department.save', { department: 'bauen-umwelt' }, channel, o())));
    console.log(`trust 13 (card refresh in a channel): the others saw:\n  ${[summary, step, dept].map((s) => s.replace(/\n/g, ' / ')).join('\n  ')}`);
    for (const text of [summary, step, dept]) {
      expect(text).toMatch(/persönlichen Chat/);
      for (const leak of ['Finanzen', 'Bauen', 'Mittel', 'Stufe 4']) expect(text).not.toContain(leak);
    }
    // The department change pressed in the channel changed nothing.
    expect((await new PeopleStore(new Tables(app.storageConnectionString, app.config.tablePrefix)).get(erika.aadObjectId))?.department).toBe('finanzen');
  });
});
