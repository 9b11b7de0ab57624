/**
 * The "done when" in the Agents Playground (headless Chromium): the kick-off template,
 * sent to all employees and to the team, arrives in the person's chat and in the General channel;
 * the person presses "Gelesen", the card turns into "read, thanks", and the acknowledgement is
 * counted once.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Announcement, AnnouncementInput, AudienceOptions } from '../../bot/src/api/announcements-contract';
import type { RunningApp } from '../../bot/src/main';
import { apiClient } from '../support/api-client';
import { startTestApp } from '../support/app';
import { launchBrowser, newPage, screenshot } from '../support/browser';
import { openPersonalChat, openTeamChannel, startPlayground, waitForCard, type Playground } from '../support/playground';

jest.setTimeout(120_000);

let app: RunningApp;
let playground: Playground;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  app = await startTestApp({ DEV_ROLES: 'announcer', MUNICIPALITY_NAME: 'Gemeinde Leopoldshöhe' });
  playground = await startPlayground(`${app.url}/api/messages`, { locale: 'de-DE' });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await playground?.stop();
  await app?.stop();
});

const api = apiClient(() => app);

it('sends the kick-off to all: it arrives in the personal chat and the General channel, and "Gelesen" is counted once', async () => {
  ({ context } = await newPage(browser, { viewport: { width: 1400, height: 1400 } }));
  const page: Page = await context.newPage();
  // Opening the chat and the channel installs the app there (the Playground sends the install events).
  await openPersonalChat(page, playground.url);
  await waitForCard(page, 'DigiPuls');
  await openTeamChannel(page, 'General');
  await waitForCard(page, 'DigiPuls');

  const options = (await api.get<AudienceOptions>('/api/announcements/audiences')).body;
  expect(options.employees).toBe(1);
  expect(options.teams).toHaveLength(1);
  const template = (await api.get<AnnouncementInput>('/api/announcements/templates/kickoff')).body;
  const draft = (await api.post<Announcement>('/api/announcements', { id: 'kickoff', announcement: { ...template, audience: { allEmployees: true, teams: [options.teams[0].id], departments: [] } } })).body;
  await api.post('/api/announcements/kickoff/send', { etag: draft.etag });
  for (let state = ''; state !== 'sent'; ) {
    await new Promise((r) => setTimeout(r, 300));
    state = (await api.get<Announcement>('/api/announcements/kickoff')).body.state;
  }

  const inChannel = await waitForCard(page, 'Kick-off', { timeoutMs: 20_000 });
  expect(await inChannel.innerText()).toContain('Auftakt'); // a channel gets both languages
  await screenshot(page, 'playground-announcement-channel');

  await openPersonalChat(page);
  const card = await waitForCard(page, 'Auftakt', { timeoutMs: 20_000 });
  await screenshot(page, 'playground-announcement-personal');
  await card.getByRole('button', { name: 'Gelesen' }).click();
  const read = await waitForCard(page, 'Gelesen – danke');
  expect(await read.innerText()).toContain('Auftakt');
  await screenshot(page, 'playground-announcement-acknowledged');

  // The counts the tab polls are at most 2 s old.
  let final = (await api.get<Announcement>('/api/announcements/kickoff')).body;
  for (const end = Date.now() + 5000; final.counts.acknowledged === 0 && Date.now() < end; ) {
    await new Promise((r) => setTimeout(r, 500));
    final = (await api.get<Announcement>('/api/announcements/kickoff')).body;
  }
  expect(final.counts).toEqual({ recipients: 2, queued: 0, sent: 2, failed: 0, acknowledged: 1 });
});
