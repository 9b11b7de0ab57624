/**
 * The results page in a real browser against the real app and API (in-memory Azurite), with
 * rounds seeded straight into storage: a closed round with 14 ballots (8 Finanzen, 4 Zentrale
 * Dienste, 2 Bürgerservice), an older closed round for the trend, a closed round under the
 * threshold, and an open round. Screenshots go to tests/.artifacts/.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { RunningApp } from '../../bot/src/main';
import { CHANGE_READINESS_PULSE } from '../../bot/src/features/pulse/default-survey';
import { roundsFor, type Round } from '../../bot/src/features/pulse/round';
import { RoundsStore } from '../../bot/src/features/pulse/rounds-store';
import { SubmissionsStore } from '../../bot/src/features/pulse/submissions-store';
import { Tables } from '../../bot/src/storage/tables';
import { startTestApp } from '../support/app';
import { launchBrowser, PageTracker, screenshot } from '../support/browser';

const DAY = 86_400_000;
const SCALE_IDS = CHANGE_READINESS_PULSE.questions.filter((q) => q.kind === 'scale').map((q) => q.id);
/** Person keys look like Entra object ids; none may ever reach the page or the CSV. */
const personKey = (round: number, i: number) => `entra-oid-${round}-${String(i).padStart(4, '0')}`;

/** Per question a typical level, so the figures look like a real pulse (some high, some low). */
const LEVELS = [4, 3.6, 2.8, 2.2, 3, 3.8, 3.2, 3.9, 2.6];

/** Varied but deterministic answers: person `i` of a round; `lift` shifts the round's mood. */
function answers(i: number, lift: number): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  SCALE_IDS.forEach((id, q) => {
    const spread = ((i * 7 + q * 3) % 5) - 2; // −2 … +2
    out[id] = Math.min(5, Math.max(1, Math.round(LEVELS[q] + lift + spread * 0.6)));
  });
  out.enps = Math.min(10, Math.max(0, Math.round(7 + lift + (((i * 5 + 3) % 7) - 3))));
  return out;
}

/** Open-text answers as people write them (no names). */
const COMMENTS = [
  'Mehr Schulungen zur E-Akte, gern auch vor Ort im Fachbereich.',
  'Die neuen Abläufe sind gut, aber die Technik hakt noch oft.',
  'Bitte früher informieren, wenn sich Abläufe ändern.',
  'Das Ticketsystem hat vieles vereinfacht.',
  'Zu wenig Zeit, um neben dem Tagesgeschäft Neues zu lernen.',
  'Zweite Bildschirme für alle Arbeitsplätze wären eine große Hilfe.',
  'Gute Idee, die Befragung regelmäßig zu machen.',
  'Die Online-Terminvergabe im Bürgerservice läuft prima.',
  'Mehr Austausch zwischen den Fachbereichen, was schon gut funktioniert.',
  'Papier und digital parallel ist doppelte Arbeit.',
  'Ansprechpersonen für Fragen zur Software fehlen.',
  'Ich sehe noch nicht, was sich für mich konkret verbessert.',
  'Die Einführung der E-Rechnung war gut begleitet.',
  'WLAN im Altbau ist zu schwach für mobiles Arbeiten.',
];

let app: RunningApp;
let browser: Browser;
let main: Round;
let open: Round;
let small: Round;
let finalising: Round;
const pages = new PageTracker();

async function seedRound(
  tables: Tables,
  request: { opensAt: number; closesAt: number },
  departments: string[],
  lift: number,
  index: number,
  comments = true,
  seal = true,
): Promise<Round> {
  const [round] = roundsFor(
    { surveyId: CHANGE_READINESS_PULSE.id, opensAt: new Date(request.opensAt).toISOString(), closesAt: new Date(request.closesAt).toISOString(), departments: [] },
    CHANGE_READINESS_PULSE,
  );
  await new RoundsStore(tables).create(round);
  const submissions = new SubmissionsStore(tables);
  for (const [i, department] of departments.entries()) {
    const ballot = { ...answers(i, lift), ...(comments ? { comment: COMMENTS[i % COMMENTS.length] } : {}) };
    expect(await submissions.submit(round.id, personKey(index, i), department, { roundId: round.id, answers: ballot })).toBe('accepted');
  }
  if (request.closesAt < Date.now() && seal) {
    // What the scheduler does at closing: flush the inbox and seal, then mark the results final.
    await submissions.seal(round.id, CHANGE_READINESS_PULSE, new Map());
    expect(await new RoundsStore(tables).claim(round.id, 'finalizedAt', new Date())).toBe(true);
  } else if (request.closesAt < Date.now()) {
    await submissions.tallyInbox(round.id, CHANGE_READINESS_PULSE); // closed, not sealed yet: "being finalised"
  }
  return round;
}

beforeAll(async () => {
  // Development sign-in: every API call acts as one signed-in employee (role viewer).
  app = await startTestApp({ DEV_IDENTITY: 'Testperson' });
  const tables = new Tables(app.storageConnectionString, app.config.tablePrefix);
  const now = Date.now();
  const fourteen = [...Array(8).fill('finanzen'), ...Array(4).fill('zentrale-dienste'), ...Array(2).fill('buergerservice')];
  await seedRound(tables, { opensAt: now - 70 * DAY, closesAt: now - 60 * DAY }, Array(6).fill('finanzen'), -0.6, 0);
  small = await seedRound(tables, { opensAt: now - 40 * DAY, closesAt: now - 30 * DAY }, ['finanzen', 'finanzen', 'bauen-umwelt'], 0, 1);
  main = await seedRound(tables, { opensAt: now - 12 * DAY, closesAt: now - 2 * DAY }, fourteen, 0, 2);
  open = await seedRound(tables, { opensAt: now - DAY, closesAt: now + 5 * DAY }, ['finanzen', 'finanzen', 'buergerservice'], 0, 3);
  finalising = await seedRound(tables, { opensAt: now - 8 * DAY, closesAt: now - 60_000 }, fourteen, 0.5, 4, true, false);
  browser = await launchBrowser();
}, 90_000);

afterEach(async () => {
  await pages.cleanup();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Opens the results page and waits for the chosen round's results. */
async function openResults(query: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await pages.open(browser, options);
  await page.goto(`${app.url}/tab/index.html?${query}#results`);
  await page.waitForSelector('html[data-host="standalone"]', { timeout: 10_000 });
  return page;
}

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

/** Waits until the trend chart has drawn its lines (paths other than the axes). */
async function trendDrawn(page: Page): Promise<number> {
  await page.getByTestId('trend-chart').locator('svg').first().waitFor({ timeout: 15_000 });
  return page.getByTestId('trend-chart').locator('svg path:not(.domain)').count();
}

jest.setTimeout(60_000);

describe.each([
  { theme: 'light', lang: 'de', tooFew: 'zu wenige Antworten', finance: 'Finanzen', download: 'CSV herunterladen', total: 'Gesamte Verwaltung' },
  { theme: 'dark', lang: 'en', tooFew: 'too few answers', finance: 'Finance', download: 'Download CSV', total: 'Whole administration' },
] as const)('results page, $theme, $lang', ({ theme, lang, tooFew, finance, download, total }) => {
  it('shows the newest closed round: figures for the total and Finanzen, never for hidden departments', async () => {
    const page = await openResults(`theme=${theme}&lang=${lang}`);
    const results = page.getByTestId('round-results');
    await results.waitFor({ timeout: 15_000 });
    expect(await results.getAttribute('data-round')).toBe(main.id);
    expect(await page.getByTestId('participation').textContent()).toMatch(/14$/);
    expect(await page.getByTestId('total-ballots').textContent()).toMatch(/14$/);
    expect(await page.getByTestId('departments-example').count()).toBe(1);
    expect(await page.getByTestId('department-moves').count()).toBe(0); // the change team's only (trust 11)

    // Nine scale questions with mean and favourable share, in the UI language.
    const questions = page.locator('[data-testid="results-questions"] li[data-question]');
    expect(await questions.count()).toBe(9);
    const first = (await questions.first().textContent()) ?? '';
    expect(first).toContain(CHANGE_READINESS_PULSE.questions[0].text[lang]);
    expect(first).toMatch(lang === 'de' ? /Mittelwert \d,\d von 5 · Zustimmung \d+\s%/ : /Mean \d\.\d of 5 · favourable \d+%/);
    expect(await page.getByTestId('results-enps').textContent()).toMatch(/eNPS [+−-]?\d+/);

    // Heat map: the total and Finanzen carry figures; the two small departments only the note.
    const row = (id: string) => page.locator(`[data-testid="results-departments"] tr[data-department="${id}"]`);
    expect(await row('total').textContent()).toContain(total);
    expect(await row('total').textContent()).toMatch(/\d[.,]\d/);
    expect(await row('finanzen').textContent()).toContain(finance);
    expect(await row('finanzen').textContent()).toMatch(/\d[.,]\d/);
    for (const hidden of ['zentrale-dienste', 'buergerservice']) {
      const text = (await row(hidden).textContent()) ?? '';
      expect(text).toContain(tooFew);
      expect(text).not.toMatch(/\d/);
      expect(await row(hidden).getAttribute('data-hidden')).toBe('true');
    }
    // The heat map can show the favourable share instead of the mean.
    await page.getByRole('radio', { name: lang === 'de' ? 'Zustimmung in %' : 'Favourable %' }).check();
    expect(await row('finanzen').textContent()).toMatch(/\d+\s?%/);
    expect(await row('zentrale-dienste').textContent()).not.toMatch(/\d/);
    await page.getByRole('radio', { name: lang === 'de' ? 'Mittelwert (1–5)' : 'Mean (1–5)' }).check();

    // Nothing on the page derives the hidden departments' share (14 − 8 = 6 appears nowhere as a count).
    const rowHeaders = (await texts(page, '[data-testid="results-departments"] th[scope="row"]')).join(' ');
    expect(rowHeaders).not.toMatch(/\b6\b/);

    // Comments (14 ≥ 10), in random order, without department.
    expect(await page.locator('[data-testid="comments"] li').count()).toBe(14);

    // The CSV link downloads the same aggregates, without any person key.
    const link = page.getByRole('link', { name: download });
    const href = await link.getAttribute('href');
    expect(href).toBe(`/api/pulse/rounds/${encodeURIComponent(main.id)}/results.csv?lang=${lang}`);
    const csv = await fetch(`${app.url}${href}`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const body = await csv.text();
    expect(body).toContain(total);
    expect(body).not.toMatch(/entra-oid/);
    // …and clicking it in the browser downloads the file.
    const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(file.suggestedFilename()).toBe(`digipuls-${main.id}.csv`);

    // Trend: the two closed rounds that reached the threshold (the small one, 3 ballots, is left out).
    expect(await trendDrawn(page)).toBeGreaterThanOrEqual(9);
    const trendTable = page.getByTestId('trend-table');
    expect(await trendTable.locator('thead th').count()).toBe(3); // label + 2 rounds
    expect(await trendTable.locator('tbody tr').count()).toBe(9 + 2); // 9 means, eNPS, answers
    expect(await page.content()).not.toMatch(/entra-oid/);
    await screenshot(page, `results-${theme}-${lang}`);
  });

  it('trust 8: a round between its closing time and its sealing says "being finalised" and shows no figure', async () => {
    const page = await openResults(`theme=${theme}&lang=${lang}`);
    await page.getByTestId('round-results').waitFor({ timeout: 15_000 });
    await page.getByRole('combobox').click();
    await page.getByRole('option', { name: lang === 'de' ? /wird finalisiert/ : /being finalised/ }).click();
    const state = page.getByTestId('being-finalised');
    await state.waitFor();
    expect(await state.getAttribute('data-round')).toBe(finalising.id);
    const text = (await state.textContent()) ?? '';
    process.stdout.write(`  [viewer] ${lang}: ${text}\n`);
    expect(text).toMatch(lang === 'de' ? /die Ergebnisse werden finalisiert.*einmal und endgültig/ : /its results are being finalised.*once and final/);
    expect(await page.getByTestId('participation').count()).toBe(0);
    expect(await page.getByTestId('results-questions').count()).toBe(0);
    await screenshot(page, `results-${theme}-${lang}-being-finalised`);
  });

  it('shows an open round without any figure and the "after closing" note (a viewer gets no live count)', async () => {
    const page = await openResults(`theme=${theme}&lang=${lang}`);
    await page.getByTestId('round-results').waitFor({ timeout: 15_000 });
    await page.getByRole('combobox').click();
    await page.getByRole('option', { name: lang === 'de' ? /läuft bis/ : /open until/ }).click();
    const running = page.getByTestId('running-round');
    await running.waitFor();
    expect(await running.getAttribute('data-round')).toBe(open.id);
    expect(await page.getByTestId('after-closing').textContent()).toMatch(
      lang === 'de' ? /Die Ergebnisse erscheinen hier nach dem Ende der Runde/ : /The results appear here after the round closes/,
    );
    expect(await page.getByTestId('participation').count()).toBe(0);
    expect(await page.getByTestId('results-questions').count()).toBe(0);
    await screenshot(page, `results-${theme}-${lang}-open-round`);
  });
});

describe('results page, edge cases and layout', () => {
  it('explains a closed round under the threshold instead of showing figures', async () => {
    const page = await openResults('theme=light&lang=de');
    await page.getByTestId('round-results').waitFor({ timeout: 15_000 });
    await page.getByRole('combobox').click();
    const closedOptions = page.getByRole('option', { name: /abgeschlossen am/ });
    expect(await closedOptions.count()).toBe(3);
    await closedOptions.nth(1).click(); // newest first: main, small, oldest
    await page.waitForSelector(`[data-testid="round-results"][data-round="${small.id}"]`);
    expect(await page.getByTestId('below-threshold').textContent()).toContain('weniger als 5 Personen');
    expect(await page.getByTestId('results-questions').count()).toBe(0);
    expect(await page.getByTestId('results-departments').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'CSV herunterladen' }).count()).toBe(0);
    await screenshot(page, 'results-light-de-below-threshold');
  });

  it('fits 360 px without horizontal page scroll (the heat map scrolls in its own box)', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const page = await openResults(`theme=${theme}&lang=de`, { viewport: { width: 360, height: 740 } });
      await trendDrawn(page);
      const overflow: number = await page
        .locator('html')
        .evaluate((html) => html.scrollWidth - html.ownerDocument.defaultView.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `results-mobile-${theme}-de`);
    }
  });

  it('renders in high contrast', async () => {
    const page = await openResults('theme=contrast&lang=en');
    await trendDrawn(page);
    await screenshot(page, 'results-contrast-en');
  });

  it('trust 8: the API gives no figure of a round being finalised (JSON and CSV 409, trend without it), and the trend says so', async () => {
    for (const path of [`/api/pulse/rounds/${finalising.id}/results`, `/api/pulse/rounds/${finalising.id}/results.csv`]) {
      const res = await fetch(`${app.url}${path}`);
      expect(res.status).toBe(409);
      expect(await res.json()).toMatchObject({ code: 'being-finalised' });
    }
    const trend = (await (await fetch(`${app.url}/api/pulse/trend?surveyId=${CHANGE_READINESS_PULSE.id}`)).json()) as { finalising: string[]; points: Array<{ roundId: string }> };
    expect(trend.finalising).toEqual([finalising.id]);
    expect(trend.points.map((p: { roundId: string }) => p.roundId)).not.toContain(finalising.id);
    const page = await openResults('theme=light&lang=de');
    await page.getByTestId('trend-finalising').waitFor({ timeout: 15_000 });
  });

  it('trust 9: the privacy page states that there are no interim figures, per-question suppression and what storage keeps', async () => {
    for (const [lang, statements] of [
      ['de', ['Zwischenergebnisse gibt es nicht, für niemanden', 'auf 5 abgerundet', 'weniger als 5 Antworten, wird sie dort ausgeblendet', 'einmal veröffentlicht, endgültig', 'ausgeblendete Gruppen']],
      ['en', ['There are no interim results, for nobody', 'rounded down to 5', 'fewer than 5 answers in a department, it is hidden there', 'published once, final', 'hidden groups']],
    ] as const) {
      const page = await pages.open(browser);
      await page.goto(`${app.url}/tab/index.html?lang=${lang}#privacy`);
      await page.getByTestId('privacy-page').waitFor({ timeout: 15_000 });
      const text = (await page.getByTestId('privacy-page').textContent()) ?? '';
      for (const statement of statements) expect([statement, text.includes(statement)]).toEqual([statement, true]);
    }
  });

  it('the API keeps an open round’s results closed (403 round-open)', async () => {
    const res = await fetch(`${app.url}/api/pulse/rounds/${open.id}/results`);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'round-open' });
  });
});
