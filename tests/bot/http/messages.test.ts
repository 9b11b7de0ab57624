import type { RunningApp } from '../../../bot/src/main';
import { ConversationStore } from '../../../bot/src/conversations/store';
import { Tables } from '../../../bot/src/storage/tables';
import * as A from '../../support/activities';
import { cardText, postActivity, startTestApp } from '../../support/app';
import { RecordingConnector } from '../../support/connector';

describe('bot over HTTP: install, welcome, help (real Bot Framework activities)', () => {
  let app: RunningApp;
  let connector: RecordingConnector;
  let conversations: ConversationStore;
  const o = () => ({ serviceUrl: connector.url });

  beforeAll(async () => {
    connector = await new RecordingConnector().start();
    app = await startTestApp({ MUNICIPALITY_NAME: 'Gemeinde Leopoldshöhe' });
    conversations = new ConversationStore(new Tables(app.storageConnectionString, app.config.tablePrefix));
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });
  beforeEach(() => connector.reset());

  it('greets a German user with the welcome card on personal install and stores the conversation reference', async () => {
    const user = A.testUser();
    const res = await postActivity(app, A.personalInstall(user, o()));
    expect(res.status).toBe(200);
    await connector.waitFor(() => connector.sentTo(user.conversationId).length > 0);
    const [reply] = connector.sentTo(user.conversationId);
    const text = cardText(reply);
    expect(text).toContain('Willkommen bei DigiPuls');
    expect(text).toContain('Digitalisierungsprogramm der Gemeinde Leopoldshöhe');
    expect(text).toContain('hilfe');

    const stored = await conversations.get(user.conversationId);
    expect(stored).toMatchObject({ kind: 'personal', userAadObjectId: user.aadObjectId, serviceUrl: connector.url, tenantId: A.TENANT });
    expect(stored?.reference.conversation?.id).toBe(user.conversationId);
  });

  it('greets in English when the Teams locale is English', async () => {
    const user = A.testUser('Jane Doe');
    await postActivity(app, A.personalInstall(user, { ...o(), locale: 'en-US' }));
    await connector.waitFor(() => connector.sentTo(user.conversationId).length > 0);
    const text = cardText(connector.sentTo(user.conversationId)[0]);
    expect(text).toContain('Welcome to DigiPuls');
    expect(text).toContain('help');
    expect(text).not.toContain('Willkommen');
  });

  it('greets once although Teams sends two install signals and redelivers one', async () => {
    const user = A.testUser();
    const install = A.personalInstall(user, o());
    await Promise.all([
      postActivity(app, install),
      postActivity(app, install),
      postActivity(app, A.personalMembersAdded(user, o())),
    ]);
    await connector.waitFor(() => connector.sentTo(user.conversationId).length > 0);
    await new Promise((r) => setTimeout(r, 200));
    expect(connector.sentTo(user.conversationId)).toHaveLength(1);
  });

  it('greets a team in its General channel when installed there', async () => {
    const team = { id: '19:general-team-1@thread.tacv2', name: 'Fachbereich 1' };
    await postActivity(app, A.teamInstall(team, A.testUser(), o()));
    await connector.waitFor(() => connector.sentTo(team.id).length > 0);
    expect(cardText(connector.sentTo(team.id)[0])).toContain('Willkommen bei DigiPuls');
    expect(await conversations.get(team.id)).toMatchObject({ kind: 'channel', teamId: team.id });
  });

  it.each([
    ['hilfe', 'de-DE', 'Willkommen bei DigiPuls'],
    ['help', 'en-US', 'Welcome to DigiPuls'],
    ['  HILFE ', 'de-DE', 'Willkommen bei DigiPuls'],
  ])('answers "%s" (%s) with the welcome card', async (text, locale, expected) => {
    const user = A.testUser();
    const res = await postActivity(app, A.message(user, text, { ...o(), locale }));
    expect(res.status).toBe(200);
    await connector.waitFor(() => connector.sentTo(user.conversationId).length > 0);
    expect(cardText(connector.sentTo(user.conversationId)[0])).toContain(expected);
  });

  it('answers unknown text with a short pointer to help, never silence', async () => {
    const user = A.testUser();
    await postActivity(app, A.message(user, 'Wann ist Mittagspause?', o()));
    await connector.waitFor(() => connector.sentTo(user.conversationId).length > 0);
    expect(connector.sentTo(user.conversationId)[0].text).toMatch(/nicht verstanden.*„hilfe“/);
  });

  it('answers a submit from an unknown card with a clear message', async () => {
    const user = A.testUser();
    await postActivity(app, A.cardSubmit(user, { action: 'no-such-action' }, { ...o(), locale: 'en-US' }));
    await connector.waitFor(() => connector.sentTo(user.conversationId).length > 0);
    expect(connector.sentTo(user.conversationId)[0].text).toMatch(/cannot process this card/);
  });

  it('forgets the conversation on uninstall and greets again on a later reinstall', async () => {
    const user = A.testUser();
    await postActivity(app, A.personalInstall(user, o()));
    await connector.waitFor(() => connector.sentTo(user.conversationId).length === 1);
    expect(await conversations.get(user.conversationId)).toBeDefined();

    await postActivity(app, A.personalInstall(user, o(), 'remove'));
    expect(await conversations.get(user.conversationId)).toBeUndefined();

    await postActivity(app, A.personalInstall(user, o()));
    await connector.waitFor(() => connector.sentTo(user.conversationId).length === 2);
  });

  it('refreshes the stored reference when the service URL changes on a later turn', async () => {
    const user = A.testUser();
    await postActivity(app, A.message(user, 'hilfe', o()));
    const other = await new RecordingConnector().start();
    try {
      await postActivity(app, A.message(user, 'hilfe', { serviceUrl: other.url }));
      await other.waitFor(() => other.sentTo(user.conversationId).length > 0);
      expect((await conversations.get(user.conversationId))?.serviceUrl).toBe(other.url);
    } finally {
      await other.stop();
    }
  });
});
