import { TableClient, TableServiceClient } from '@azure/data-tables';
import { CHANGE_READINESS_PULSE } from '../../../../bot/src/features/pulse/default-survey';
import { roundsFor, type Round } from '../../../../bot/src/features/pulse/round';
import { RoundsStore } from '../../../../bot/src/features/pulse/rounds-store';
import { SubmissionsStore } from '../../../../bot/src/features/pulse/submissions-store';
import { Tables } from '../../../../bot/src/storage/tables';
import * as A from '../../../support/activities';
import { postActivity, startTestApp, type TestApp } from '../../../support/app';
import { RecordingConnector } from '../../../support/connector';

type Entity = Record<string, unknown> & { partitionKey: string; rowKey: string; timestamp: string; table: string };

/**
 * The postal-vote promise, checked on the storage itself: after 12 people answered through the
 * bot and the round closed, read every entity of every table and show that nothing links a
 * ballot (answers, comments, counters) to a participant — not by key, value, write time or order.
 */
describe('privacy: no stored entity links an answer to a person', () => {
  let app: TestApp;
  let connector: RecordingConnector;
  let round: Round;
  let entities: Entity[];
  let lastAnswerAt: number;
  let participationAfterClose: number;
  const people = Array.from({ length: 12 }, (_, i) => A.testUser(`Person ${i}`));
  const depts = ['finanzen', 'finanzen', 'finanzen', 'finanzen', 'finanzen', 'finanzen', 'zentrale-dienste', 'zentrale-dienste', 'zentrale-dienste', 'zentrale-dienste', 'zentrale-dienste', 'buergerservice'];
  const comment = (i: number) => `Vorschlag Nummer ${i}: mehr Schulungen`;
  const personIds = people.flatMap((p) => [p.aadObjectId, p.id, p.conversationId, p.name]);

  beforeAll(async () => {
    connector = await new RecordingConnector().start();
    app = await startTestApp();
    const tables = new Tables(app.storageConnectionString, app.config.tablePrefix);
    const opens = new Date(Date.now() - 60_000);
    [round] = roundsFor({ surveyId: 'x', opensAt: opens.toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString(), departments: [] }, CHANGE_READINESS_PULSE);
    await new RoundsStore(tables).create(round);
    const o = { serviceUrl: connector.url };
    for (const [i, p] of people.entries()) {
      await postActivity(app, A.personalInstall(p, o));
      await postActivity(app, A.message(p, 'umfrage', o));
      // The first pulse of a person stores the chosen department on a turn of its own.
      await postActivity(app, A.cardExecute(p, 'department.save', { department: depts[i] }, o));
      const res = await postActivity(app, A.cardExecute(p, 'pulse.submit', {
        roundId: round.id, department: depts[i], q_awareness: String((i % 5) + 1), q_desire: '4', q_knowledge: '3', q_ability: '2', q_reinforcement: '4',
        q_appropriateness: '5', 'q_management-support': '4', q_efficacy: '4', 'q_personal-benefit': '3', q_enps: String(i % 11), q_comment: comment(i),
      }, o));
      expect(res.status).toBe(200);
      await new Promise((r) => setTimeout(r, 30)); // answers spread over time, as in real life
    }
    await new Promise((r) => setTimeout(r, 400)); // let background tallies run
    lastAnswerAt = Date.now();
    await app.scheduler.tick('pulse', new Date(Date.parse(round.closesAt) + 1000)); // close: flush and seal
    participationAfterClose = await new SubmissionsStore(tables).participationCount(round.id);

    entities = [];
    const service = TableServiceClient.fromConnectionString(app.storageConnectionString, { allowInsecureConnection: true });
    for await (const t of service.listTables()) {
      const client = TableClient.fromConnectionString(app.storageConnectionString, t.name!, { allowInsecureConnection: true });
      for await (const e of client.listEntities()) entities.push({ ...(e as unknown as Entity), table: t.name! });
    }
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  const submissionsOf = (prefix: string) => entities.filter((e) => e.table.endsWith('Submissions') && e.rowKey.startsWith(prefix));
  const serialize = (e: Entity) => JSON.stringify(Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'table')));

  it('keeps only the number who took part (12), the counters (12 ballots), and no single ballot', () => {
    expect(submissionsOf('p|')).toHaveLength(0); // "who took part" is deleted once the round is sealed
    expect(participationAfterClose).toBe(12);
    expect(submissionsOf('b|')).toHaveLength(0);
    const tallied = submissionsOf('t|').reduce((a, e) => a + Number(e.ballots), 0);
    expect(tallied).toBe(12);
    expect(submissionsOf('c|')).toHaveLength(12);
  });

  it('no entity holding answers (counters, comments) carries any person id, name or conversation, in keys or values', () => {
    for (const e of [...submissionsOf('t|'), ...submissionsOf('c|')]) {
      const text = serialize(e);
      for (const id of personIds) expect(text.includes(id) || text.includes(encodeURIComponent(id))).toBe(false);
    }
  });

  it('no entity outside the comment rows contains an answer text', () => {
    for (const e of entities) {
      if (e.table.endsWith('Submissions') && e.rowKey.startsWith('c|')) continue;
      const text = serialize(e);
      for (let i = 0; i < 12; i++) expect(text.includes(comment(i))).toBe(false);
    }
  });

  it('no Submissions row names a person at all after closing', () => {
    for (const e of entities.filter((x) => x.table.endsWith('Submissions'))) {
      const text = serialize(e);
      for (const id of personIds) expect(text.includes(id) || text.includes(encodeURIComponent(id))).toBe(false);
    }
  });

  it('every counter and comment was (re)written after the last answer: write times reveal nothing', () => {
    for (const e of [...submissionsOf('t|'), ...submissionsOf('c|')]) expect(Date.parse(e.timestamp)).toBeGreaterThanOrEqual(lastAnswerAt - 5);
  });

  it('the order of stored comments is not the order of answering', () => {
    const stored = submissionsOf('c|').sort((a, b) => a.rowKey.localeCompare(b.rowKey)).map((e) => String(e.text));
    expect(stored).not.toEqual(people.map((_, i) => comment(i)));
  });
});
