/**
 * The channel tab's configuration page in a real browser against the real app (development
 * identity, standalone): choosing the roadmap areas the channel shows. Outside Teams the page
 * cannot save, but it computes the content URL Teams would store, and its link opens exactly that
 * view — which the test follows to the roadmap. Screenshots go to tests/.artifacts/.
 */
import type { Browser, Page } from 'playwright-core';
import type { RunningApp } from '../../bot/src/main';
import { startTestApp } from '../support/app';
import { launchBrowser, PageTracker, screenshot } from '../support/browser';

let app: RunningApp;
let browser: Browser;
const pages = new PageTracker();

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
}, 60_000);

afterEach(async () => {
  await pages.cleanup();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

jest.setTimeout(60_000);

async function openConfig(query: string): Promise<Page> {
  const page = await pages.open(browser, { viewport: { width: 720, height: 1100 } });
  await page.goto(`${app.url}/tab/config.html?${query}`);
  await page.waitForSelector('html[data-host="standalone"]', { timeout: 10_000 });
  await page.getByTestId('config-areas').waitFor({ timeout: 10_000 });
  return page;
}

const config = (page: Page) => page.getByTestId('tab-config');

describe('channel tab configuration: roadmap areas', () => {
  it('offers all areas by default, needs at least one area otherwise, and carries the choice in the content URL', async () => {
    const page = await openConfig('theme=light&lang=de');
    expect(await config(page).getAttribute('data-state')).toBe('standalone');
    // "All areas" is a complete choice: the personal tab's view, no query.
    expect(await config(page).getAttribute('data-valid')).toBe('true');
    expect(await config(page).getAttribute('data-content-url')).toBe(`${app.url}/tab/index.html`);
    expect(await page.getByRole('checkbox', { name: 'Finanzen' }).isDisabled()).toBe(true);
    // The areas are the built-in example, and the page says so.
    await page.getByText('Hinweis: Die Bereiche sind eine Beispielstruktur', { exact: false }).waitFor();
    await screenshot(page, 'config-areas-light-de-all');

    await page.getByRole('radio', { name: 'Nur diese Bereiche:' }).check();
    expect(await config(page).getAttribute('data-valid')).toBe('false');
    await page.getByTestId('config-areas-required').waitFor();

    await page.getByRole('checkbox', { name: 'E-Akte und Dokumentenmanagement' }).check();
    await page.getByRole('checkbox', { name: 'Finanzen' }).check();
    expect(await config(page).getAttribute('data-valid')).toBe('true');
    expect(await page.getByTestId('config-areas-required').count()).toBe(0);
    // In the areas' own order, whatever order they were ticked in.
    expect(await config(page).getAttribute('data-content-url')).toBe(`${app.url}/tab/index.html?areas=finanzen%2Ce-akte`);
    await screenshot(page, 'config-areas-light-de-chosen');

    // The link opens what the channel will show.
    await page.getByRole('link', { name: 'DigiPuls im Browser öffnen' }).click();
    await page.waitForURL(/\/tab\/index\.html\?areas=finanzen,e-akte&theme=light&lang=de$/);
    await page.getByTestId('channel-note').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('channel-note').textContent()).toContain('Dieser Kanal zeigt: Finanzen, E-Akte und Dokumentenmanagement.');
    expect(await page.getByTestId('roadmap-lane').evaluateAll((lanes) => lanes.map((lane) => lane.getAttribute('data-area')))).toEqual(['finanzen', 'e-akte']);
  });

  it('renders in English and dark, grouping departments and cross-cutting areas', async () => {
    const page = await openConfig('theme=dark&lang=en');
    await page.getByRole('heading', { level: 1, name: 'Add DigiPuls to this channel' }).waitFor();
    await page.getByRole('group', { name: 'Departments' }).getByRole('checkbox', { name: 'Finance' }).waitFor();
    await page.getByRole('group', { name: 'Cross-cutting areas' }).getByRole('checkbox', { name: 'Online services (OZG)' }).waitFor();
    await page.getByRole('radio', { name: 'Only these areas:' }).check();
    await page.getByRole('checkbox', { name: 'Online services (OZG)' }).check();
    expect(await config(page).getAttribute('data-content-url')).toBe(`${app.url}/tab/index.html?areas=onlinedienste`);
    await screenshot(page, 'config-areas-dark-en');
  });
});
