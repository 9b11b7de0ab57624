/**
 * The DigiCheck results in a real browser against the real app (in-memory Azurite). Two cycles are
 * opened and closed through the API; colleagues complete the check through the service, as the
 * chat would. Covers the radar for a department with enough checks, hidden departments, the
 * figures table (against means computed here from the simulated levels), the change since the
 * previous cycle, the answers per question, gap → proposed roadmap item (once, with area and
 * origin, linked both ways, errors explained), that viewers get no button, themes, keyboard and
 * 360 px. The change team's cycle section is in digicheck-admin.browser.test.ts. Screenshots go to
 * tests/.artifacts/.
 */
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { RunningApp } from '../../bot/src/main';
import type { DimensionId } from '../../bot/src/api/digicheck-contract';
import type { RoadmapItemList } from '../../bot/src/api/roadmap-contract';
import { QUESTIONNAIRE } from '../../bot/src/features/digicheck/questionnaire';
import { startTestApp } from '../support/app';
import { ARTIFACTS_DIR, launchBrowser, PageTracker, screenshot } from '../support/browser';
import { formatLevel } from '../../tab/src/format';
import { change } from '../../tab/src/pages/DigiCheck/format';
import { column, dimensionOf, expectedMeans, formatted as fmt, openCheck as open, runCycle, type Levels, type Participants } from './digicheck-support';
import { api, eventually } from './roadmap-support';

/** Finanzen, first cycle: strategy weak (1 or 2), data mixed, the rest 3. */
const finanzen1: Levels = (q, p) => (dimensionOf(q) === 'strategy' ? (p < 3 ? 1 : 2) : dimensionOf(q) === 'data' ? (p + q.length) % 5 : 3);
/** Finanzen, second cycle: strategy improved, interoperability down. */
const finanzen2: Levels = (q, p) => (dimensionOf(q) === 'strategy' ? 3 : dimensionOf(q) === 'interoperability' ? 2 : finanzen1(q, p));
const zentrale: Levels = (q, p) => (dimensionOf(q) === 'people' ? 4 : (p % 2) + 2);
const small: Levels = () => 1;

/** Who answers in each cycle. Bauen (3) and Bildung (2) stay hidden; together they reach 5, so nobody else is hidden for them. */
const CYCLE1: Participants = [['finanzen', 6, finanzen1], ['zentrale-dienste', 5, zentrale], ['bauen-umwelt', 3, small], ['bildung-soziales', 2, small]];
const CYCLE2: Participants = [['finanzen', 7, finanzen2], ['zentrale-dienste', 5, zentrale], ['bauen-umwelt', 3, small], ['bildung-soziales', 2, small]];

let team: RunningApp; // change team and editor
let viewer: RunningApp; // same storage, viewer only
let browser: Browser;
let cycle1: string;
let cycle2: string;
const pages = new PageTracker();

beforeAll(async () => {
  team = await startTestApp({ DEV_ROLES: 'changeTeam,editor' });
  cycle1 = await runCycle(team, CYCLE1);
  cycle2 = await runCycle(team, CYCLE2);
  viewer = await startTestApp({ DEV_ROLES: 'viewer', AZURITE_IN_MEMORY: undefined, STORAGE_CONNECTION_STRING: team.storageConnectionString });
  browser = await launchBrowser();
}, 120_000);

afterEach(async () => {
  await pages.cleanup();
});

afterAll(async () => {
  await browser?.close();
  await viewer?.stop();
  await team?.stop();
});

jest.setTimeout(90_000);

/** Opens the DigiCheck page in a fresh context of this file. */
const openCheck = (app: RunningApp, query: string, options: BrowserContextOptions = {}, hash = '', waitFor?: string): Promise<Page> =>
  open(pages, browser, app, query, options, hash, waitFor);

describe('DigiCheck results', () => {
  it('draws the radar for a department with enough checks, lists hidden ones, and shows the figures in a table', async () => {
    const page = await openCheck(team, 'lang=de&theme=light', {}, `?cycle=${cycle1}`);
    expect(await page.getByTestId('cycle-picker').inputValue()).toBe(cycle1);
    // The first shown department (in the configured order) is preselected: Zentrale Dienste.
    expect(await page.getByTestId('group-picker').inputValue()).toBe('zentrale-dienste');
    expect(await page.getByTestId('digicheck-radar').getAttribute('data-group')).toBe('zentrale-dienste');
    expect(await page.locator('[data-testid="digicheck-radar"] [data-series]').evaluateAll((g) => g.map((e) => e.getAttribute('data-series')))).toEqual(
      expect.arrayContaining(['group', 'whole', 'target']),
    );

    // Hidden departments: listed with the reason, and not selectable.
    const hidden = await page.locator('[data-testid="hidden-departments"] [data-department]').evaluateAll((li) => li.map((e) => e.getAttribute('data-department')));
    expect(hidden).toEqual(expect.arrayContaining(['bauen-umwelt', 'bildung-soziales']));
    expect(hidden).not.toContain('finanzen');
    expect(hidden).not.toContain('zentrale-dienste');
    expect(await page.getByTestId('hidden-departments').textContent()).toContain('zu wenige Antworten (unter 5)');
    expect(await page.locator('[data-testid="group-picker"] option[value="bauen-umwelt"]').isDisabled()).toBe(true);
    expect(await page.locator('[data-testid="group-picker"] option[value="bauen-umwelt"]').textContent()).toContain('zu wenige Antworten (unter 5)');

    // The figures, against the means of the simulated levels.
    expect(await column(page, 'group')).toEqual(fmt(expectedMeans([CYCLE1[1]]), 'de'));
    expect(await column(page, 'whole')).toEqual(fmt(expectedMeans(CYCLE1), 'de'));
    expect(await column(page, 'target')).toEqual(fmt({ strategy: 2.5, readiness: 2.5, people: 2.5, data: 2.5, interoperability: 2.5, sustainability: 2.5 }, 'de'));
    // The first cycle has no earlier one.
    await page.getByTestId('no-previous').waitFor();
    expect(Object.values(await column(page, 'change')).every((text) => text?.startsWith('–'))).toBe(true);

    await screenshot(page, 'digicheck-light-de-zentrale');

    // Another shown department: its radar and figures.
    await page.getByTestId('group-picker').selectOption('finanzen');
    await page.waitForSelector('[data-testid="digicheck-radar"][data-group="finanzen"]');
    expect(await column(page, 'group')).toEqual(fmt(expectedMeans([CYCLE1[0]]), 'de'));
    // The whole administration: no third column, the radar without a department.
    await page.getByTestId('group-picker').selectOption('all');
    await page.waitForSelector('[data-testid="digicheck-radar"][data-group="all"]');
    expect(await column(page, 'group')).toEqual(fmt(expectedMeans(CYCLE1), 'de'));
    expect(await page.locator('[data-testid="digicheck-radar"] [data-series="group"]').count()).toBe(0);

    // The distribution: counts per level and the mean of a question.
    await page.getByTestId('group-picker').selectOption('finanzen');
    const strategy = page.locator('[data-testid="digicheck-distribution"] details[data-dimension="strategy"]');
    await strategy.locator(':scope > summary').click();
    const question = strategy.locator('[data-question="strategy-goals"]');
    expect(await question.locator('[data-testid="level-counts"] li').evaluateAll((li) => li.map((e) => Number(e.getAttribute('data-count'))))).toEqual([0, 3, 3, 0, 0]);
    expect(await question.textContent()).toContain(`Mittelwert ${formatLevel(1.5, 'de')} · 6 Antworten`);
    expect(await question.locator('[data-testid="level-counts"] li[data-level="1"]').getAttribute('title')).toBe(QUESTIONNAIRE.dimensions[0].questions[0].anchors[1].de);
    await screenshot(page, 'digicheck-light-de-distribution');
  });

  it('shows the change since the previous cycle with arrows and signs', async () => {
    const page = await openCheck(team, 'lang=de&theme=light');
    // The newest closed cycle is shown by default.
    expect(await page.getByTestId('cycle-picker').inputValue()).toBe(cycle2);
    await page.getByTestId('group-picker').selectOption('finanzen');
    await page.waitForSelector('[data-testid="digicheck-radar"][data-group="finanzen"]');
    const before = expectedMeans([CYCLE1[0]]);
    const now = expectedMeans([CYCLE2[0]]);
    expect(await column(page, 'group')).toEqual(fmt(now, 'de'));
    const expected = Object.fromEntries(Object.keys(now).map((d) => {
      const delta = change(now[d as DimensionId], before[d as DimensionId], 'de');
      return [d, `${delta.arrow} ${delta.text}`];
    }));
    const cells = await column(page, 'change');
    for (const [d, text] of Object.entries(expected)) expect([d, (cells[d] as string | null)?.startsWith(text)]).toEqual([d, true]);
    // Strategy went up, interoperability down: arrow and sign, not colour alone.
    expect(cells.strategy).toMatch(/^▲ \+/);
    expect(cells.interoperability).toMatch(/^▼ −/);
    await page.getByTestId('change-hint').waitFor();
    await screenshot(page, 'digicheck-light-de-change');
  });

  it('turns a gap into one proposed roadmap item, linked both ways; a viewer gets no button', async () => {
    const viewerPage = await openCheck(viewer, 'lang=de&theme=light', {}, `?cycle=${cycle1}`);
    await viewerPage.locator('[data-testid="gap"][data-group="finanzen"][data-dimension="strategy"]').waitFor();
    expect(await viewerPage.getByTestId('gap-propose').count()).toBe(0);

    const page = await openCheck(team, 'lang=de&theme=light', {}, `?cycle=${cycle1}`);
    const gap = page.locator('[data-testid="gap"][data-group="finanzen"][data-dimension="strategy"]');
    expect(await gap.textContent()).toContain(`Stand ${formatLevel(1.5, 'de')} von Ziel ${formatLevel(2.5, 'de')}`);
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/gaps')) posts.push(request.url());
    });
    await gap.getByTestId('gap-propose').dblclick();
    await gap.getByTestId('gap-linked').waitFor();
    await gap.getByTestId('gap-proposed').waitFor();
    expect(posts).toHaveLength(1);

    const items = (await api<RoadmapItemList>(team, 'GET', '/api/roadmap/items')).body.items.filter((item) => item.origin?.cycleId === cycle1);
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item).toMatchObject({ status: 'proposed', area: 'finanzen', origin: { kind: 'digicheck', group: 'finanzen', dimension: 'strategy', target: 2.5, level: 1.5 } });
    expect(await gap.getByTestId('gap-item-link').getAttribute('href')).toBe(`#roadmap?item=${item.id}`);
    await screenshot(page, 'digicheck-light-de-gap-linked');

    // After a reload the gap shows its item and no button: nothing makes a second one.
    await page.reload();
    await page.waitForSelector('[data-testid="digicheck-radar"][data-ready="true"]');
    const again = page.locator('[data-testid="gap"][data-group="finanzen"][data-dimension="strategy"]');
    expect(await again.getByTestId('gap-propose').count()).toBe(0);
    expect(await again.getByTestId('gap-item-link').textContent()).toBe(item.title);
    // The API answers a repeated request with the same item.
    const repeat = await api<{ item: { id: string }; created: boolean }>(team, 'POST', `/api/digicheck/cycles/${cycle1}/gaps`, { group: 'finanzen', dimension: 'strategy' });
    expect([repeat.status, repeat.body.item.id, repeat.body.created]).toEqual([200, item.id, false]);
    expect((await api<RoadmapItemList>(team, 'GET', '/api/roadmap/items')).body.items.filter((i) => i.origin?.cycleId === cycle1)).toHaveLength(1);

    // The link opens the item on the roadmap; its origin links back to this cycle.
    await again.getByTestId('gap-item-link').click();
    const drawer = page.getByTestId('roadmap-drawer');
    await drawer.getByRole('heading', { name: item.title }).waitFor();
    expect(await drawer.getByTestId('detail-status').textContent()).toContain('vorgeschlagen');
    const origin = drawer.getByTestId('origin-link');
    await eventually(() => origin.textContent(), `Aus dem DigiCheck: Strategie und Investitionen in Finanzen — Stand ${formatLevel(1.5, 'de')} von Ziel ${formatLevel(2.5, 'de')}`);
    expect(await origin.getAttribute('href')).toBe(`#digicheck?cycle=${cycle1}`);
    await screenshot(page, 'digicheck-roadmap-origin');
    await origin.click();
    await page.waitForSelector('[data-testid="digicheck-radar"][data-ready="true"]');
    expect(await page.getByTestId('cycle-picker').inputValue()).toBe(cycle1);
  });
});

describe('DigiCheck gap proposals that fail', () => {
  it.each([
    { lang: 'en', answer: 'network', text: 'No connection to the server' },
    { lang: 'de', answer: 403, code: 'forbidden', text: 'nur Personen mit der Rolle „Redaktion“' },
    { lang: 'en', answer: 400, code: 'not-a-gap', text: 'This gap no longer exists' },
    { lang: 'de', answer: 409, code: 'exists', text: 'weil sich der Fahrplan gerade geändert hat' },
  ] as const)('explains $answer ($lang) and lets the person try again', async ({ lang, answer, text, ...rest }) => {
    const page = await openCheck(team, `lang=${lang}&theme=light`, {}, `?cycle=${cycle2}`);
    await page.route('**/api/digicheck/cycles/*/gaps', (route) =>
      answer === 'network' ? route.abort() : route.fulfill({ status: answer, json: { code: 'code' in rest ? rest.code : '', message: 'refused in the test' } }),
    );
    const gap = page.locator('[data-testid="gap"][data-group="zentrale-dienste"]').first();
    await gap.getByTestId('gap-propose').click();
    await gap.getByTestId('gap-failed').waitFor();
    expect(await gap.getByTestId('gap-failed').textContent()).toContain(text);
    // Nothing was made, and the button works again.
    expect(await gap.getByTestId('gap-propose').isEnabled()).toBe(true);
    expect((await api<RoadmapItemList>(team, 'GET', '/api/roadmap/items')).body.items.filter((i) => i.origin?.cycleId === cycle2)).toHaveLength(0);
    if (answer === 403) await screenshot(page, 'digicheck-gap-failed-de');
  });
});

describe.each([
  { theme: 'light', lang: 'de' },
  { theme: 'dark', lang: 'en' },
  { theme: 'contrast', lang: 'de' },
  { theme: 'contrast', lang: 'en' },
] as const)('DigiCheck page, $theme, $lang', ({ theme, lang }) => {
  it('renders radar, table and gaps, keyboard first', async () => {
    const page = await openCheck(team, `lang=${lang}&theme=${theme}`);
    await page.getByRole('heading', { level: 2, name: 'DigiCheck' }).waitFor();
    // The chart is an image with a caption; the table carries the figures.
    expect(await page.locator('[data-testid="digicheck-radar"] svg[aria-labelledby]').getAttribute('role')).toBe('img');
    expect(await page.getByRole('table').first().getAttribute('data-testid')).toBe('digicheck-table');
    // Keyboard: the group picker takes focus and changes the group.
    await page.getByTestId('group-picker').focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector('[data-testid="digicheck-radar"][data-group="finanzen"]');
    await screenshot(page, `digicheck-${theme}-${lang}`);
    // The radar alone, at full size, to look at its lines and labels.
    await page.getByTestId('digicheck-radar').screenshot({ path: join(ARTIFACTS_DIR, `digicheck-radar-${theme}-${lang}.png`), animations: 'disabled' });
  });
});

describe.each(['de', 'en'] as const)('DigiCheck at 360 px, %s', (lang) => {
  it('fits the phone width', async () => {
    const page = await openCheck(team, `lang=${lang}&theme=light`, { viewport: { width: 360, height: 740 } });
    await screenshot(page, `digicheck-mobile-light-${lang}`);
    await page.getByTestId('digicheck-radar').screenshot({ path: join(ARTIFACTS_DIR, `digicheck-radar-mobile-${lang}.png`), animations: 'disabled' });
    const overflow: number = await page.locator('html').evaluate((html) => html.scrollWidth - html.ownerDocument.defaultView!.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('DigiCheck being finalised', () => {
  it('trust 8: between the closing time and the end of closing the page says "being finalised" and shows no figure of that cycle (DE/EN)', async () => {
    const { DigiCheckStore } = await import('../../bot/src/features/digicheck/store');
    const { Tables } = await import('../../bot/src/storage/tables');
    const { openCycle, simulateColleagues } = await import('../support/digicheck');
    const store = new DigiCheckStore(new Tables(team.storageConnectionString, team.config.tablePrefix));
    const id = await openCycle(team);
    await simulateColleagues(team, id, 6, 'finanzen', () => 3);
    const found = (await store.getCycle(id))!;
    expect(await store.updateCycle({ ...found.cycle, closesAt: new Date(Date.now() - 5000).toISOString() }, found.etag)).toBeDefined();

    const res = await fetch(`${viewer.url}/api/digicheck/cycles/${id}/results`);
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ code: 'being-finalised' });
    for (const [lang, wording] of [['de', /Ergebnisse werden gerade finalisiert/], ['en', /results are being finalised/]] as const) {
      const page = await openCheck(viewer, `lang=${lang}&theme=light`, {}, `?cycle=${id}`, '[data-testid="cycle-running"]');
      const banner = page.getByTestId('cycle-running');
      expect(await banner.getAttribute('data-state')).toBe('closing');
      expect(await banner.getAttribute('data-cycle')).toBe(id);
      expect(await banner.textContent()).toMatch(wording);
      // The cycle being finalised cannot be chosen: no figure of it is shown.
      expect(await page.locator(`[data-testid="cycle-picker"] option[value="${id}"]`).getAttribute('disabled')).not.toBeNull();
      expect(await page.locator(`[data-testid="digicheck-results"][data-cycle="${id}"]`).count()).toBe(0);
      await screenshot(page, `digicheck-being-finalised-${lang}`);
    }
  });
});
