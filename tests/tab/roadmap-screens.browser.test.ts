/**
 * Screenshots of the roadmap for people to look at (tests/.artifacts/roadmap-*.png): timeline,
 * list, investments, details and an edit conflict, in light and dark, German and English, at
 * desktop and Teams mobile width (360 px), and the timeline in Teams high contrast. Each also
 * checks that the view rendered, that the page never scrolls sideways, and that the UI language
 * is the one asked for.
 */
import type { Browser, Page } from 'playwright-core';
import type { RunningApp } from '../../bot/src/main';
import type { RoadmapItem } from '../../bot/src/api/roadmap-contract';
import { startTestApp } from '../support/app';
import { launchBrowser, PageTracker, screenshot } from '../support/browser';
import { api, bar, createItems, ITEMS, openRoadmap } from './roadmap-support';

let app: RunningApp;
let browser: Browser;
const pages = new PageTracker();

beforeAll(async () => {
  app = await startTestApp({ DEV_ROLES: 'editor' });
  await createItems(app);
  browser = await launchBrowser();
}, 90_000);

afterEach(async () => {
  await pages.cleanup();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

jest.setTimeout(90_000);

/** How far the page scrolls sideways (0 when everything fits; the timeline and tables scroll inside). */
const sideways = (page: Page): Promise<number> =>
  page.locator('html').evaluate((html) => html.scrollWidth - html.ownerDocument.defaultView.innerWidth);

const WORDS = {
  de: { edit: 'Bearbeiten', conflict: 'Inzwischen von jemand anderem geändert' },
  en: { edit: 'Edit', conflict: 'Changed by someone else meanwhile' },
} as const;

/** Opens details, starts editing, lets "someone else" save meanwhile, then saves: the conflict view. */
async function showConflict(page: Page, owner: string, lang: 'de' | 'en'): Promise<void> {
  const drawer = page.getByTestId('roadmap-drawer');
  await drawer.getByRole('button', { name: WORDS[lang].edit, exact: true }).click();
  await drawer.getByTestId('edit-title').fill('E-Akte in allen Fachbereichen und Ortsteilen');
  const current = (await api<RoadmapItem>(app, 'GET', '/api/roadmap/items/e-akte-rollout')).body;
  expect((await api(app, 'PATCH', '/api/roadmap/items/e-akte-rollout', { etag: current.etag, changes: { owner } })).status).toBe(200);
  await drawer.getByTestId('edit-save').click();
  await drawer.getByTestId('roadmap-conflict').getByText(WORDS[lang].conflict, { exact: false }).waitFor();
}

describe.each([
  { theme: 'light', lang: 'de', width: 1280, height: 1300 },
  { theme: 'dark', lang: 'en', width: 1280, height: 1300 },
  { theme: 'dark', lang: 'de', width: 1280, height: 1300 },
  { theme: 'light', lang: 'en', width: 1280, height: 1300 },
  // Teams mobile: the height only makes the screenshots show the whole panel.
  { theme: 'light', lang: 'de', width: 360, height: 1500 },
  { theme: 'dark', lang: 'en', width: 360, height: 1500 },
] as const)('roadmap screens, $theme, $lang, $width px', ({ theme, lang, width, height }) => {
  const name = (view: string) => `roadmap-${width < 480 ? 'mobile-' : ''}${theme}-${lang}-${view}`;

  it('timeline, list, investments, details and a conflict', async () => {
    const page = await openRoadmap(pages, browser, app, `lang=${lang}&theme=${theme}`, { viewport: { width, height } });
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
    expect(await page.getByTestId('roadmap-timeline').locator('button[data-id]').count()).toBe(ITEMS.length);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await screenshot(page, name('timeline'));

    await page.getByTestId('view-list').click();
    await page.getByTestId('roadmap-list').waitFor();
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await screenshot(page, name('list'));

    await page.getByTestId('view-totals').click();
    await page.getByTestId('totals-table').waitFor();
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await screenshot(page, name('totals'));

    await page.getByTestId('view-timeline').click();
    await bar(page, 'e-akte-rollout').click();
    await page.getByTestId('roadmap-drawer').locator('[data-testid="history-entry"]').first().waitFor();
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await screenshot(page, name('detail'));

    await showConflict(page, `Team ${theme} ${lang} ${width}`, lang);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    await screenshot(page, name('conflict'));
  });
});

describe('roadmap screens, Teams high contrast', () => {
  it('keeps status, milestones and the today line visible without colours', async () => {
    const page = await openRoadmap(pages, browser, app, 'lang=de&theme=contrast', { viewport: { width: 1280, height: 1100 } });
    expect(await page.locator('html').getAttribute('data-theme')).toBe('contrast');
    await screenshot(page, 'roadmap-contrast-de-timeline');
    await bar(page, 'melde-online').click();
    await page.getByTestId('roadmap-drawer').locator('[data-testid="history-entry"]').first().waitFor();
    await screenshot(page, 'roadmap-contrast-de-detail');
  });
});
