/**
 * A person answers a pulse in the Agents Playground (headless Chromium), like in Teams: types
 * "umfrage", fills in the card, sends it, and the card turns into the final "thank you". The
 * Playground plays the connector and sends the card's Action.Execute as an invoke.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningApp } from '../../bot/src/main';
import { t } from '../../bot/src/i18n';
import { AGREEMENT_LABELS, CHANGE_READINESS_PULSE } from '../../bot/src/features/pulse/default-survey';
import { roundsFor } from '../../bot/src/features/pulse/round';
import { RoundsStore } from '../../bot/src/features/pulse/rounds-store';
import { SubmissionsStore } from '../../bot/src/features/pulse/submissions-store';
import { Tables } from '../../bot/src/storage/tables';
import { startTestApp } from '../support/app';
import { launchBrowser, newPage, screenshot } from '../support/browser';
import { openPersonalChat, sendMessage, startPlayground, waitForCard, type Playground } from '../support/playground';

jest.setTimeout(90_000);

let app: RunningApp;
let playground: Playground;
let browser: Browser;
let context: BrowserContext;
let roundId: string;

beforeAll(async () => {
  app = await startTestApp();
  const [round] = roundsFor(
    { surveyId: 'x', opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString(), departments: [] },
    CHANGE_READINESS_PULSE,
  );
  roundId = round.id;
  await new RoundsStore(new Tables(app.storageConnectionString, app.config.tablePrefix)).create(round);
  playground = await startPlayground(`${app.url}/api/messages`, { locale: 'de-DE' });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await playground?.stop();
  await app?.stop();
});

it('answers the open pulse in the personal chat and sees the final thank-you card', async () => {
  ({ context } = await newPage(browser, { viewport: { width: 1400, height: 1600 } }));
  const page: Page = await context.newPage();
  await openPersonalChat(page, playground.url);
  await waitForCard(page, 'DigiPuls'); // the welcome on install

  await sendMessage(page, 'umfrage');
  const card = await waitForCard(page, CHANGE_READINESS_PULSE.title.de);
  // Compact choice sets render as comboboxes: open one, pick the option (the list may sit outside the card).
  const choose = async (placeholder: string, option: string) => {
    await card.getByPlaceholder(placeholder).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };
  await choose(t('de', 'pulse.departmentPlaceholder'), 'Finanzen');
  const agree = card.getByRole('radio', { name: AGREEMENT_LABELS[3].de, exact: true });
  const scaleQuestions = CHANGE_READINESS_PULSE.questions.filter((q) => q.kind === 'scale').length;
  expect(await agree.count()).toBe(scaleQuestions);
  for (let i = 0; i < scaleQuestions; i++) await agree.nth(i).check();
  await choose(t('de', 'pulse.enpsPlaceholder'), '9');
  await card.locator('textarea').fill('Mehr Zeit für Schulungen, bitte.');
  await screenshot(page, 'playground-pulse-filled');
  await card.getByRole('button', { name: t('de', 'pulse.submit') }).click();

  const thanks = await waitForCard(page, t('de', 'pulse.thanks.title'));
  expect(await thanks.innerText()).toContain('nicht mehr geändert werden');
  await screenshot(page, 'playground-pulse-thanks');
  expect(await new SubmissionsStore(new Tables(app.storageConnectionString, app.config.tablePrefix)).participationCount(roundId)).toBe(1);
});
