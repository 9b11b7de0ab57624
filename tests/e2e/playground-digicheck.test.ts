/**
 * The DigiCheck issue's "done when" in the Agents Playground (headless Chromium): the change team
 * opens a cycle; a person types "check", answers the six cards by clicking radio buttons (the
 * department on card 1, the optional OZG level on card 2), pauses with "Continue later", resumes
 * with "check" ("Welcome back"), finishes, and changes one card from the summary. Each button is
 * an Action.Execute, so the Playground replaces the card in place. Then simulated colleagues of
 * the same department answer, the cycle closes, and the results hold that department's radar.
 * The Playground speaks en-US, so the bot answers in English.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { CheckCycleSummary, CheckResults, DimensionId } from '../../bot/src/api/digicheck-contract';
import { t } from '../../bot/src/i18n';
import type { RunningApp } from '../../bot/src/main';
import { QUESTIONNAIRE } from '../../bot/src/features/digicheck/questionnaire';
import { apiClient } from '../support/api-client';
import { startTestApp } from '../support/app';
import { ARTIFACTS_DIR, launchBrowser, newPage } from '../support/browser';
import { simulateColleagues } from '../support/digicheck';
import { openPersonalChat, sendMessage, startPlayground, waitForCard, type Playground } from '../support/playground';

jest.setTimeout(90_000);

const DIMENSIONS = QUESTIONNAIRE.dimensions;
const DEPARTMENT = { id: 'finanzen', en: 'Finance' };
const COLLEAGUES = 5;

/** The person's level for question `j` of card `step` (varied: every level 0–4 appears). */
const personLevel = (step: number, j: number) => (step + 2 * j) % 5;
/** What the person changes card 4 ("Data and security") to from the summary. */
const CHANGED_STEP = 3;
const changedLevel = (j: number) => [1, 1, 2, 4][j];
/** Colleague `i`'s level for question `questionId`. */
const colleagueLevel = (questionId: string, i: number) => (i + questionId.length) % 5;
const OZG_LEVEL = 3;

let app: RunningApp;
let playground: Playground;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  app = await startTestApp({ DEV_ROLES: 'viewer,changeTeam' });
  playground = await startPlayground(`${app.url}/api/messages`);
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await playground?.stop();
  await app?.stop();
});

const api = apiClient(() => app);

/**
 * A PNG of just the card, in the tests' artifacts folder. The chat pane scrolls inside the page and
 * its toolbar would cover a card taller than the pane, so the page grows to fit the card first.
 */
async function cardShot(page: Page, card: Locator, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const height = (await card.boundingBox())?.height ?? 0;
  const viewport = page.viewportSize()!;
  if (height + 600 > viewport.height) await page.setViewportSize({ width: viewport.width, height: Math.ceil(height + 600) });
  await card.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), animations: 'disabled' });
}

/** The radio buttons of question `j` on a card: its expanded choice set, in level order. */
const radios = (card: Locator, step: number, j: number) => {
  const q = DIMENSIONS[step].questions[j];
  return q.anchors.map((a, level) => card.getByRole('radio', { name: `${level} – ${a.en}`, exact: true }));
};

/** Clicks the radio of `level` for question `j` (as a person does: on the choice). */
async function answer(card: Locator, step: number, j: number, level: number): Promise<void> {
  const radio = radios(card, step, j)[level];
  await radio.click();
  expect(await radio.isChecked()).toBe(true);
}

/** Waits until the card in the chat shows `text` (Action.Execute replaces it in place). */
const cardWith = (page: Page, text: string) => waitForCard(page, text, { timeoutMs: 15_000 });

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const en1 = (n: number) => new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);

it('a person completes the check in the Playground; with enough colleagues the department\'s radar appears', async () => {
  const opened = await api.post<CheckCycleSummary>('/api/digicheck/cycles', { closesAt: new Date(Date.now() + 14 * 86_400_000).toISOString() });
  expect(opened.status).toBe(201);
  const cycleId = opened.body.id;

  ({ context } = await newPage(browser, { viewport: { width: 1400, height: 1600 } }));
  const page = await context.newPage();
  await openPersonalChat(page, playground.url);
  await waitForCard(page, 'DigiPuls'); // the welcome on install

  // Card 1: the department (compact choice set = combobox) and the questions.
  await sendMessage(page, 'check');
  let card = await cardWith(page, t('en', 'check.progress', { n: 1, total: 6 }));
  expect(await card.innerText()).toContain(DIMENSIONS[0].title.en);
  await card.getByRole('combobox').first().click();
  await page.getByRole('option', { name: DEPARTMENT.en, exact: true }).click();
  for (let j = 0; j < DIMENSIONS[0].questions.length; j++) await answer(card, 0, j, personLevel(0, j));
  await cardShot(page, card, 'playground-digicheck-card1');
  await card.getByRole('button', { name: t('en', 'check.next'), exact: true }).click();

  // Card 2: the questions and the optional OZG level.
  card = await cardWith(page, t('en', 'check.progress', { n: 2, total: 6 }));
  expect(await card.innerText()).toContain(DIMENSIONS[1].title.en);
  for (let j = 0; j < DIMENSIONS[1].questions.length; j++) await answer(card, 1, j, personLevel(1, j));
  await card.getByRole('combobox').first().click();
  await page.getByRole('option', { name: `${OZG_LEVEL} – ${QUESTIONNAIRE.ozg.anchors[OZG_LEVEL].en}`, exact: true }).click();
  await cardShot(page, card, 'playground-digicheck-card2-ozg');
  await card.getByRole('button', { name: t('en', 'check.next'), exact: true }).click();

  // Card 3: one answer, then "Continue later"; "check" resumes on card 3 with that answer kept.
  card = await cardWith(page, t('en', 'check.progress', { n: 3, total: 6 }));
  await answer(card, 2, 0, personLevel(2, 0));
  await card.getByRole('button', { name: t('en', 'check.pause'), exact: true }).click();
  const paused = await cardWith(page, t('en', 'check.paused.title'));
  expect(await paused.innerText()).toContain('2 of 6 cards');

  await sendMessage(page, 'check');
  card = await cardWith(page, t('en', 'check.resumed'));
  expect(await card.innerText()).toContain(t('en', 'check.progress', { n: 3, total: 6 }));
  expect(await radios(card, 2, 0)[personLevel(2, 0)].isChecked()).toBe(true);
  for (let j = 1; j < DIMENSIONS[2].questions.length; j++) await answer(card, 2, j, personLevel(2, j));
  await cardShot(page, card, 'playground-digicheck-card3-resumed');
  await card.getByRole('button', { name: t('en', 'check.next'), exact: true }).click();

  // Cards 4–6; the last button leads to the summary.
  for (let step = 3; step < 6; step++) {
    card = await cardWith(page, t('en', 'check.progress', { n: step + 1, total: 6 }));
    for (let j = 0; j < DIMENSIONS[step].questions.length; j++) await answer(card, step, j, personLevel(step, j));
    await card.getByRole('button', { name: t('en', step === 5 ? 'check.finish' : 'check.next'), exact: true }).click();
  }

  // The summary: department, every dimension's mean, every answer, the OZG level.
  card = await cardWith(page, t('en', 'check.summary.title'));
  let text = await card.innerText();
  expect(text).toContain(DEPARTMENT.en);
  DIMENSIONS.forEach((d, step) => {
    expect(text).toContain(t('en', 'check.summary.mean', { mean: en1(mean(d.questions.map((_, j) => personLevel(step, j)))) }));
    d.questions.forEach((q, j) => expect(text).toContain(`${personLevel(step, j)} – ${q.anchors[personLevel(step, j)].en}`));
  });
  expect(text).toContain(`${OZG_LEVEL} – ${QUESTIONNAIRE.ozg.anchors[OZG_LEVEL].en}`);
  await cardShot(page, card, 'playground-digicheck-summary');

  // "Change" on card 4: the card comes back with the stored answers and "Save change".
  await card.getByRole('button', { name: t('en', 'check.summary.change'), exact: true }).nth(CHANGED_STEP).click();
  card = await cardWith(page, t('en', 'check.save'));
  expect(await card.innerText()).toContain(t('en', 'check.progress', { n: CHANGED_STEP + 1, total: 6 }));
  for (let j = 0; j < DIMENSIONS[CHANGED_STEP].questions.length; j++) expect(await radios(card, CHANGED_STEP, j)[personLevel(CHANGED_STEP, j)].isChecked()).toBe(true);
  for (let j = 0; j < DIMENSIONS[CHANGED_STEP].questions.length; j++) await answer(card, CHANGED_STEP, j, changedLevel(j));
  await card.getByRole('button', { name: t('en', 'check.save'), exact: true }).click();
  card = await cardWith(page, t('en', 'check.summary.title'));
  text = await card.innerText();
  const changedMean = mean(DIMENSIONS[CHANGED_STEP].questions.map((_, j) => changedLevel(j)));
  const before = mean(DIMENSIONS[CHANGED_STEP].questions.map((_, j) => personLevel(CHANGED_STEP, j)));
  expect(en1(changedMean)).not.toBe(en1(before));
  expect(text).toContain(t('en', 'check.summary.mean', { mean: en1(changedMean) }));
  expect(text).not.toContain(t('en', 'check.summary.mean', { mean: en1(before) }));

  // Colleagues of the same department answer from their own chats; the change team closes the cycle.
  await simulateColleagues(app, cycleId, COLLEAGUES, DEPARTMENT.id, colleagueLevel);
  const closed = await api.post<CheckCycleSummary>(`/api/digicheck/cycles/${cycleId}/close`);
  expect(closed.status).toBe(200);
  expect(closed.body).toMatchObject({ state: 'closed', respondents: COLLEAGUES + 1 });

  // The radar figures: the department is shown (6 ≥ 5), its means are the person's and the colleagues'.
  const results = await api.get<CheckResults>(`/api/digicheck/cycles/${cycleId}/results`);
  expect(results.status).toBe(200);
  expect(results.body.whole?.respondents).toBe(COLLEAGUES + 1);
  const finance = results.body.departments.find((d) => d.department === DEPARTMENT.id)?.result;
  expect(finance).not.toBeNull();
  expect(finance!.respondents).toBe(COLLEAGUES + 1);
  // The person's OZG answer is the only one in the department (colleagues skip the optional
  // question): fewer than 5 answers to a question are never published (trust 10).
  expect(finance!.ozg).toBeUndefined();
  DIMENSIONS.forEach((d, step) => {
    const own = (j: number) => (step === CHANGED_STEP ? changedLevel(j) : personLevel(step, j));
    const expected = mean(d.questions.map((q, j) => mean([own(j), ...Array.from({ length: COLLEAGUES }, (_, i) => colleagueLevel(q.id, i))])));
    expect(Math.abs(finance!.dimensions[d.id as DimensionId] - expected)).toBeLessThanOrEqual(0.005 + 1e-9); // rounded to 2 decimals
  });
  for (const d of results.body.departments) if (d.department !== DEPARTMENT.id) expect(d.result).toBeNull();
});
