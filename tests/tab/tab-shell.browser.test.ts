/**
 * The built tab in a real browser, outside Teams (standalone mode): navigation by mouse and
 * keyboard, light/dark/contrast themes, German and English, narrow mobile width, an unreachable
 * server, and the channel tab's configuration page. Screenshots go to tests/.artifacts/.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, PageTracker, screenshot } from '../support/browser';
import type { RunningApp } from '../../bot/src/main';
import { startTabServer } from '../support/tab-server';

// The change-team and announcements pages are offered only with their roles (this server has no
// sign-in, so never here).
const PAGES = ['roadmap', 'results', 'digicheck', 'feedback', 'privacy'] as const;
type PageId = (typeof PAGES)[number];

const LABELS: Record<'de' | 'en', Record<PageId, string>> = {
  de: { roadmap: 'Fahrplan', results: 'Ergebnisse', digicheck: 'DigiCheck', feedback: 'Sie fragen – wir antworten', privacy: 'Datenschutz' },
  en: { roadmap: 'Roadmap', results: 'Results', digicheck: 'DigiCheck', feedback: 'You asked – we answer', privacy: 'Privacy' },
};

let server: RunningApp;
let browser: Browser;
const pages = new PageTracker();

beforeAll(async () => {
  server = await startTabServer();
  browser = await launchBrowser();
}, 60_000);

afterEach(async () => {
  await pages.cleanup();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens a tab URL in a fresh context and waits until the host detection has settled. */
async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await pages.open(browser, options);
  await page.goto(`${server.url}${path}`);
  // HostRoot sets data-host once teams-js has given up (~0.7 s) and the UI is rendered.
  await page.waitForSelector('html[data-host="standalone"]', { timeout: 10_000 });
  return page;
}

/** The selected page as the panel reports it. */
const currentPage = (page: Page) => page.locator('[role="tabpanel"]').getAttribute('data-page');

/** Relative luminance-ish brightness (0–255) of the app background. */
async function backgroundBrightness(page: Page): Promise<number> {
  // (Browser globals are reached through the element: the root tsconfig has no DOM lib.)
  const color: string = await page
    .locator('#root > .fui-FluentProvider')
    .evaluate((provider) => provider.ownerDocument.defaultView.getComputedStyle(provider).backgroundColor);
  const [r, g, b] = (color.match(/\d+/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe.each([
  { theme: 'light', lang: 'de' },
  { theme: 'dark', lang: 'en' },
  { theme: 'dark', lang: 'de' },
  { theme: 'light', lang: 'en' },
] as const)('tab standalone, $theme theme, $lang', ({ theme, lang }) => {
  const labels = LABELS[lang];

  it('renders header, standalone hint, navigation and server version', async () => {
    const page = await open(`/tab/index.html?theme=${theme}&lang=${lang}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
    await page.getByRole('heading', { level: 1, name: 'DigiPuls' }).waitFor();
    expect(await page.getByTestId('standalone-hint').textContent()).toMatch(
      lang === 'de' ? /Außerhalb von Microsoft Teams/ : /outside Microsoft Teams/,
    );
    // Tabs in navigation order, each found by its accessible name in this language. (Text
    // content would double: Fluent keeps a hidden bold copy of each label to reserve width.)
    expect(await page.getByRole('tab').evaluateAll((tabs) => tabs.map((tab) => tab.id))).toEqual(
      PAGES.map((id) => `digipuls-tab-${id}`),
    );
    for (const id of PAGES) {
      expect(await page.getByRole('tab', { name: labels[id], exact: true }).getAttribute('id')).toBe(`digipuls-tab-${id}`);
    }
    expect(await currentPage(page)).toBe('roadmap');
    // The roadmap needs sign-in, which this server (no Entra, no development identity) cannot give.
    await page.getByTestId('roadmap-page').getByTestId('sign-in-needed').waitFor();

    const status = page.getByTestId('server-status');
    await page.waitForSelector('[data-testid="server-status"][data-state="ok"]');
    expect(await status.textContent()).toMatch(lang === 'de' ? /^Serverversion \S+/ : /^Server version \S+/);

    const brightness = await backgroundBrightness(page);
    if (theme === 'dark') expect(brightness).toBeLessThan(60);
    else expect(brightness).toBeGreaterThan(200);
    await screenshot(page, `tab-${theme}-${lang}`);
  });

  it('reaches every page by click, and keeps it in the URL hash', async () => {
    const page = await open(`/tab/index.html?theme=${theme}&lang=${lang}`);
    for (const id of [...PAGES].reverse()) {
      await page.getByRole('tab', { name: labels[id] }).click();
      expect(await currentPage(page)).toBe(id);
      expect(new URL(page.url()).hash).toBe(`#${id}`);
      await page.getByRole('heading', { level: 2, name: labels[id] }).waitFor();
      expect(await page.getByRole('tab', { name: labels[id] }).getAttribute('aria-selected')).toBe('true');
    }
    await screenshot(page, `tab-${theme}-${lang}-roadmap-after-clicks`);
  });

  it('reaches every page by keyboard', async () => {
    const page = await open(`/tab/index.html?theme=${theme}&lang=${lang}`);
    // The header holds nothing focusable, so the first Tab lands in the tab list.
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').getAttribute('role')).toBe('tab');
    if (theme === 'light' && lang === 'de') await screenshot(page, 'tab-keyboard-focus-tab');
    for (const id of PAGES.slice(1)) {
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      expect(await currentPage(page)).toBe(id);
      expect(new URL(page.url()).hash).toBe(`#${id}`);
    }
    await page.keyboard.press('Home');
    await page.keyboard.press('Space');
    expect(await currentPage(page)).toBe('roadmap');
    // Tab leaves the tab list for the (focusable) page panel.
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').getAttribute('role')).toBe('tabpanel');
    // The panel's focus ring is drawn around the panel, not around the whole page.
    const overflow: number = await page
      .locator('html')
      .evaluate((html) => html.scrollWidth - html.ownerDocument.defaultView.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    if (theme === 'light' && lang === 'de') await screenshot(page, 'tab-keyboard-focus-panel');
  });
});

describe('tab standalone: links, locale and theme fallbacks', () => {
  it('opens the page named in the hash, and the back button returns', async () => {
    const page = await open('/tab/index.html?lang=de#privacy');
    expect(await currentPage(page)).toBe('privacy');
    await page.getByText('Antworten auf Pulsbefragungen sind anonym', { exact: false }).waitFor();
    await page.getByRole('tab', { name: 'Ergebnisse' }).click();
    expect(await currentPage(page)).toBe('results');
    await page.goBack();
    await page.waitForSelector('[role="tabpanel"][data-page="privacy"]');
    await screenshot(page, 'tab-light-de-privacy');
  });

  it('follows the browser language without ?lang: English for en-*, German otherwise', async () => {
    const english = await open('/tab/index.html', { locale: 'en-GB' });
    expect(await english.locator('html').getAttribute('lang')).toBe('en');
    await english.getByRole('tab', { name: 'Results' }).waitFor();
    const french = await open('/tab/index.html', { locale: 'fr-FR' });
    expect(await french.locator('html').getAttribute('lang')).toBe('de');
    await french.getByRole('tab', { name: 'Ergebnisse' }).waitFor();
  });

  it('follows the browser colour scheme without ?theme, and renders high contrast', async () => {
    const dark = await open('/tab/index.html?lang=de', { colorScheme: 'dark' });
    expect(await dark.locator('html').getAttribute('data-theme')).toBe('dark');
    const contrast = await open('/tab/index.html?lang=de&theme=contrast#results');
    expect(await contrast.locator('html').getAttribute('data-theme')).toBe('contrast');
    await screenshot(contrast, 'tab-contrast-de-results');
  });

  it('fits Teams mobile width (360 px) without horizontal page scroll', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const page = await open(`/tab/index.html?lang=de&theme=${theme}#results`, {
        viewport: { width: 360, height: 740 },
      });
      const overflow: number = await page
        .locator('html')
        .evaluate((html) => html.scrollWidth - html.ownerDocument.defaultView.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      // Every tab stays reachable: the tab strip scrolls itself into view when clicked.
      for (const id of PAGES) {
        await page.getByRole('tab', { name: LABELS.de[id] }).click();
        expect(await currentPage(page)).toBe(id);
      }
      await page.getByRole('tab', { name: 'Ergebnisse' }).click();
      await screenshot(page, `tab-mobile-${theme}-de`);
    }
  });

  it('on a phone, a deep link to the last page scrolls its tab into view', async () => {
    const page = await open('/tab/index.html?lang=de#privacy', { viewport: { width: 360, height: 740 } });
    const tab = page.getByRole('tab', { name: 'Datenschutz' });
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    const box = await tab.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
    await screenshot(page, 'tab-mobile-light-de-privacy');
  });

  it('keeps working and says so when the server is unreachable', async () => {
    const page = await pages.openPlain(browser);
    await page.route('**/healthz', (route) => route.abort('connectionrefused'));
    await page.goto(`${server.url}/tab/index.html?lang=de`);
    await page.waitForSelector('[data-testid="server-status"][data-state="unreachable"]', { timeout: 15_000 });
    expect(await page.getByTestId('server-status').textContent()).toContain('Server derzeit nicht erreichbar');
    await page.getByRole('tab', { name: 'Datenschutz' }).click();
    expect(await currentPage(page)).toBe('privacy');
    await screenshot(page, 'tab-light-de-server-unreachable');
  });
});

describe('server status footer', () => {
  it('tells a degraded server (503 health: storage down) apart from an unreachable one', async () => {
    const page = await pages.openPlain(browser);
    await page.route('**/healthz', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ status: 'degraded', storage: 'unreachable', version: '9.8.7' }),
      }),
    );
    await page.goto(`${server.url}/tab/index.html?lang=en`);
    await page.waitForSelector('[data-testid="server-status"][data-state="degraded"]', { timeout: 15_000 });
    expect(await page.getByTestId('server-status').textContent()).toBe(
      'Server version 9.8.7 — data storage is currently unreachable.',
    );
  });
});

describe('channel tab configuration page, standalone', () => {
  it.each([
    { theme: 'light', lang: 'de', title: 'DigiPuls zu diesem Kanal hinzufügen', note: 'Nur innerhalb von Teams verwendet' },
    { theme: 'dark', lang: 'en', title: 'Add DigiPuls to this channel', note: 'Only used inside Teams' },
  ] as const)('renders in $lang ($theme) and explains it is only used in Teams', async ({ theme, lang, title, note }) => {
    const page = await open(`/tab/config.html?theme=${theme}&lang=${lang}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.getByTestId('tab-config').getAttribute('data-state')).toBe('standalone');
    await page.getByText(note).waitFor();
    await screenshot(page, `config-${theme}-${lang}`);

    // The link leads to the app, keeping the look and language.
    await page.getByRole('link').click();
    await page.waitForURL(/\/tab\/index\.html\?theme=\w+&lang=\w+$/);
    await page.waitForSelector('[role="tablist"]');
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
  });
});
