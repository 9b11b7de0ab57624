/**
 * End to end through the Microsoft 365 Agents Playground (the local Teams stand-in): the real app
 * in process, the Playground CLI in front of it, and headless Chromium typing into its web UI.
 * The Playground also plays the Bot Framework connector, so the bot's replies travel over HTTP
 * exactly as in anonymous local mode. Screenshots go to tests/.artifacts/.
 *
 * The Playground always sends `locale: en-US`; the German tests run it with the harness's locale
 * rewriting (`de-DE`), i.e. as a German Teams client would talk to the bot.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp, type RunningApp } from '../../bot/src/main';
import { t } from '../../bot/src/i18n';
import { launchBrowser, newPage, screenshot } from '../support/browser';
import {
  lastBotText,
  openPersonalChat,
  openTeamChannel,
  sendMessage,
  startPlayground,
  waitForCard,
  type Playground,
} from '../support/playground';

jest.setTimeout(60_000);

let app: RunningApp;
let playground: Playground;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  app = await startApp({ PORT: '0', AZURITE_IN_MEMORY: 'true', LOG_LEVEL: 'silent' });
  playground = await startPlayground(`${app.url}/api/messages`, { locale: 'de-DE' });
  browser = await launchBrowser();
}, 60_000);

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

afterAll(async () => {
  await browser?.close();
  await playground?.stop();
  await app?.stop();
});

async function freshPage(): Promise<Page> {
  const { context, page } = await newPage(browser, { viewport: { width: 1400, height: 900 } });
  contexts.push(context);
  return page;
}

/** The texts every welcome/help card must show in `lang`. */
function expectWelcomeCard(text: string, lang: 'de' | 'en'): void {
  expect(text).toContain('DigiPuls');
  expect(text).toContain(t(lang, 'welcome.title'));
  expect(text).toContain(t(lang, 'welcome.commandsTitle'));
  expect(text).toContain(t(lang, 'command.help'));
  expect(text).toContain(t(lang, 'command.help.description'));
}

it('personal chat: the install greets once, and "hilfe" shows the German welcome card with the commands', async () => {
  const page = await freshPage();
  const started = Date.now();
  await openPersonalChat(page, playground.url);

  // Opening the page installs the app in the personal chat: one welcome card, in German.
  const welcome = await waitForCard(page, 'DigiPuls');
  expectWelcomeCard(await welcome.innerText(), 'de');
  const sent = playground.activities().map((a) => `${a.type}${a.action ? `:${a.action}` : ''}`);
  expect(sent).toEqual(expect.arrayContaining(['installationUpdate:add', 'conversationUpdate']));

  await sendMessage(page, 'hilfe');
  const card = await waitForCard(page, t('de', 'welcome.commandsTitle'));
  const text = await card.innerText();
  expectWelcomeCard(text, 'de');
  expect(text).not.toContain(t('en', 'welcome.title'));
  expect(await lastBotText(page)).toContain(t('de', 'welcome.title'));
  // The two install signals (installationUpdate + conversationUpdate) greeted only once.
  expect(await page.locator('.ac-adaptiveCard').count()).toBe(2);

  await card.scrollIntoViewIfNeeded();
  const shot = await screenshot(page, 'playground-hilfe');
  expect(shot).toMatch(/playground-hilfe\.png$/);
  // The journey is a few seconds; most of it is loading the Playground's 9 MB page.
  expect(Date.now() - started).toBeLessThan(30_000);
});

it('team channel "General": a post that @mentions the bot with "hilfe" is answered with the card', async () => {
  const page = await freshPage();
  await openTeamChannel(page, 'General', playground.url);
  // Opening the channel installs the app in the team, which greets in the channel.
  await waitForCard(page, t('de', 'welcome.title'));

  await sendMessage(page, 'hilfe'); // mentions "Test Bot": channels deliver only mentions
  const card = await waitForCard(page, t('de', 'welcome.commandsTitle'));
  expectWelcomeCard(await card.innerText(), 'de');
  await screenshot(page, 'playground-channel-hilfe');
});

it('with the Playground\'s own locale (en-US) the bot answers in English', async () => {
  playground.setLocale(undefined);
  try {
    const page = await freshPage();
    // Already installed and greeted (first test): reloading sends the install signals again,
    // which must not greet a second time.
    await openPersonalChat(page, playground.url);
    await sendMessage(page, 'help');
    const card = await waitForCard(page, t('en', 'welcome.commandsTitle'));
    expectWelcomeCard(await card.innerText(), 'en');
    const last = playground.activities().at(-1);
    expect(last).toMatchObject({ type: 'message', text: 'help', locale: 'en-US' });
    await screenshot(page, 'playground-help-en');
  } finally {
    playground.setLocale('de-DE');
  }
});
