import type { RunningApp } from '../../../../bot/src/main';
import { CHANGE_READINESS_PULSE } from '../../../../bot/src/features/pulse/default-survey';
import { roundsFor } from '../../../../bot/src/features/pulse/round';
import { RoundsStore } from '../../../../bot/src/features/pulse/rounds-store';
import { SubmissionsStore } from '../../../../bot/src/features/pulse/submissions-store';
import { sumTallies } from '../../../../bot/src/features/pulse/tally';
import { Tables } from '../../../../bot/src/storage/tables';
import * as A from '../../../support/activities';
import { cardText, postActivity, startTestApp } from '../../../support/app';
import { RecordingConnector } from '../../../support/connector';

const answers = (awareness: number) => ({
  department: 'finanzen',
  q_awareness: String(awareness), q_desire: '4', q_knowledge: '3', q_ability: '2', q_reinforcement: '4',
  q_appropriateness: '5', 'q_management-support': '4', q_efficacy: '4', 'q_personal-benefit': '3', q_enps: '9',
});

describe('answering a pulse in chat (HTTP, real Bot Framework activities)', () => {
  let app: RunningApp;
  let connector: RecordingConnector;
  let tables: Tables;
  let roundId: string;
  const o = () => ({ serviceUrl: connector.url });

  const withDepartment = new Map<string, Promise<unknown>>();
  const execute = async (user: A.TestUser, data: Record<string, unknown>, locale = 'de-DE') => {
    // A person's department is chosen on a turn of its own before their first ballot (trust points
    // 11/12); the 'department saved, send again' turn itself is tested in trust 11.
    if (data.department === 'finanzen') {
      if (!withDepartment.has(user.id)) withDepartment.set(user.id, postActivity(app, A.cardExecute(user, 'department.save', { department: 'finanzen' }, { ...o(), locale })));
      await withDepartment.get(user.id);
    }
    const res = await postActivity(app, A.cardExecute(user, 'pulse.submit', data, { ...o(), locale }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { statusCode: number; type: string; value: unknown };
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    return cardText({ attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: body.value }] });
  };

  beforeAll(async () => {
    connector = await new RecordingConnector().start();
    app = await startTestApp();
    tables = new Tables(app.storageConnectionString, app.config.tablePrefix);
    const now = Date.now();
    const [round] = roundsFor(
      { surveyId: 'change-readiness', opensAt: new Date(now - 60_000).toISOString(), closesAt: new Date(now + 86_400_000).toISOString(), departments: [] },
      CHANGE_READINESS_PULSE,
    );
    roundId = round.id;
    await new RoundsStore(tables).create(round);
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  it('"umfrage" shows the open round as a card with every question and the department choice', async () => {
    const user = A.testUser();
    await postActivity(app, A.message(user, 'umfrage', o()));
    await connector.waitFor(() => connector.sentTo(user.conversationId).length > 0);
    const text = cardText(connector.sentTo(user.conversationId)[0]);
    expect(text).toContain('Wie erleben Sie den digitalen Wandel?');
    expect(text).toContain('Ihr Fachbereich');
    expect(text).toContain('5 – trifft voll zu');
    expect(text).toContain('Nach dem Absenden kann die Antwort nicht mehr geändert werden.');
  });

  it('a submit is thanked and final; a double click and a redelivery count once', async () => {
    const user = A.testUser();
    const [first, second, third] = await Promise.all([execute(user, { roundId, ...answers(5) }), execute(user, { roundId, ...answers(5) }), execute(user, { roundId, ...answers(1) })]);
    const texts = [first, second, third];
    expect(texts.filter((t) => t.includes('Danke für Ihre Antwort!'))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('Bereits gezählt'))).toHaveLength(2);
    const submissions = new SubmissionsStore(tables);
    expect(await submissions.participationCount(roundId)).toBe(1);

    await postActivity(app, A.message(user, 'umfrage', o()));
    await connector.waitFor(() => connector.sentTo(user.conversationId).length > 0);
    expect(connector.sentTo(user.conversationId)[0].text).toMatch(/bereits teilgenommen/);
  });

  it.each([
    ['a missing answer', (() => { const a: Record<string, unknown> = answers(3); delete a.q_desire; return a; })(), 'ist noch nicht beantwortet'],
    ['an out-of-range answer', { ...answers(3), q_desire: '9' }, 'außerhalb der Skala'],
    ['an unknown answer (forged card)', { ...answers(3), q_salary: '5' }, 'unbekannte Antwort'],
    ['an oversized comment', { ...answers(3), q_comment: 'x'.repeat(1001) }, 'zu lang (höchstens 1000 Zeichen)'],
    ['no department', { ...answers(3), department: 'mars' }, 'Bitte wählen Sie Ihren Fachbereich.'],
  ])('%s gets the card back with a clear message, and nothing is stored', async (_name, data, message) => {
    const user = A.testUser();
    const submissions = new SubmissionsStore(tables);
    const before = await submissions.participationCount(roundId);
    const text = await execute(user, { roundId, ...data });
    expect(text).toContain('Bitte prüfen Sie Ihre Angaben:');
    expect(text).toContain(message);
    expect(await submissions.participationCount(roundId)).toBe(before);
  });

  it.each([
    ['an unknown round', { roundId: 'no-such-round', ...answers(3) }, 'Diese Umfrage gibt es nicht'],
    ['a forged round id', { roundId: { $ne: null }, ...answers(3) }, 'Diese Umfrage gibt es nicht'],
  ])('%s is refused clearly', async (_name, data, message) => {
    expect(await execute(A.testUser(), data)).toContain(message);
  });

  it.each([
    ['closed', -2 * 86_400_000, -86_400_000, 'bereits beendet'],
    ['not yet open', 86_400_000, 2 * 86_400_000, 'noch nicht geöffnet'],
  ])('a submit to a %s round is refused clearly, and nothing is stored', async (_name, openIn, closeIn, message) => {
    const [other] = roundsFor(
      { surveyId: 'x', opensAt: new Date(Date.now() + openIn).toISOString(), closesAt: new Date(Date.now() + closeIn).toISOString(), departments: [] },
      CHANGE_READINESS_PULSE,
    );
    await new RoundsStore(tables).create(other);
    expect(await execute(A.testUser(), { roundId: other.id, ...answers(3) })).toContain(message);
    expect(await new SubmissionsStore(tables).participationCount(other.id)).toBe(0);
  });

  it('answers in English for an English Teams client', async () => {
    const text = await execute(A.testUser('Jane'), { roundId, ...answers(4) }, 'en-US');
    expect(text).toContain('Thank you for your answers!');
  });

  it('12 colleagues answer: ballots are tallied in batches and no ballot stays in the inbox after a flush', async () => {
    for (let i = 0; i < 12; i++) await execute(A.testUser(`Kollegin ${i}`), { roundId, ...answers((i % 5) + 1) });
    const submissions = new SubmissionsStore(tables);
    await new Promise((r) => setTimeout(r, 300)); // background tally after each accepted submit
    await submissions.tallyInbox(roundId, CHANGE_READINESS_PULSE, 1); // the flush that closing does
    expect(await submissions.inboxCount(roundId)).toBe(0);
    const total = sumTallies(CHANGE_READINESS_PULSE, [...(await submissions.tallies(roundId)).values()]);
    expect(total.ballots).toBe(await submissions.participationCount(roundId));
    expect(total.ballots).toBe(14); // 12 + the two earlier accepted submits in this file
  });
});
