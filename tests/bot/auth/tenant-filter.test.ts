import { TableClient, TableServiceClient } from '@azure/data-tables';
import type { AudienceOptions } from '../../../bot/src/api/announcements-contract';
import { CHANGE_READINESS_PULSE } from '../../../bot/src/features/pulse/default-survey';
import { roundsFor } from '../../../bot/src/features/pulse/round';
import { RoundsStore } from '../../../bot/src/features/pulse/rounds-store';
import { SubmissionsStore } from '../../../bot/src/features/pulse/submissions-store';
import type { RunningApp } from '../../../bot/src/main';
import { Tables } from '../../../bot/src/storage/tables';
import * as A from '../../support/activities';
import { postActivity, startTestApp } from '../../support/app';
import { RecordingConnector } from '../../support/connector';

const FOREIGN_TENANT = '99999999-0000-4000-8000-00000000f0e1';

/** The same activity, as Teams would send it from a person of another tenant. */
const fromTenant = <T extends { conversation: object; channelData?: object }>(activity: T, tenantId: string): T => ({
  ...activity,
  conversation: { ...activity.conversation, tenantId },
  channelData: { ...(activity.channelData ?? {}), tenant: { id: tenantId } },
});

const answers = {
  department: 'finanzen',
  q_awareness: '5', q_desire: '4', q_knowledge: '3', q_ability: '2', q_reinforcement: '4',
  q_appropriateness: '5', 'q_management-support': '4', q_efficacy: '4', 'q_personal-benefit': '3', q_enps: '9',
};

/**
 * Issue 11, point 4: the bot serves only its own tenant. A person of another tenant who installs
 * the app, asks for the pulse and submits a ballot leaves no trace: nothing stored, not counted,
 * not an employee, no answer.
 */
describe('trust 4: activities from another tenant', () => {
  let app: RunningApp;
  let connector: RecordingConnector;
  let tables: Tables;
  let roundId: string;
  const o = () => ({ serviceUrl: connector.url });

  beforeAll(async () => {
    connector = await new RecordingConnector().start();
    app = await startTestApp({ ALLOWED_TENANT_IDS: A.TENANT, DEV_ROLES: 'announcer' });
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

  /** Every stored entity of every table, as JSON, to search for a person's traces. */
  const everythingStored = async (): Promise<string> => {
    const service = TableServiceClient.fromConnectionString(app.storageConnectionString, { allowInsecureConnection: true });
    const rows: unknown[] = [];
    for await (const table of service.listTables()) {
      const t = TableClient.fromConnectionString(app.storageConnectionString, table.name!, { allowInsecureConnection: true });
      for await (const e of t.listEntities()) rows.push(e);
    }
    return JSON.stringify(rows);
  };

  it('trust 4: an activity from another tenant stores nothing, counts nothing, joins no audience, gets no answer, and is logged once', async () => {
    const warn = jest.spyOn(app.log, 'warn');
    const own = A.testUser('Erika Eigene');
    const stranger = A.testUser('Fritz Fremder');
    await postActivity(app, A.personalInstall(own, o()));
    await postActivity(app, A.personalMembersAdded(own, o()));

    const replies: Array<{ status: number; body: string }> = [];
    for (const activity of [
      A.personalInstall(stranger, o()),
      A.personalMembersAdded(stranger, o()),
      A.message(stranger, 'umfrage', o()),
      A.cardExecute(stranger, 'pulse.submit', { roundId, ...answers }, o()),
    ]) {
      const res = await postActivity(app, fromTenant(activity, FOREIGN_TENANT));
      replies.push({ status: res.status, body: await res.text() });
    }
    // The own person is answered (the welcome card), so the connector works.
    await connector.waitFor(() => connector.sentTo(own.conversationId).length > 0);

    const audiences = (await (await fetch(`${app.url}/api/announcements/audiences`)).json()) as AudienceOptions;
    const participation = await new SubmissionsStore(tables).participationCount(roundId);
    const stored = await everythingStored();
    const report = {
      employees: audiences.employees,
      participation,
      storedMentionsOfStranger: stored.split(stranger.aadObjectId).length - 1 + stored.split(stranger.conversationId).length - 1,
      storedMentionsOfForeignTenant: stored.split(FOREIGN_TENANT).length - 1,
      repliesToStranger: connector.calls.filter((c) => c.conversationId === stranger.conversationId).length,
      invokeAnswer: replies[3],
      logLines: warn.mock.calls.filter((c) => JSON.stringify(c).includes(FOREIGN_TENANT)).length,
    };
    console.log(`what the foreign-tenant person achieved: ${JSON.stringify(report)}`);
    expect(report).toEqual({
      employees: 1,
      participation: 0,
      storedMentionsOfStranger: 0,
      storedMentionsOfForeignTenant: 0,
      repliesToStranger: 0,
      invokeAnswer: { status: 403, body: '' },
      logLines: 1,
    });
    expect(replies.slice(0, 3).map((r) => r.status)).toEqual([200, 200, 200]);
  });

  it('trust 4: an activity that names no tenant, or two different ones, is refused too', async () => {
    const user = A.testUser();
    const noTenant = { ...A.message(user, 'hilfe', o()), conversation: { id: user.conversationId, conversationType: 'personal' }, channelData: {} };
    const mixed = { ...A.message(user, 'hilfe', o()), channelData: { tenant: { id: FOREIGN_TENANT } } };
    await postActivity(app, noTenant);
    await postActivity(app, mixed);
    await new Promise((r) => setTimeout(r, 200));
    expect(connector.calls.filter((c) => c.conversationId === user.conversationId)).toHaveLength(0);
  });
});
