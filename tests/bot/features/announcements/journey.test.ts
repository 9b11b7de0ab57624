import type { Announcement, AnnouncementInput, AudienceCount, AudienceOptions, DeliveryFailure } from '../../../../bot/src/api/announcements-contract';
import * as A from '../../../support/activities';
import { apiClient } from '../../../support/api-client';
import { cardText, postActivity, startTestApp, type TestApp } from '../../../support/app';
import { SimulatedConnector } from '../../../support/teams-connector';

jest.setTimeout(60_000);

/**
 * Over HTTP with real Bot Framework activities, against a connector that enforces Teams' limits
 * and injects 5 % faults: the kick-off goes to everyone and to a team channel, arrives exactly
 * once each, the tracking counts it, one person's app is gone (dead-lettered with the reason),
 * and acknowledgements are counted once per person.
 */
describe('announcements: compose → send → track → acknowledge', () => {
  let app: TestApp;
  let connector: SimulatedConnector;
  const people = Array.from({ length: 30 }, (_, i) => A.testUser(`Person ${i}`));
  const team = { id: '19:general-team@thread.tacv2', name: 'Rathaus Leopoldshöhe' };

  beforeAll(async () => {
    connector = await new SimulatedConnector({ faultRate: 0.05, seed: 7 }).start();
    app = await startTestApp({ DEV_ROLES: 'announcer', MUNICIPALITY_NAME: 'Gemeinde Leopoldshöhe' });
    const o = { serviceUrl: connector.url };
    for (const [i, p] of people.entries()) await postActivity(app, A.personalInstall(p, { ...o, locale: i % 3 === 0 ? 'en-US' : 'de-DE' }));
    await postActivity(app, A.teamInstall(team, people[0], o));
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  const api = apiClient(() => app);
  /** Announcement cards delivered to a conversation (the welcome card at install is not one). */
  const announcementsTo = (conversationId: string) =>
    (connector.delivered.get(conversationId) ?? []).filter((a) => JSON.stringify(a).includes('"style":"heading"'));
  const waitFor = async (check: () => Promise<boolean>, ms = 30_000) => {
    const end = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > end) throw new Error('condition not met in time');
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  it('sends the kick-off to all employees and the team channel, each exactly once, and counts acknowledgements once', async () => {
    const options = (await api.get<AudienceOptions>('/api/announcements/audiences')).body;
    expect(options.employees).toBe(30);
    expect(options.teams).toEqual([{ id: team.id, name: team.name }]);

    const template = (await api.get<AnnouncementInput>('/api/announcements/templates/kickoff')).body;
    expect(template.de?.text).toContain('Gemeinde Leopoldshöhe');
    const input: AnnouncementInput = { ...template, audience: { allEmployees: true, teams: [team.id], departments: [] } };
    const count = await api.post<AudienceCount>('/api/announcements/audience', input.audience);
    expect(count.body).toEqual({ recipients: 31, personal: 30, channels: 1 });

    const preview = await api.post('/api/announcements/preview', { announcement: input, lang: 'de' });
    expect(preview.status).toBe(200);
    expect(JSON.stringify(preview.body)).toContain('Auftakt');

    const created = await api.post<Announcement>('/api/announcements', { id: 'kickoff', announcement: input });
    expect(created.status).toBe(201);
    expect(created.body.state).toBe('draft');
    // A person's app is removed before sending: that delivery fails with the reason.
    connector.blocked.add(people[29].conversationId);

    const sent = await api.post<Announcement>('/api/announcements/kickoff/send', { etag: created.body.etag });
    expect(sent.status).toBe(202);
    await waitFor(async () => (await api.get<Announcement>('/api/announcements/kickoff')).body.state === 'sent');

    const final = (await api.get<Announcement>('/api/announcements/kickoff')).body;
    expect(final.counts).toEqual({ recipients: 31, queued: 0, sent: 30, failed: 1, acknowledged: 0 });
    const convs = [...people.map((p) => p.conversationId), team.id];
    expect(convs.filter((c) => announcementsTo(c).length === 1)).toHaveLength(30);
    expect(announcementsTo(people[29].conversationId)).toEqual([]);
    // Each person in their Teams language; the channel gets both.
    expect(cardText(announcementsTo(people[1].conversationId)[0])).toContain('Auftakt');
    expect(cardText(announcementsTo(people[0].conversationId)[0])).toContain('Kick-off');
    expect(cardText(announcementsTo(people[0].conversationId)[0])).not.toContain('Auftakt');
    const channelText = cardText(announcementsTo(team.id)[0]);
    expect(channelText).toContain('Auftakt');
    expect(channelText).toContain('Kick-off');

    const failures = (await api.get<DeliveryFailure[]>('/api/announcements/kickoff/failures')).body;
    expect(failures).toEqual([expect.objectContaining({ kind: 'personal', status: 403, reason: 'the app was blocked or removed (403)' })]);

    // Acknowledge: once per person, whatever the clicks; the card answers "read".
    const o = { serviceUrl: connector.url };
    const ack = (p: A.TestUser) => postActivity(app, A.cardExecute(p, 'announcement.ack', { announcementId: 'kickoff' }, o));
    const [r1] = await Promise.all([ack(people[1]), ack(people[1]), ack(people[2])]);
    expect(JSON.stringify(await r1.json())).toContain('Gelesen – danke');
    await ack(people[1]);
    // Counts are cached for 2 s (the tab polls every 2 s); then they show both people, once each.
    await waitFor(async () => (await api.get<Announcement>('/api/announcements/kickoff')).body.counts.acknowledged === 2, 5000);
    await new Promise((r) => setTimeout(r, 2100));
    expect((await api.get<Announcement>('/api/announcements/kickoff')).body.counts.acknowledged).toBe(2);

    const csv = await api.get('/api/announcements/kickoff/deliveries.csv?lang=en');
    const lines = csv.text.trim().split('\n');
    expect(lines).toHaveLength(32);
    expect(lines.filter((l) => l.includes(',sent,'))).toHaveLength(30);
  });

  it('refuses bad input with a clear 400 and sends nothing', async () => {
    const before = connector.stats.requests;
    const base: AnnouncementInput = { languages: 'de', de: { title: 'Hinweis', text: 'Text' }, author: '', acknowledge: true, audience: { allEmployees: true, teams: [], departments: [] } };
    const cases: Array<[unknown, string]> = [
      [{ ...base, de: { title: '', text: 'x' } }, 'announcement.de.title: the title must not be empty'],
      [{ ...base, de: { title: 'x', text: 'y'.repeat(4001) } }, 'announcement.de.text: at most 4000 characters'],
      [{ ...base, imageUrl: 'http://example.org/a.png' }, 'announcement.imageUrl: a complete https:// URL'],
      [{ ...base, linkUrl: 'https//broken' }, 'announcement.linkUrl: a complete https:// URL'],
      [{ ...base, de: { title: 'x', text: 'Siehe <script>alert(1)</script>' } }, 'HTML tags are not allowed'],
      [{ ...base, de: { title: 'x', text: '[hier](javascript:alert(1))' } }, 'links must be https URLs'],
      [{ ...base, audience: { allEmployees: false, teams: [], departments: [] } }, 'announcement.audience: choose who receives it'],
      [{ ...base, audience: { allEmployees: false, teams: ['19:unknown@thread'], departments: [] } }, 'the app is not installed in 19:unknown@thread'],
      [{ ...base, audience: { allEmployees: false, teams: [], departments: ['mars'] } }, 'announcement.audience.departments: unknown mars'],
    ];
    for (const [i, [announcement, message]] of cases.entries()) {
      const id = `bad-${i}`;
      const created = await api.post<Announcement>('/api/announcements', { id, announcement });
      // Drafts keep unfinished work; form errors (length, URL, markup) are refused at once.
      const res = created.status === 201 ? await api.post(`/api/announcements/${id}/send`, { etag: created.body.etag }) : created;
      expect([i, res.status]).toEqual([i, 400]);
      expect((res.body as { message: string }).message).toContain(message);
    }
    const draft = await api.post<Announcement>('/api/announcements', { id: 'past', announcement: base });
    const past = await api.post('/api/announcements/past/send', { etag: draft.body.etag, at: '2020-01-01T09:00:00Z' });
    expect(past.status).toBe(400);
    expect((past.body as { message: string }).message).toContain('scheduling in the past is not possible');
    expect((await api.post('/api/announcements', { id: 'x', announcement: { ...base, surprise: 1 } })).status).toBe(400);
    await new Promise((r) => setTimeout(r, 300));
    expect(connector.stats.requests).toBe(before);
  });

  it('schedules for later, lets it be cancelled, and sends a scheduled one when due', async () => {
    const base: AnnouncementInput = { languages: 'en', en: { title: 'Later', text: 'Scheduled text' }, author: '', acknowledge: false, audience: { allEmployees: false, teams: [team.id], departments: [] } };
    const a = (await api.post<Announcement>('/api/announcements', { id: 'later', announcement: base })).body;
    const at = new Date(Date.now() + 60_000).toISOString();
    const scheduled = await api.post<Announcement>('/api/announcements/later/send', { etag: a.etag, at });
    expect(scheduled.body).toMatchObject({ state: 'scheduled', sendAt: at });
    await app.scheduler.tick('announcements');
    expect(announcementsTo(team.id)).toHaveLength(1); // only the kick-off so far
    const cancelled = await api.post<Announcement>('/api/announcements/later/cancel', { etag: scheduled.body.etag });
    expect(cancelled.body.state).toBe('cancelled');

    // Each refusal carries a stable reason code for the tab to translate; the message stays English.
    const again = await api.post('/api/announcements/later/cancel', { etag: cancelled.body.etag });
    expect([again.status, again.body]).toMatchObject([409, { code: 'conflict', reason: 'not-cancellable', state: 'cancelled', current: { state: 'cancelled' } }]);
    const taken = await api.post('/api/announcements', { id: 'later', announcement: { ...base, en: { title: 'Other', text: 'Other text' } } });
    expect([taken.status, taken.body]).toMatchObject([409, { code: 'conflict', reason: 'id-taken', message: expect.stringContaining('exists already') }]);
  });
});
