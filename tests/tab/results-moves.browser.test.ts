/**
 * The results page for the change team, in a real browser against the real app (trust 11): with a
 * final round it shows how many department changes happened while the round was open (all
 * departments together, never per department), and a department whose answers reach 5 only with
 * those of people who moved in is shown as "too few answers". Screenshots go to tests/.artifacts/.
 */
import type { Browser } from 'playwright-core';
import type { RunningApp } from '../../bot/src/main';
import { PeopleStore } from '../../bot/src/features/people/store';
import { CHANGE_READINESS_PULSE } from '../../bot/src/features/pulse/default-survey';
import { roundMovesScope, roundsFor, type Round } from '../../bot/src/features/pulse/round';
import { RoundsStore } from '../../bot/src/features/pulse/rounds-store';
import { SubmissionsStore } from '../../bot/src/features/pulse/submissions-store';
import { Tables } from '../../bot/src/storage/tables';
import { startTestApp } from '../support/app';
import { launchBrowser, PageTracker, screenshot } from '../support/browser';

const DAY = 86_400_000;
let app: RunningApp;
let browser: Browser;
let round: Round;
const pages = new PageTracker();

beforeAll(async () => {
  app = await startTestApp({ DEV_ROLES: 'changeTeam' });
  const tables = new Tables(app.storageConnectionString, app.config.tablePrefix);
  [round] = roundsFor({ surveyId: CHANGE_READINESS_PULSE.id, opensAt: new Date(Date.now() - 10 * DAY).toISOString(), closesAt: new Date(Date.now() - 2 * DAY).toISOString(), departments: [] }, CHANGE_READINESS_PULSE);
  await new RoundsStore(tables).create(round);
  // While it ran: two people moved into Finanzen and one into Bauen (counted as the guard does).
  const people = new PeopleStore(tables);
  for (const d of ['finanzen', 'finanzen', 'bauen-umwelt']) await people.countMove(roundMovesScope(round.id), d);
  const submissions = new SubmissionsStore(tables);
  const departments = [...Array(10).fill('finanzen'), ...Array(5).fill('bauen-umwelt'), 'buergerservice'];
  for (const [i, department] of departments.entries()) {
    const answers = Object.fromEntries(CHANGE_READINESS_PULSE.questions.filter((q) => q.kind === 'scale').map((q, k) => [q.id, 1 + ((i + k) % 5)]));
    await submissions.submit(round.id, `entra-oid-${i}`, department, { roundId: round.id, answers: { ...answers, enps: i % 11 } });
  }
  // What the scheduler does at closing: seal with the counted moves, then mark the results final.
  await submissions.seal(round.id, CHANGE_READINESS_PULSE, await people.movesInto(roundMovesScope(round.id)));
  expect(await new RoundsStore(tables).claim(round.id, 'finalizedAt', new Date())).toBe(true);
  browser = await launchBrowser();
}, 90_000);

afterEach(() => pages.cleanup());
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

jest.setTimeout(60_000);

describe.each([
  { lang: 'de', label: 'Fachbereichswechsel während der Runde', hint: 'Je Fachbereich nennen wir die Zahl nicht', tooFew: 'zu wenige Antworten' },
  { lang: 'en', label: 'Department changes during the round', hint: 'We do not give the number per department', tooFew: 'too few answers' },
] as const)('results page for the change team, $lang', ({ lang, label, hint, tooFew }) => {
  it('trust 11: the change team sees the number of department changes during the round (in total only), and a department filled up to 5 by movers stays hidden', async () => {
    const page = await pages.open(browser);
    await page.goto(`${app.url}/tab/index.html?theme=light&lang=${lang}#results`);
    const results = page.getByTestId('round-results');
    await results.waitFor({ timeout: 15_000 });
    expect(await results.getAttribute('data-round')).toBe(round.id);
    const moves = (await page.getByTestId('department-moves').textContent()) ?? '';
    expect(moves).toContain(label);
    expect(moves).toMatch(/3$/);
    expect(await page.getByTestId('department-moves-hint').textContent()).toContain(hint);
    const row = (id: string) => page.locator(`[data-testid="results-departments"] tr[data-department="${id}"]`);
    expect(await row('finanzen').getAttribute('data-hidden')).not.toBe('true'); // 10 ballots, 2 moves: 8 count
    expect(await row('bauen-umwelt').getAttribute('data-hidden')).toBe('true'); // 5 ballots, 1 move: 4 count
    expect(await row('bauen-umwelt').textContent()).toContain(tooFew);
    // Nowhere a count of moves per department.
    expect(await page.locator('[data-testid="results-departments"]').textContent()).not.toContain(label);
    await screenshot(page, `results-moves-${lang}`);
  });
});
