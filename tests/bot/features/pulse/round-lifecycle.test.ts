import { CHANGE_READINESS_PULSE } from '../../../../bot/src/features/pulse/default-survey';
import { ConversationStore } from '../../../../bot/src/conversations/store';
import { PeopleStore } from '../../../../bot/src/features/people/store';
import { roundsFor, type Round } from '../../../../bot/src/features/pulse/round';
import { RoundsStore } from '../../../../bot/src/features/pulse/rounds-store';
import { SubmissionsStore } from '../../../../bot/src/features/pulse/submissions-store';
import { sumTallies } from '../../../../bot/src/features/pulse/tally';
import { Tables } from '../../../../bot/src/storage/tables';
import * as A from '../../../support/activities';
import { cardText, postActivity, startTestApp, type TestApp } from '../../../support/app';
import { RecordingConnector } from '../../../support/connector';

const answers = {
  q_awareness: '4', q_desire: '4', q_knowledge: '3', q_ability: '2', q_reinforcement: '4',
  q_appropriateness: '5', 'q_management-support': '4', q_efficacy: '4', 'q_personal-benefit': '3', q_enps: '9',
};

describe('a round’s life cycle: announced to everyone, one reminder, tallied at close (HTTP)', () => {
  let app: TestApp;
  let connector: RecordingConnector;
  let tables: Tables;
  let round: Round;
  const users = Array.from({ length: 4 }, (_, i) => A.testUser(`Person ${i}`));
  const [alice, bob, carol, gone] = users;
  const outsider = A.testUser('Bauamt');
  const opens = new Date(Date.now() - 60_000);
  const closes = new Date(opens.getTime() + 14 * 86_400_000);
  const o = () => ({ serviceUrl: connector.url });

  beforeAll(async () => {
    connector = await new RecordingConnector().start();
    app = await startTestApp();
    tables = new Tables(app.storageConnectionString, app.config.tablePrefix);
    for (const u of [...users, outsider]) await postActivity(app, A.personalInstall(u, { ...o(), locale: u === bob ? 'en-US' : 'de-DE' }));
    await connector.waitFor(() => [...users, outsider].every((u) => connector.sentTo(u.conversationId).length === 1)); // welcomes
    const people = new PeopleStore(tables);
    await people.setDepartment(alice.aadObjectId, 'finanzen');
    await people.setDepartment(outsider.aadObjectId, 'bauen-umwelt');
    [round] = roundsFor({ surveyId: 'x', opensAt: opens.toISOString(), closesAt: closes.toISOString(), departments: ['finanzen', 'zentrale-dienste'] }, CHANGE_READINESS_PULSE);
    await new RoundsStore(tables).create(round);
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  it('announces the round once to everyone it is meant for, retrying a 429 and removing an uninstalled chat', async () => {
    connector.failures.set(carol.conversationId, [{ status: 429, retryAfter: '0' }, { status: 503 }]);
    connector.failures.set(gone.conversationId, [{ status: 404 }]);
    await app.scheduler.tick('pulse', new Date());
    await app.scheduler.tick('pulse', new Date()); // a second pass must not send again

    expect(cardText(connector.sentTo(alice.conversationId)[1])).toContain('Wie erleben Sie den digitalen Wandel?');
    expect(cardText(connector.sentTo(bob.conversationId)[1])).toContain('Pulse: how do you experience the digital change?');
    expect(connector.sentTo(carol.conversationId)).toHaveLength(2); // welcome + one card, despite 429 and 503 first
    expect(connector.attemptsTo(carol.conversationId).length).toBeGreaterThanOrEqual(4);
    expect(connector.sentTo(outsider.conversationId)).toHaveLength(1); // other department: welcome only
    for (const u of [alice, bob]) expect(connector.sentTo(u.conversationId)).toHaveLength(2);
    expect(connector.attemptsTo(gone.conversationId).map((c) => c.status)).toEqual([200, 404]); // 404 is permanent: no retry
    expect(await new ConversationStore(tables).get(gone.conversationId)).toBeUndefined();
  });

  it('reminds only those without participation, once, saying participation is kept apart from answers', async () => {
    const res = await postActivity(app, A.cardExecute(alice, 'pulse.submit', { roundId: round.id, department: 'finanzen', ...answers }, o()));
    expect(res.status).toBe(200);
    const reminderTime = new Date(closes.getTime() - 3_600_000);
    await app.scheduler.tick('pulse', reminderTime);
    await app.scheduler.tick('pulse', reminderTime);
    expect(connector.sentTo(alice.conversationId)).toHaveLength(2);
    expect(connector.sentTo(outsider.conversationId)).toHaveLength(1);
    for (const u of [bob, carol]) expect(connector.sentTo(u.conversationId)).toHaveLength(3);
    expect(cardText(connector.sentTo(carol.conversationId)[2])).toContain('Erinnerung');
    expect(cardText(connector.sentTo(carol.conversationId)[2])).toContain('niemand kann beides verbinden');
    expect(cardText(connector.sentTo(bob.conversationId)[2])).toContain('Reminder');
  });

  it('after closing tallies the remaining ballots (fewer than a batch) and marks the round final', async () => {
    const submissions = new SubmissionsStore(tables);
    expect(await submissions.inboxCount(round.id)).toBe(1); // a single ballot waits: below the batch of 5
    await app.scheduler.tick('pulse', new Date(closes.getTime() + 1000));
    expect(await submissions.inboxCount(round.id)).toBe(0);
    expect(sumTallies(CHANGE_READINESS_PULSE, [...(await submissions.tallies(round.id)).values()]).ballots).toBe(1);
    expect((await new RoundsStore(tables, 0).get(round.id))?.finalizedAt).toBeDefined();
  });
});
