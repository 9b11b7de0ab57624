import type { Announcement, AnnouncementInput } from '../../../../bot/src/api/announcements-contract';
import type { RunningApp } from '../../../../bot/src/main';
import * as A from '../../../support/activities';
import { apiClient } from '../../../support/api-client';
import { postActivity, startTestApp } from '../../../support/app';
import { RecordingConnector } from '../../../support/connector';

jest.setTimeout(60_000);

/**
 * Trust 16: an acknowledgement counts only for an announcement that asked for one, and only from
 * a conversation it was delivered to. The attacker forges the Action.Execute invoke by hand.
 */
describe('acknowledgements count only where they were asked for and delivered', () => {
  let app: RunningApp;
  let connector: RecordingConnector;
  const o = () => ({ serviceUrl: connector.url });
  const erika = A.testUser('Erika'); // installed: gets the announcements
  const mallory = A.testUser('Mallory'); // never installed the app: gets nothing

  const api = apiClient(() => app);
  const send = async (id: string, acknowledge: boolean) => {
    const input: AnnouncementInput = { languages: 'de', de: { title: `Mitteilung ${id}`, text: 'Bitte lesen.' }, author: '', acknowledge, audience: { allEmployees: true, teams: [], departments: [] } };
    const created = await api.post<Announcement>('/api/announcements', { id, announcement: input });
    expect(created.status).toBe(201);
    expect((await api.post(`/api/announcements/${id}/send`, { etag: created.body.etag })).status).toBe(202);
    const end = Date.now() + 20_000;
    while ((await api.get<Announcement>(`/api/announcements/${id}`)).body.state !== 'sent') {
      if (Date.now() > end) throw new Error('not sent in time');
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const acknowledged = async (id: string) => {
    await new Promise((r) => setTimeout(r, 2100)); // counts are cached for 2 s
    return (await api.get<Announcement>(`/api/announcements/${id}`)).body.counts.acknowledged;
  };

  beforeAll(async () => {
    connector = await new RecordingConnector().start();
    app = await startTestApp({ DEV_ROLES: 'announcer' });
    await postActivity(app, A.personalInstall(erika, o()));
    await send('no-ack', false);
    await send('with-ack', true);
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  it('trust 16: forged acknowledgements (no ack asked for; not delivered to the sender) count nothing', async () => {
    const ack = (p: A.TestUser, announcementId: string) => postActivity(app, A.cardExecute(p, 'announcement.ack', { announcementId }, o()));
    await ack(erika, 'no-ack');
    await ack(mallory, 'with-ack');
    await ack(mallory, 'no-ack');
    const noAck = await acknowledged('no-ack');
    const withAckBefore = await acknowledged('with-ack');
    console.log(`trust 16: forged acknowledgements counted: "no-ack" (asked for none) ${noAck}, "with-ack" from a person it never reached ${withAckBefore}`);
    expect(noAck).toBe(0);
    expect(withAckBefore).toBe(0);
    // The genuine one still counts, once.
    const res = await ack(erika, 'with-ack');
    expect(JSON.stringify(await res.json())).toContain('Gelesen – danke');
    expect(await acknowledged('with-ack')).toBe(1);
  });
});
