/**
 * The example roadmap (`npm run seed`, loaded here through the seed script's own function) in a
 * real browser, as a viewer sees it: every example item is visibly marked as example data — on its
 * bar, in the list and in its details — and the page says what that means. Screenshots of the
 * example roadmap go to tests/.artifacts/.
 */
import type { Browser } from 'playwright-core';
import type { RunningApp } from '../../bot/src/main';
import type { RoadmapItemList } from '../../bot/src/api/roadmap-contract';
import { roadmapAreas } from '../../bot/src/features/roadmap/areas';
import { seed } from '../../scripts/seed';
import { startTestApp } from '../support/app';
import { launchBrowser, PageTracker, screenshot } from '../support/browser';
import { api, openRoadmap } from './roadmap-support';

let app: RunningApp;
let browser: Browser;
let list: RoadmapItemList;
const pages = new PageTracker();

beforeAll(async () => {
  app = await startTestApp();
  await seed({ connectionString: app.storageConnectionString, tablePrefix: app.config.tablePrefix, areas: roadmapAreas(app.config) });
  list = (await api<RoadmapItemList>(app, 'GET', '/api/roadmap/items')).body;
  browser = await launchBrowser();
}, 90_000);

afterEach(async () => {
  await pages.cleanup();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

jest.setTimeout(60_000);

describe('example roadmap', () => {
  it('marks every example item as example data on the timeline, in the list and in its details', async () => {
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((item) => item.example)).toBe(true);
    const page = await openRoadmap(pages, browser, app, 'lang=de&theme=light');
    expect(await page.getByTestId('items-example').textContent()).toContain('Vorhaben mit der Markierung „Beispiel“ sind Beispieldaten');
    await page.getByTestId('areas-example').waitFor();

    const bars = page.locator('[data-testid="roadmap-timeline"] button[data-id]');
    expect(await bars.count()).toBe(list.items.length);
    const labels = await bars.evaluateAll((all) => all.map((b) => [b.getAttribute('aria-label') ?? '', b.textContent ?? '']));
    for (const [label, text] of labels) {
      expect(label.endsWith(' — Beispiel')).toBe(true);
      expect(text).toContain('Bsp.');
    }
    await screenshot(page, 'roadmap-example-light-de-timeline');

    await page.getByTestId('view-list').click();
    expect(await page.locator('[data-testid="roadmap-row"]').count()).toBe(list.items.length);
    expect(await page.locator('[data-testid="roadmap-row"]').getByText('Beispiel', { exact: true }).count()).toBe(list.items.length);

    await page.locator('[data-testid="roadmap-row"] th button').first().click();
    const drawer = page.getByTestId('roadmap-drawer');
    await drawer.getByTestId('detail-example').waitFor();
    await drawer.locator('[data-testid="history-entry"]').first().waitFor();
    expect(await drawer.locator('[data-testid="history-entry"]').first().textContent()).toContain('Beispieldaten (npm run seed)');
  });

  it('reads in English and dark as well', async () => {
    const page = await openRoadmap(pages, browser, app, 'lang=en&theme=dark', { viewport: { width: 1280, height: 1400 } });
    expect(await page.getByTestId('items-example').textContent()).toContain('Items marked “Example” are example data');
    expect(await page.locator('[data-testid="roadmap-timeline"] button[data-id]').first().textContent()).toContain('Ex.');
    await screenshot(page, 'roadmap-example-dark-en-timeline');
    await page.getByTestId('view-totals').click();
    await page.getByTestId('totals-table').waitFor();
    await screenshot(page, 'roadmap-example-dark-en-totals');
  });
});
