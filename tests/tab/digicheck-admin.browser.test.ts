/**
 * The DigiCheck page before there are results, in a real browser against the real app: the empty
 * state (what DigiCheck is, `check` in the chat), and the change team's cycle section — opening a
 * cycle (with the form's checks in German), changing its targets when someone else changed them
 * meanwhile (both values shown, retry), closing it now after a confirmation, and a cycle whose
 * whole administration stayed below the threshold (a message, no radar). Screenshots go to
 * tests/.artifacts/.
 */
import type { Browser } from 'playwright-core';
import type { RunningApp } from '../../bot/src/main';
import type { CheckCycleSummary, CheckResults } from '../../bot/src/api/digicheck-contract';
import { startTestApp } from '../support/app';
import { launchBrowser, PageTracker, screenshot } from '../support/browser';
import { simulateColleagues } from '../support/digicheck';
import { openCheck } from './digicheck-support';
import { api } from './roadmap-support';

let app: RunningApp;
let browser: Browser;
const pages = new PageTracker();

beforeAll(async () => {
  app = await startTestApp({ DEV_ROLES: 'changeTeam' });
  browser = await launchBrowser();
}, 60_000);

afterEach(async () => {
  await pages.cleanup();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

jest.setTimeout(90_000);

it('explains DigiCheck when there is no cycle, lets the change team open, adjust and close one, and shows no radar below the threshold', async () => {
  const page = await openCheck(pages, browser, app, 'lang=de&theme=light', {}, '', '[data-testid="digicheck-empty"]');
  expect(await page.getByTestId('digicheck-page').textContent()).toContain('Schreiben Sie im Chat mit DigiPuls „check“');
  await screenshot(page, 'digicheck-empty-de');

  // Opening a cycle: the form names what is wrong, in German.
  const form = page.getByTestId('new-cycle');
  await form.getByTestId('new-cycle-target-strategy').fill('5');
  await form.getByTestId('new-cycle-submit').click();
  expect(await form.textContent()).toContain('Bitte wählen Sie, an welchem Tag der Zyklus endet.');
  expect(await form.textContent()).toContain('Bitte eine Zahl von 0 bis 4 in Schritten von 0,5 eingeben');
  await screenshot(page, 'digicheck-new-cycle-invalid-de');
  expect((await api<CheckCycleSummary[]>(app, 'GET', '/api/digicheck/cycles')).body).toHaveLength(0);
  const inAWeek = new Date(Date.now() + 7 * 86_400_000).toLocaleDateString('sv-SE');
  await form.getByTestId('new-cycle-closes').fill(inAWeek);
  await form.getByTestId('new-cycle-target-strategy').fill('3,5');
  await form.getByTestId('new-cycle-submit').click();
  const running = page.getByTestId('cycle-running');
  await running.waitFor();
  const cycles = (await api<CheckCycleSummary[]>(app, 'GET', '/api/digicheck/cycles')).body;
  expect(cycles).toHaveLength(1);
  expect([cycles[0].state, cycles[0].targets.strategy, cycles[0].targets.data]).toEqual(['open', 3.5, 2.5]);
  expect(new Date(cycles[0].closesAt).toLocaleDateString('sv-SE')).toBe(inAWeek);
  expect(await running.textContent()).toContain('Ergebnisse nach Abschluss');
  await screenshot(page, 'digicheck-running-de');

  // Someone else changes the targets meanwhile: saving shows both and lets the person retry.
  const other = await fetch(`${app.url}/api/digicheck/cycles/${cycles[0].id}/targets`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', 'If-Match': cycles[0].etag },
    body: JSON.stringify({ targets: { ...cycles[0].targets, people: 4 } }),
  });
  expect(other.status).toBe(200);
  const targets = page.getByTestId('running-targets');
  expect(await targets.getByTestId('running-targets-target-strategy').inputValue()).toBe('3,5');
  await targets.getByTestId('running-targets-target-data').fill('3');
  await targets.getByTestId('running-targets-save').click();
  const conflict = targets.getByTestId('running-targets-conflict');
  await conflict.waitFor();
  expect(await conflict.locator('li[data-dimension="people"]').textContent()).toContain('gespeichert 4,0, Ihre Eingabe 2,5');
  await screenshot(page, 'digicheck-targets-conflict-de');
  await conflict.getByTestId('running-targets-keep-mine').click();
  await targets.getByTestId('running-targets-saved').waitFor();
  const afterSave = (await api<CheckCycleSummary[]>(app, 'GET', '/api/digicheck/cycles')).body[0];
  expect([afterSave.targets.data, afterSave.targets.people]).toEqual([3, 2.5]);

  // Three people answer, then the change team closes the cycle now (after a confirmation).
  await simulateColleagues(app, cycles[0].id, 3, 'finanzen', () => 2);
  await page.getByTestId('close-cycle').click();
  await page.getByTestId('confirm-close').waitFor();
  await screenshot(page, 'digicheck-confirm-close-de');
  await page.getByTestId('confirm-close-button').click();
  await page.getByTestId('whole-below-threshold').waitFor({ timeout: 15_000 });
  expect(await page.getByTestId('digicheck-radar').count()).toBe(0);
  expect(await page.getByTestId('digicheck-table').count()).toBe(0);
  expect(await page.getByTestId('whole-below-threshold').textContent()).toContain('weniger als 5');
  const results = await api<CheckResults>(app, 'GET', `/api/digicheck/cycles/${cycles[0].id}/results`);
  expect(results.body.whole).toBeNull();
  // The next cycle can be opened now; the form starts with the last cycle's targets.
  expect(await page.getByTestId('new-cycle-target-data').inputValue()).toBe('3');
  await screenshot(page, 'digicheck-below-threshold-de');
});

it('says in English when another cycle is already running', async () => {
  const page = await openCheck(pages, browser, app, 'lang=en&theme=dark', {}, '', '[data-testid="new-cycle"]');
  // Meanwhile another member of the change team opens one.
  const opened = await api<CheckCycleSummary>(app, 'POST', '/api/digicheck/cycles', { closesAt: new Date(Date.now() + 5 * 86_400_000).toISOString() });
  expect(opened.status).toBe(201);
  await page.getByTestId('new-cycle-closes').fill(new Date(Date.now() + 9 * 86_400_000).toLocaleDateString('sv-SE'));
  await page.getByTestId('new-cycle-submit').click();
  // The page reads the cycles again: the running one replaces the form.
  await page.getByTestId('cycle-running').waitFor();
  expect(await page.getByTestId('cycle-running').textContent()).toContain('Results after closing');
  expect(await page.getByTestId('new-cycle-overlap').textContent()).toContain('yours was not started');
  expect((await api<CheckCycleSummary[]>(app, 'GET', '/api/digicheck/cycles')).body.filter((c) => c.state === 'open')).toHaveLength(1);
  await screenshot(page, 'digicheck-running-dark-en');
});
