/**
 * The "done when", as a person does it: in the Agents Playground (headless Chromium) they
 * type "umfrage", fill in the card and send it, and the card turns into the final "thank you"
 * (the Playground plays the connector and sends the card's Action.Execute as an invoke). Then
 * simulated colleagues answer over HTTP, the round closes, and the person opens the tab's results.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { t } from '../../bot/src/i18n';
import { AGREEMENT_LABELS, CHANGE_READINESS_PULSE } from '../../bot/src/features/pulse/default-survey';
import { roundsFor } from '../../bot/src/features/pulse/round';
import { RoundsStore } from '../../bot/src/features/pulse/rounds-store';
import { SubmissionsStore } from '../../bot/src/features/pulse/submissions-store';
import { Tables } from '../../bot/src/storage/tables';
import * as A from '../support/activities';
import { postActivity, startTestApp, type TestApp } from '../support/app';
import { launchBrowser, newPage, screenshot } from '../support/browser';
import { openPersonalChat, sendMessage, startPlayground, waitForCard, type Playground } from '../support/playground';

jest.setTimeout(90_000);

let app: TestApp;
let playground: Playground;
let browser: Browser;
let context: BrowserContext;
let roundId: string;
let closesAt: number;
/** The round closes this long after the test starts: time for the person and 13 colleagues to answer. */
const ROUND_MS = 40_000; // room for a busy CI machine: the person now presses twice (department, then answers)

beforeAll(async () => {
  app = await startTestApp();
  const [round] = roundsFor(
    { surveyId: 'x', opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + ROUND_MS).toISOString(), departments: [] },
    CHANGE_READINESS_PULSE,
  );
  roundId = round.id;
  closesAt = Date.parse(round.closesAt);
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

it('answers the open pulse in the Playground, and after colleagues answered and the round closed sees the results in the tab', async () => {
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
  // A newly chosen department is saved on a turn of its own (trust 11/12: no person row is written
  // on the turn of a ballot); the card comes back with the answers kept and is sent again.
  const again = await waitForCard(page, t('de', 'pulse.departmentSaved', { department: 'Finanzen' }).slice(0, 40));
  await again.getByRole('button', { name: t('de', 'pulse.submit') }).click();

  const thanks = await waitForCard(page, t('de', 'pulse.thanks.title'));
  expect(await thanks.innerText()).toContain('nicht mehr geändert werden');
  await screenshot(page, 'playground-pulse-thanks');
  expect(await new SubmissionsStore(new Tables(app.storageConnectionString, app.config.tablePrefix)).participationCount(roundId)).toBe(1);

  // 13 colleagues answer from their own chats (simulated over HTTP, like the Playground does).
  const colleagues = Array.from({ length: 13 }, (_, i) => A.testUser(`Kollege ${i}`));
  // Each has chosen their department before (a turn of its own; trust 11/12).
  await Promise.all(colleagues.map((c, i) => postActivity(app, A.cardExecute(c, 'department.save', { department: i < 8 ? 'finanzen' : 'zentrale-dienste' }, { serviceUrl: 'http://127.0.0.1:9/' }))));
  for (let i = 0; i < 13; i++) {
    const colleague = colleagues[i];
    const res = await postActivity(app, A.cardExecute(colleague, 'pulse.submit', {
      roundId, department: i < 8 ? 'finanzen' : 'zentrale-dienste', q_awareness: String((i % 5) + 1), q_desire: '4', q_knowledge: '3', q_ability: '3',
      q_reinforcement: '4', q_appropriateness: '4', 'q_management-support': '3', q_efficacy: '4', 'q_personal-benefit': '4', q_enps: '8', q_comment: `Anregung ${i}`,
    }, { serviceUrl: 'http://127.0.0.1:9/' }));
    expect(res.status).toBe(200);
  }

  // The round closes; the scheduler tallies and seals it.
  await new Promise((r) => setTimeout(r, Math.max(0, closesAt - Date.now() + 200)));
  await app.scheduler.tick('pulse', new Date());

  // The person opens the DigiPuls tab and sees the results.
  const tab = await context.newPage();
  await tab.goto(`${app.url}/tab/index.html?lang=de#results`);
  await tab.getByTestId('round-results').waitFor({ timeout: 15_000 });
  expect(await tab.getByTestId('participation').textContent()).toMatch(/14$/);
  expect(await tab.getByTestId('total-ballots').textContent()).toMatch(/14$/);
  const finance = tab.locator('[data-testid="results-departments"] tr[data-department="finanzen"]');
  expect(await finance.textContent()).toMatch(/\d,\d/);
  await screenshot(tab, 'playground-pulse-results-in-tab');
});
