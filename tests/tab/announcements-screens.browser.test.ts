/**
 * How the announcements page looks: compose with the preview and the tracking view, light and dark,
 * German and English, Teams high contrast, and at the 360 px width of Teams mobile (no sideways
 * scrolling). Screenshots go to tests/.artifacts/. And the role: a viewer is offered no entry in
 * the navigation and, opening the page by a link, is told it needs the announcer role.
 */
import type { Browser, Page } from 'playwright-core';
import type { RunningApp } from '../../bot/src/main';
import { startTestApp } from '../support/app';
import { ARTIFACTS_DIR, launchBrowser, PageTracker, screenshot } from '../support/browser';
import { openAnnouncements, previewShowing, sendThroughApi, simpleInput, startWorld, TEAM, type AnnouncementsWorld } from './announcements-support';

let world: AnnouncementsWorld;
let browser: Browser;
const pages = new PageTracker();

beforeAll(async () => {
  world = await startWorld(4);
  // One sent announcement with a failed delivery, for the tracking view.
  world.connector.blocked.add(world.people[3].conversationId);
  await sendThroughApi(world.app, 'rathaus-news', simpleInput('Neue Öffnungszeiten im Bürgerbüro', {
    languages: 'both',
    en: { title: 'New opening hours at the citizens’ office', text: 'A **short** note.' },
    audience: { allEmployees: true, teams: [TEAM.id], departments: [] },
  }));
  browser = await launchBrowser();
}, 90_000);

afterEach(async () => {
  await pages.cleanup();
});

afterAll(async () => {
  await browser?.close();
  await world?.stop();
});

jest.setTimeout(60_000);

/** How far the page sticks out sideways (0 or less: no horizontal scrolling). */
const overflow = (page: Page): Promise<number> =>
  page.locator('html').evaluate((html) => html.scrollWidth - html.ownerDocument.defaultView.innerWidth);

describe.each([
  { theme: 'light', lang: 'de', width: 1280, title: 'Auftakt: Wir gestalten', sent: 'gesendet' },
  { theme: 'dark', lang: 'en', width: 1280, title: 'Kick-off: shaping', sent: 'sent' },
  { theme: 'dark', lang: 'de', width: 360, title: 'Auftakt: Wir gestalten', sent: 'gesendet' },
  { theme: 'light', lang: 'en', width: 360, title: 'Kick-off: shaping', sent: 'sent' },
  { theme: 'contrast', lang: 'de', width: 1280, title: 'Auftakt: Wir gestalten', sent: 'gesendet' },
] as const)('announcements, $theme theme, $lang, $width px', ({ theme, lang, width, title, sent }) => {
  const name = `announcements-${theme}-${lang}${width < 500 ? '-mobile' : ''}`;

  it('composes with the preview as the real card', async () => {
    const page = await openAnnouncements(pages, browser, world.app, `lang=${lang}&theme=${theme}`, { viewport: { width, height: 800 } });
    await page.getByTestId('announcement-template').click();
    await page.getByTestId('compose').waitFor();
    await previewShowing(page, title);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, `${name}-compose`);
    if (width >= 500) return;
    // The channel post with a link: both two-language buttons wrap inside the card on a phone.
    await page.getByTestId('link-url').fill('https://digipuls.example.org/fahrplan');
    await page.getByTestId('preview-lang').getByRole('radio').nth(2).check();
    const card = await previewShowing(page, 'Zum Fahrplan / Open the roadmap');
    expect(await card.locator('button').allTextContents()).toEqual(['Zum Fahrplan / Open the roadmap', 'Gelesen / Got it']);
    await card.screenshot({ path: `${ARTIFACTS_DIR}/${name}-channel-card.png` });
    const cardBox = await card.boundingBox();
    for (const button of await card.locator('button').all()) {
      const box = await button.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(cardBox!.x + cardBox!.width);
    }
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });

  it('tracks a sent announcement', async () => {
    const page = await openAnnouncements(pages, browser, world.app, `lang=${lang}&theme=${theme}`, { viewport: { width, height: 800 } });
    const entry = page.locator('[data-testid="announcement-entry"][data-id="rathaus-news"]');
    expect(await entry.getByTestId('announcement-state').textContent()).toBe(sent);
    if (width < 500) await screenshot(page, `${name}-list`);
    await entry.getByRole('button').click();
    await page.locator('[data-testid="tracking"][data-state="sent"]').waitFor();
    await page.getByTestId('failure').waitFor();
    // Keyboard: the view starts at its heading.
    await page.locator('h3:focus').waitFor();
    expect(await page.getByTestId('count-recipients').textContent()).toBe('5');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, `${name}-tracking`);
  });
});

describe('announcements for someone without the announcer role', () => {
  let viewerApp: RunningApp;
  beforeAll(async () => {
    viewerApp = await startTestApp({ DEV_ROLES: 'viewer' });
  }, 60_000);
  afterAll(async () => {
    await viewerApp?.stop();
  });

  it.each([
    { lang: 'de', text: 'nur Personen mit der Rolle „Mitteilungen“ (announcer)' },
    { lang: 'en', text: 'needs the announcer role' },
  ] as const)('offers no navigation entry and explains the role by deep link ($lang)', async ({ lang, text }) => {
    const page = await pages.open(browser, { viewport: { width: 1024, height: 720 } });
    await page.goto(`${viewerApp.url}/tab/index.html?lang=${lang}&theme=light#announcements`);
    await page.waitForSelector('html[data-host="standalone"]', { timeout: 10_000 });
    const forbidden = page.getByTestId('announcements-page').getByTestId('forbidden');
    await forbidden.waitFor();
    expect(await forbidden.textContent()).toContain(text);
    // /api/me has answered by now: the navigation offers every page but announcements.
    expect(await page.getByRole('tab').evaluateAll((tabs) => tabs.map((tab) => tab.id))).toEqual(
      ['roadmap', 'results', 'digicheck', 'feedback', 'privacy'].map((id) => `digipuls-tab-${id}`),
    );
    expect(await page.getByTestId('compose').count()).toBe(0);
    await screenshot(page, `announcements-viewer-${lang}`);
  });
});
