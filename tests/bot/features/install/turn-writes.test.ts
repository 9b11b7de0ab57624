import { TableClient, TableServiceClient } from '@azure/data-tables';
import type { RunningApp } from '../../../../bot/src/main';
import { CHANGE_READINESS_PULSE } from '../../../../bot/src/features/pulse/default-survey';
import { roundsFor, type Round } from '../../../../bot/src/features/pulse/round';
import { RoundsStore } from '../../../../bot/src/features/pulse/rounds-store';
import { encodeKey } from '../../../../bot/src/storage/keys';
import { Tables } from '../../../../bot/src/storage/tables';
import * as A from '../../../support/activities';
import { postActivity, startTestApp } from '../../../support/app';
import { RecordingConnector } from '../../../support/connector';
import { openCycle, stepData } from '../../../support/digicheck';

jest.setTimeout(60_000);

type Row = { table: string; partitionKey: string; rowKey: string; etag: string; entity: Record<string, unknown> };

/**
 * Trust 12 (write time): Azure Tables stamps every written row with its own `Timestamp`, so any
 * row that names a person and is written on the same turn as a submit dates that submit. This
 * scans every table before and after one pulse submit, one DigiCheck answer and one feedback, and
 * shows what a storage reader could line up with the submit's write time.
 */
describe('no row that names a person is written on the turn of a submit', () => {
  let app: RunningApp;
  let connector: RecordingConnector;
  let round: Round;
  let cycleId: string;
  const o = (locale = 'de-DE') => ({ serviceUrl: connector.url, locale });
  const person = A.testUser('Paula Puls');

  const snapshot = async (): Promise<Map<string, Row>> => {
    const rows = new Map<string, Row>();
    const service = TableServiceClient.fromConnectionString(app.storageConnectionString, { allowInsecureConnection: true });
    for await (const t of service.listTables()) {
      const client = TableClient.fromConnectionString(app.storageConnectionString, t.name!, { allowInsecureConnection: true });
      for await (const e of client.listEntities()) {
        rows.set(`${t.name}/${e.partitionKey}/${e.rowKey}`, { table: t.name!, partitionKey: e.partitionKey!, rowKey: e.rowKey!, etag: e.etag, entity: e as Record<string, unknown> });
      }
    }
    return rows;
  };
  /** Rows created or changed between two snapshots. */
  const written = (before: Map<string, Row>, after: Map<string, Row>) => [...after.entries()].filter(([k, r]) => before.get(k)?.etag !== r.etag).map(([, r]) => r);
  const describeRow = (r: Row) => `${r.table.replace(app.config.tablePrefix, '')} ${r.partitionKey} ${r.rowKey}`;

  beforeAll(async () => {
    connector = await new RecordingConnector().start();
    app = await startTestApp();
    const tables = new Tables(app.storageConnectionString, app.config.tablePrefix);
    [round] = roundsFor({ surveyId: 'x', opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString(), departments: [] }, CHANGE_READINESS_PULSE);
    await new RoundsStore(tables).create(round);
    cycleId = await openCycle(app);
    // Install and choose the department on turns of their own (German client).
    await postActivity(app, A.personalInstall(person, o()));
    await postActivity(app, A.cardExecute(person, 'department.save', { department: 'finanzen' }, o()));
    await new Promise((r) => setTimeout(r, 300));
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  it('trust 12: a pulse submit writes only the round\'s participation and ballot rows', async () => {
    const before = await snapshot();
    // Her Teams client now runs in English: the conversation reference differs from the stored one.
    const res = await postActivity(app, A.cardExecute(person, 'pulse.submit', {
      roundId: round.id, department: 'finanzen', q_awareness: '4', q_desire: '4', q_knowledge: '3', q_ability: '2', q_reinforcement: '4',
      q_appropriateness: '5', 'q_management-support': '4', q_efficacy: '4', 'q_personal-benefit': '3', q_enps: '8',
    }, o('en-US')));
    expect(JSON.stringify(await res.json())).toContain('Thank you for your answers!');
    const rows = written(before, await snapshot());
    const outside = rows.filter((r) => !(r.table.endsWith('Submissions') && r.partitionKey === encodeKey(round.id)));
    console.log(`trust 12 (pulse submit): rows written on the submit turn:\n  ${rows.map(describeRow).join('\n  ')}\n  → a storage reader can date the submit of this person through: ${outside.map(describeRow).join(', ') || 'nothing outside the round'}`);
    expect(outside).toEqual([]);
  });

  it('trust 12: a DigiCheck answer writes only the person\'s own answer row', async () => {
    const before = await snapshot();
    await postActivity(app, A.cardExecute(person, 'check.step', stepData(cycleId, 0, () => 3, { department: 'finanzen' }), o('de-DE')));
    const rows = written(before, await snapshot());
    const outside = rows.filter((r) => !r.table.endsWith('DigiCheck'));
    console.log(`trust 12 (DigiCheck answer): rows written on the answer turn:\n  ${rows.map(describeRow).join('\n  ')}\n  → outside the check's own answer row: ${outside.map(describeRow).join(', ') || 'nothing'}`);
    expect(outside).toEqual([]);
  });

  it('trust 12: a feedback writes only the feedback row, and it carries no time finer than the day', async () => {
    const card = async () => {
      connector.reset();
      await postActivity(app, A.message(person, 'feedback Die Drucker im 2. OG sind ständig leer', o('en-GB')));
      await connector.waitFor(() => connector.sentTo(person.conversationId).length > 0);
      return connector.sentTo(person.conversationId)[0].attachments[0].content.actions[0].data.submissionId as string;
    };
    const submissionId = await card();
    const before = await snapshot();
    await postActivity(app, A.cardExecute(person, 'feedback.send', { submissionId, text: 'Die Drucker im 2. OG sind ständig leer', mayPublish: 'false' }, o('de-DE')));
    const rows = written(before, await snapshot());
    const outside = rows.filter((r) => !r.table.endsWith('Feedback'));
    const feedback = rows.filter((r) => r.table.endsWith('Feedback'));
    const times = feedback.flatMap((r) => Object.entries(r.entity).filter(([k, v]) => k !== 'timestamp' && typeof v === 'string' && /\d{4}-\d{2}-\d{2}T\d{2}:/.test(v)).map(([k, v]) => `${k}=${v}`));
    console.log(`trust 12 (feedback): rows written on the send turn:\n  ${rows.map(describeRow).join('\n  ')}\n  → times finer than a day in the feedback row: ${times.join(', ') || 'none'}; rows naming the author on that turn: ${outside.map(describeRow).join(', ') || 'none'}`);
    expect(feedback).toHaveLength(1);
    expect(feedback[0].entity.receivedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(times).toEqual([]);
    expect(outside).toEqual([]);
  });
});
