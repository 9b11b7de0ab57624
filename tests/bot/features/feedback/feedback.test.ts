import { TableClient } from '@azure/data-tables';
import type { RunningApp } from '../../../../bot/src/main';
import type { FeedbackBoardEntry, FeedbackItem } from '../../../../bot/src/api/contract';
import * as A from '../../../support/activities';
import { apiClient } from '../../../support/api-client';
import { cardText, postActivity, startTestApp } from '../../../support/app';
import { RecordingConnector } from '../../../support/connector';

describe('feedback: anonymous in chat, answered publicly on the board', () => {
  let app: RunningApp;
  let viewerApp: RunningApp;
  let connector: RecordingConnector;
  const o = () => ({ serviceUrl: connector.url });
  const user = A.testUser('Feedback Geberin');

  const askCard = async (text: string) => {
    connector.reset();
    await postActivity(app, A.message(user, text, o()));
    await connector.waitFor(() => connector.sentTo(user.conversationId).length > 0);
    const card = connector.sentTo(user.conversationId)[0].attachments[0].content;
    return { card, submissionId: card.actions[0].data.submissionId as string };
  };
  const send = async (data: Record<string, unknown>) => {
    const res = await postActivity(app, A.cardExecute(user, 'feedback.send', data, o()));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { value: unknown };
    return cardText({ attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: body.value }] });
  };
  /** The change team's installation, and a viewer in another installation. */
  const changeTeam = apiClient(() => app);
  const viewer = apiClient(() => viewerApp);
  beforeAll(async () => {
    connector = await new RecordingConnector().start();
    app = await startTestApp({ DEV_ROLES: 'changeTeam' });
    viewerApp = await startTestApp();
  });
  afterAll(async () => {
    await app.stop();
    await viewerApp.stop();
    await connector.stop();
  });

  it('"feedback <text>" shows the text to confirm; nothing is stored before sending', async () => {
    const { card } = await askCard('feedback Mehr Schulungen zur E-Akte, bitte');
    expect(card.body.find((b: { id?: string }) => b.id === 'text').value).toBe('Mehr Schulungen zur E-Akte, bitte');
    expect(cardText({ attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] })).toContain('Ihr Name wird nicht gespeichert');
    expect((await changeTeam.get('/api/feedback')).body).toEqual([]);
  });

  it('stores it once without any author, also on a double click', async () => {
    const { submissionId } = await askCard('feedback Die Scanner sind zu langsam');
    const texts = await Promise.all([1, 2].map(() => send({ submissionId, text: 'Die Scanner sind zu langsam', mayPublish: 'false' })));
    expect(texts.filter((t) => t.includes('anonym gespeichert'))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('bereits gesendet'))).toHaveLength(1);
    const client = TableClient.fromConnectionString(app.storageConnectionString, `${app.config.tablePrefix}Feedback`, { allowInsecureConnection: true });
    const rows = [];
    for await (const e of client.listEntities()) rows.push(JSON.stringify(e));
    expect(rows).toHaveLength(1);
    for (const id of [user.aadObjectId, user.id, user.conversationId, user.name]) expect(rows[0]).not.toContain(id);
  });

  it.each([
    ['empty text', { text: '   ', mayPublish: 'false' }, 'Bitte schreiben Sie Ihr Feedback'],
    ['1,001 characters', { text: 'x'.repeat(1001), mayPublish: 'false' }, 'höchstens 1000 Zeichen, es waren 1001'],
  ])('refuses %s with a clear message and keeps the card', async (_name, data, message) => {
    const { submissionId } = await askCard('feedback');
    expect(await send({ submissionId, ...data })).toContain(message);
  });

  it('refuses a forged card (no valid submission id) and stores nothing', async () => {
    const before = (await changeTeam.get<unknown[]>('/api/feedback')).body.length;
    expect(await send({ submissionId: '../../x', text: 'Hallo' })).toContain('Diese Karte ist ungültig');
    expect((await changeTeam.get<unknown[]>('/api/feedback')).body.length).toBe(before);
  });

  it('the change team answers; the board shows the original only when its author allowed it', async () => {
    const { submissionId } = await askCard('feedback Warum dauert die Umstellung so lange?');
    await send({ submissionId, text: 'Warum dauert die Umstellung so lange?', mayPublish: 'true' });
    const items = (await changeTeam.get<FeedbackItem[]>('/api/feedback')).body;
    const published = items.find((i) => i.mayPublish)!;
    const private_ = items.find((i) => !i.mayPublish)!;

    const noTopic = await changeTeam.put(`/api/feedback/${private_.id}/answer`, { answer: 'Neue Scanner kommen im März.', etag: private_.etag });
    expect(noTopic.status).toBe(400);
    expect(noTopic.body.message).toMatch(/neutral summary/);
    expect((await changeTeam.put(`/api/feedback/${private_.id}/answer`, { answer: 'Neue Scanner kommen im März.', topic: 'Geschwindigkeit der Scanner', etag: private_.etag })).status).toBe(200);
    expect((await changeTeam.put(`/api/feedback/${published.id}/answer`, { answer: 'Weil wir schrittweise umstellen.', etag: published.etag })).status).toBe(200);
    const stale = await changeTeam.put(`/api/feedback/${published.id}/answer`, { answer: 'Überschrieben?', etag: published.etag });
    expect(stale.status).toBe(409);

    const board = (await viewer.get<FeedbackBoardEntry[]>('/api/feedback/board')).body;
    expect(board).toEqual([]); // another installation: its own data
    const ours = (await changeTeam.get<FeedbackBoardEntry[]>('/api/feedback/board')).body;
    expect(ours.map((e) => [e.question, e.original, e.answer]).sort()).toEqual([
      ['Geschwindigkeit der Scanner', false, 'Neue Scanner kommen im März.'],
      ['Warum dauert die Umstellung so lange?', true, 'Weil wir schrittweise umstellen.'],
    ]);
    expect(JSON.stringify(ours)).not.toContain('Die Scanner sind zu langsam');
  });

  it('keeps the inbox and answering for the change team', async () => {
    expect((await viewer.get('/api/feedback')).status).toBe(403);
    expect((await viewer.put('/api/feedback/x/answer', { answer: 'a', etag: 'e' })).status).toBe(403);
    expect((await viewer.get('/api/feedback/board')).status).toBe(200);
  });
});
