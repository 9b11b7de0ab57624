/**
 * The roadmap page in a real browser against the real app: items are created through the HTTP API
 * by an editor app; a second app on the same storage signs everyone in as a viewer. Covers the
 * timeline (lanes, columns, milestones, today line, dependencies, keyboard), the list (filters and
 * sorting), the investment totals (against the server's sums), a channel tab's areas, and that
 * viewers get no edit controls. Screenshots go to tests/.artifacts/.
 */
import type { Browser, Page } from 'playwright-core';
import type { RunningApp } from '../../bot/src/main';
import type { Me } from '../../bot/src/api/contract';
import type { InvestmentTotals } from '../../bot/src/api/roadmap-contract';
import { startTestApp } from '../support/app';
import { launchBrowser, PageTracker, screenshot } from '../support/browser';
import { formatEuro } from '../../tab/src/format';
import { halfYearOf } from '../../tab/src/pages/Roadmap/timeline';
import { api, bar, createItems, eventually, focused, ITEMS, openRoadmap, pick, rowIds } from './roadmap-support';

let editor: RunningApp;
let viewer: RunningApp;
let browser: Browser;
const pages = new PageTracker();

beforeAll(async () => {
  editor = await startTestApp({ DEV_ROLES: 'editor' });
  await createItems(editor);
  // Same storage, but everyone is a viewer: what most staff see.
  viewer = await startTestApp({ DEV_ROLES: 'viewer', AZURITE_IN_MEMORY: undefined, STORAGE_CONNECTION_STRING: editor.storageConnectionString });
  browser = await launchBrowser();
}, 90_000);

afterEach(async () => {
  await pages.cleanup();
});

afterAll(async () => {
  await browser?.close();
  await viewer?.stop();
  await editor?.stop();
});

jest.setTimeout(60_000);

/** Money as the page shows it (Intl puts no-break spaces into German amounts). */
const euro = (amount: number, locale: 'de' | 'en') => formatEuro(amount, locale);
const box = async (page: Page, selector: string) => {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not visible`);
  return found;
};
const laneAreas = (page: Page) => page.getByTestId('roadmap-lane').evaluateAll((lanes) => lanes.map((lane) => lane.getAttribute('data-area')));
/** How far two x positions (px) may differ: sub-pixel layout, borders. */
const NEAR = 1.5;

describe('roadmap timeline', () => {
  it('shows each item as a bar in its area’s lane and half-year columns, with milestones, signs and the today line', async () => {
    const page = await openRoadmap(pages, browser, viewer, 'lang=de&theme=light');
    // Lanes: the areas that have items, in the configured order.
    expect(await laneAreas(page)).toEqual(['zentrale-dienste', 'finanzen', 'buergerservice', 'it-arbeitsplatz', 'e-akte', 'change']);
    for (const [id, item] of ITEMS) {
      expect([id, await page.locator(`[data-testid="roadmap-lane"][data-area="${item.area}"] button[data-id="${id}"]`).count()]).toEqual([id, 1]);
    }

    // A half-year item spans exactly its column.
    const melde = (await bar(page, 'melde-online').boundingBox())!;
    const h2025a = await box(page, '[data-half-year="2025-H1"]');
    expect(Math.abs(melde.x - h2025a.x)).toBeLessThan(NEAR);
    expect(Math.abs(melde.x + melde.width - (h2025a.x + h2025a.width))).toBeLessThan(NEAR);

    // A dated item starts and ends at its days' place within their half-years.
    const akte = (await bar(page, 'e-akte-rollout').boundingBox())!;
    const h2026b = await box(page, '[data-half-year="2026-H2"]');
    expect(Math.abs(akte.x - (h2025a.x + (h2025a.width * 14) / 181))).toBeLessThan(NEAR);
    expect(Math.abs(akte.x + akte.width - (h2026b.x + (h2026b.width * 92) / 184))).toBeLessThan(NEAR);

    // Milestones are diamonds at their day (1 March 2026 is day 59 of 2026-H1); reached ones are filled.
    expect(await bar(page, 'e-akte-rollout').locator('[data-milestone]').count()).toBe(2);
    const diamond = await box(page, '[data-id="e-akte-rollout"] [data-milestone="bauamt"]');
    const h2026a = await box(page, '[data-half-year="2026-H1"]');
    expect(Math.abs(diamond.x + diamond.width / 2 - (h2026a.x + (h2026a.width * 59) / 181))).toBeLessThan(2);

    // The status is in words (accessible name) and a sign, not colour alone.
    expect(await bar(page, 'melde-online').getAttribute('aria-label')).toBe(
      'Meldebescheinigung online — Status: geplant — 1. Halbjahr 2025 — Entscheidung nötig — Meilensteine: 1',
    );
    expect(await bar(page, 'e-akte-rollout').getAttribute('aria-label')).toContain('Status: in Arbeit — 15.01.2025 – 30.09.2026');
    expect(await bar(page, 'wlan-altbau').textContent()).toMatch(/^✓/);
    expect(await bar(page, 'fax-abschalten').textContent()).toMatch(/^✕/);
    // A dependency is marked on the bar.
    expect(await bar(page, 'e-akte-rollout').textContent()).toContain('←1');

    // The today line sits at the browser's own date, inside that half-year's column.
    const today = (await page.evaluate('new Date().toLocaleDateString("sv-SE")')) as string;
    if (today >= '2023-01-01' && today <= '2030-12-31') {
      expect(await page.getByTestId('roadmap-today').getAttribute('data-date')).toBe(today);
      const line = await box(page, '[data-testid="roadmap-today"]');
      const column = await box(page, `[data-half-year="${halfYearOf(today)}"]`);
      expect(line.x).toBeGreaterThanOrEqual(column.x - NEAR);
      expect(line.x).toBeLessThanOrEqual(column.x + column.width + NEAR);
    }
    // The example-structure note: the test app configures no areas of its own.
    await page.getByTestId('areas-example').waitFor();
    await screenshot(page, 'roadmap-timeline-light-de-geometry');
  });

  it('works by keyboard: Tab reaches the bars, focus highlights dependencies, Enter opens details with history, Escape returns', async () => {
    const page = await openRoadmap(pages, browser, viewer, 'lang=en&theme=light');
    await page.getByTestId('view-timeline').focus();
    await page.keyboard.press('Tab');
    // The first bar of the first lane, in time order.
    expect(await focused(page, 'data-id')).toBe('fax-abschalten');
    for (let i = 0; i < 10 && (await focused(page, 'data-id')) !== 'e-akte-rollout'; i += 1) await page.keyboard.press('Tab');
    expect(await focused(page, 'data-id')).toBe('e-akte-rollout');
    // What it depends on is highlighted while it has focus.
    expect(await bar(page, 'melde-online').getAttribute('data-rel')).toBe('dependency');
    await screenshot(page, 'roadmap-keyboard-focus-dependency');

    await page.keyboard.press('Enter');
    const drawer = page.getByTestId('roadmap-drawer');
    await drawer.getByRole('heading', { name: 'E-Akte in allen Fachbereichen' }).waitFor();
    await drawer.locator('[data-testid="history-entry"]').first().waitFor();
    expect(await drawer.locator('[data-testid="history-entry"]').evaluateAll((entries) => entries.map((e) => e.getAttribute('data-kind')))).toEqual(['created']);
    expect(await drawer.getByTestId('detail-depends-on').textContent()).toContain('Meldebescheinigung online');
    expect(await drawer.getByTestId('detail-one-off').textContent()).toBe(euro(250_000, 'en'));
    // en-GB: day before month (ICU writes September as “Sep” or “Sept”).
    expect(await drawer.getByTestId('detail-period').textContent()).toMatch(/^15 Jan 2025 – 30 Sept? 2026$/);

    // A dependency is a link to that item.
    await drawer.getByTestId('detail-depends-on').getByRole('button', { name: 'Meldebescheinigung online' }).click();
    await drawer.getByRole('heading', { name: 'Meldebescheinigung online' }).waitFor();
    expect(await drawer.getByTestId('detail-needed-by').textContent()).toContain('E-Akte in allen Fachbereichen');

    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });
    // Focus returns to the bar that opened the details.
    await eventually(() => focused(page, 'data-id'), 'e-akte-rollout');
  });

  it('highlights dependents while the mouse is over an item', async () => {
    const page = await openRoadmap(pages, browser, viewer, 'lang=de');
    await bar(page, 'melde-online').hover();
    expect(await bar(page, 'e-akte-rollout').getAttribute('data-rel')).toBe('dependent');
    await page.mouse.move(0, 0);
    await eventually(() => bar(page, 'e-akte-rollout').getAttribute('data-rel'), null);
  });
});

describe('roadmap list', () => {
  it('filters by area, status, half-year and open decision — in every view — and sorts by each column', async () => {
    const page = await openRoadmap(pages, browser, viewer, 'lang=de');
    await page.getByTestId('view-list').click();
    expect(await rowIds(page)).toEqual(['fax-abschalten', 'schulung', 'wlan-altbau', 'melde-online', 'e-akte-rollout', 'finanz-workflow']);
    const count = page.getByTestId('roadmap-count');
    const reset = () => page.getByRole('button', { name: 'Filter zurücksetzen' }).first().click();

    await pick(page, 'filter-area', ['Bürgerservice und Ordnung', 'E-Akte und Dokumentenmanagement']);
    expect(await rowIds(page)).toEqual(['melde-online', 'e-akte-rollout']);
    expect(await count.textContent()).toBe('2 von 6 Vorhaben');
    // The timeline shows the same items: only their lanes.
    await page.getByTestId('view-timeline').click();
    expect(await laneAreas(page)).toEqual(['buergerservice', 'e-akte']);
    await page.getByTestId('view-list').click();
    await reset();
    expect(await count.textContent()).toBe('6 von 6 Vorhaben');

    await pick(page, 'filter-status', ['in Arbeit', 'verzögert']);
    expect(await rowIds(page)).toEqual(['schulung', 'e-akte-rollout']);
    await reset();

    // Half-years match every item that runs in them, not only those that start there.
    await pick(page, 'filter-half-year', ['1. Halbjahr 2026']);
    expect(await rowIds(page)).toEqual(['schulung', 'e-akte-rollout']);
    await reset();

    await page.getByTestId('filter-decision').click();
    expect(await rowIds(page)).toEqual(['schulung', 'melde-online']);
    await pick(page, 'filter-area', ['Bürgerservice und Ordnung']);
    expect(await rowIds(page)).toEqual(['melde-online']);
    await screenshot(page, 'roadmap-list-light-de-filtered');
    await reset();

    const sortBy = (name: string) => page.getByRole('columnheader', { name }).getByRole('button').click();
    const sortState = (name: string) => page.getByRole('columnheader', { name }).getAttribute('aria-sort');
    await sortBy('Titel');
    expect(await sortState('Titel')).toBe('ascending');
    expect(await rowIds(page)).toEqual(['e-akte-rollout', 'fax-abschalten', 'melde-online', 'finanz-workflow', 'schulung', 'wlan-altbau']);
    await sortBy('Titel');
    expect(await sortState('Titel')).toBe('descending');
    expect(await rowIds(page)).toEqual(['wlan-altbau', 'schulung', 'finanz-workflow', 'melde-online', 'fax-abschalten', 'e-akte-rollout']);
    // Money starts with the largest; items without an estimate come last.
    await sortBy('Einmalig');
    expect(await sortState('Einmalig')).toBe('descending');
    expect(await sortState('Titel')).toBeNull();
    expect(await rowIds(page)).toEqual(['e-akte-rollout', 'melde-online', 'schulung', 'wlan-altbau', 'fax-abschalten', 'finanz-workflow']);
    await sortBy('Status');
    expect(await rowIds(page)).toEqual(['melde-online', 'finanz-workflow', 'e-akte-rollout', 'schulung', 'wlan-altbau', 'fax-abschalten']);

    // A click anywhere on a row opens its details.
    await page.locator('[data-testid="roadmap-row"][data-id="wlan-altbau"] td').first().click();
    await page.getByTestId('roadmap-drawer').getByRole('heading', { name: 'WLAN im Altbau' }).waitFor();
  });
});

describe('roadmap investment totals', () => {
  it('shows the server’s sums per half-year and area, and follows the filters', async () => {
    const page = await openRoadmap(pages, browser, viewer, 'lang=de');
    await page.getByTestId('view-totals').click();
    await page.getByTestId('totals-table').waitFor();
    const server = (await api<InvestmentTotals>(viewer, 'GET', '/api/roadmap/totals')).body;
    // Cancelled items do not count; each counts in the half-year it starts in.
    expect(server.total).toEqual({ oneOff: 337_000, yearly: 46_000, items: 4 });
    expect(await page.getByTestId('totals-one-off').textContent()).toBe(euro(server.total.oneOff, 'de'));
    expect(await page.getByTestId('totals-yearly').textContent()).toBe(euro(server.total.yearly, 'de'));
    expect(await page.getByTestId('totals-items').textContent()).toBe('4');
    const row = page.locator('[data-half-year="2025-H1"]');
    expect(await row.locator('td[data-area="buergerservice"]').textContent()).toBe(`${euro(48_000, 'de')}+ ${euro(6_000, 'de')} jährlich`);
    expect(await row.locator('td[data-area="e-akte"]').textContent()).toContain(euro(250_000, 'de'));
    expect(await row.getByTestId('totals-row-sum').textContent()).toContain(euro(server.byHalfYear['2025-H1'].oneOff, 'de'));
    expect(await page.getByTestId('totals-grand').textContent()).toContain(euro(337_000, 'de'));
    // Half-years and areas without money are left out (the cancelled item's area among them).
    expect(await page.locator('thead th[data-area]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-area')))).toEqual(['buergerservice', 'it-arbeitsplatz', 'e-akte', 'change']);
    expect(await page.locator('tbody tr[data-half-year]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-half-year')))).toEqual(['2024-H1', '2024-H2', '2025-H1']);
    await screenshot(page, 'roadmap-totals-light-de');

    await pick(page, 'filter-status', ['in Arbeit']);
    const filtered = (await api<InvestmentTotals>(viewer, 'GET', '/api/roadmap/totals?status=in-progress')).body;
    await eventually(() => page.getByTestId('totals-one-off').textContent(), euro(filtered.total.oneOff, 'de'));
    expect(filtered.total.oneOff).toBe(250_000);
    expect(await page.getByTestId('totals-items').textContent()).toBe('1');
  });
});

describe('roadmap in a channel tab', () => {
  it('shows only the areas the channel chose, and says so', async () => {
    const page = await openRoadmap(pages, browser, viewer, 'areas=e-akte,buergerservice&lang=de');
    expect(await page.getByTestId('channel-note').textContent()).toBe(
      'Dieser Kanal zeigt: E-Akte und Dokumentenmanagement, Bürgerservice und Ordnung. Den ganzen Fahrplan sehen Sie in der persönlichen DigiPuls-App.',
    );
    expect(await laneAreas(page)).toEqual(['e-akte', 'buergerservice']);
    expect(await page.getByTestId('roadmap-timeline').locator('button[data-id]').count()).toBe(2);
    // The area filter offers only the channel's areas.
    await page.getByTestId('filter-area').click();
    expect(await page.getByRole('menuitemcheckbox').allTextContents()).toEqual(['E-Akte und Dokumentenmanagement', 'Bürgerservice und Ordnung']);
    await page.keyboard.press('Escape');
    await page.getByTestId('view-list').click();
    expect(await rowIds(page)).toEqual(['melde-online', 'e-akte-rollout']);
    // The downloads hold what the channel shows, in the reader's language.
    const csv = await page.getByTestId('export-csv').getAttribute('href');
    expect(csv).toBe('/api/roadmap/export.csv?area=e-akte,buergerservice&lang=de');
    expect(await page.getByTestId('export-ics').getAttribute('href')).toBe('/api/roadmap/export.ics?area=e-akte,buergerservice&lang=de');
    const download = await fetch(`${viewer.url}${csv}`);
    expect([download.status, download.headers.get('content-type')]).toEqual([200, 'text/csv; charset=utf-8']);
    const rows = (await download.text()).trim().split('\n');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^\uFEFF?ID,Titel,Bereich/);
    await page.getByTestId('view-totals').click();
    await page.getByTestId('totals-table').waitFor();
    expect(await page.getByTestId('totals-one-off').textContent()).toBe(euro(298_000, 'de'));
    await screenshot(page, 'roadmap-channel-light-de-totals');
  });

  it('shows a channel area without items as an empty lane, hides areas that no longer exist, and explains when none is left', async () => {
    const page = await openRoadmap(pages, browser, viewer, 'areas=bauen-umwelt,e-akte,gibt-es-nicht&lang=en');
    expect(await laneAreas(page)).toEqual(['bauen-umwelt', 'e-akte']);
    await page.locator('[data-area="bauen-umwelt"]').getByText('No items').waitFor();
    expect(await page.getByTestId('channel-note').textContent()).toContain('No longer configured and therefore hidden: gibt-es-nicht.');
    await screenshot(page, 'roadmap-channel-light-en');

    const gone = await openRoadmap(pages, browser, viewer, 'areas=gibt-es-nicht&lang=en', {}, '[data-testid="channel-areas-gone"]');
    expect(await gone.getByTestId('channel-areas-gone').textContent()).toContain('(gibt-es-nicht)');
  });
});

describe('roles', () => {
  it('gives viewers no edit controls; editors get them', async () => {
    expect((await api<Me>(viewer, 'GET', '/api/me')).body.roles).toEqual(['viewer']);
    const page = await openRoadmap(pages, browser, viewer, 'lang=de');
    await bar(page, 'melde-online').click();
    const drawer = page.getByTestId('roadmap-drawer');
    await drawer.locator('[data-testid="history-entry"]').first().waitFor();
    expect(await page.getByTestId('roadmap-new').count()).toBe(0);
    expect(await drawer.getByTestId('item-edit').count()).toBe(0);
    expect(await drawer.getByTestId('quick-actions').count()).toBe(0);
    expect(await drawer.getByTestId('decision-recorder').count()).toBe(0);
    // The server refuses a viewer's edit anyway.
    expect((await api(viewer, 'PATCH', '/api/roadmap/items/melde-online', { etag: 'x', changes: { status: 'done' } })).status).toBe(403);

    const editing = await openRoadmap(pages, browser, editor, 'lang=de');
    await editing.getByTestId('roadmap-new').waitFor();
    await bar(editing, 'melde-online').click();
    const panel = editing.getByTestId('roadmap-drawer');
    await panel.getByTestId('item-edit').waitFor();
    await panel.getByTestId('quick-actions').waitFor();
    expect(await panel.getByTestId('decision-recorder').count()).toBe(1);
  });
});
