/**
 * The "Sie fragen – wir antworten" page in a real browser against the real app (viewer role),
 * with feedback seeded straight into storage: one answered item its author allowed to publish,
 * one answered private item (the board shows the change team's topic), and one unanswered
 * private item that must never appear. Screenshots go to tests/.artifacts/.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { RunningApp } from '../../bot/src/main';
import { FeedbackStore } from '../../bot/src/features/feedback/store';
import { Tables } from '../../bot/src/storage/tables';
import { startTestApp } from '../support/app';
import { launchBrowser, PageTracker, screenshot } from '../support/browser';

const DAY = 86_400_000;
const PUBLIC_TEXT = 'Wann bekommen wir in der Kämmerei die E-Rechnung?';
const PRIVATE_TEXT = 'Mein Vorgesetzter in Raum 204 blockiert die E-Akte seit Monaten.';
const PRIVATE_TOPIC = 'Unterstützung durch Führungskräfte bei der E-Akte';
const UNANSWERED_TEXT = 'Bitte mehr Schulungstermine am Nachmittag.';

let app: RunningApp;
let browser: Browser;
const pages = new PageTracker();

beforeAll(async () => {
  app = await startTestApp();
  const store = new FeedbackStore(new Tables(app.storageConnectionString, app.config.tablePrefix));
  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  await store.create({ id: '11111111-1111-4111-8111-111111111111', text: PUBLIC_TEXT, mayPublish: true, lang: 'de', receivedAt: iso(now - 9 * DAY) });
  await store.create({ id: '22222222-2222-4222-8222-222222222222', text: PRIVATE_TEXT, mayPublish: false, lang: 'de', receivedAt: iso(now - 8 * DAY) });
  await store.create({ id: '33333333-3333-4333-8333-333333333333', text: UNANSWERED_TEXT, mayPublish: false, lang: 'de', receivedAt: iso(now - DAY) });
  const etag = async (id: string) => (await store.list()).find((f) => f.id === id)!.etag!;
  await store.answer('11111111-1111-4111-8111-111111111111', await etag('11111111-1111-4111-8111-111111111111'), {
    answer: 'Die E-Rechnung kommt im März in die Kämmerei; eine Schulung ist eingeplant.',
    at: iso(now - 5 * DAY),
  });
  await store.answer('22222222-2222-4222-8222-222222222222', await etag('22222222-2222-4222-8222-222222222222'), {
    answer: 'Die Verwaltungsleitung bespricht die E-Akte im nächsten Führungskreis und stellt Ansprechpersonen vor.',
    topic: PRIVATE_TOPIC,
    at: iso(now - 2 * DAY),
  });
  browser = await launchBrowser();
}, 90_000);

afterEach(async () => {
  await pages.cleanup();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Opens the tab at `#feedback` and waits for the page. */
async function openFeedback(query: string, options: BrowserContextOptions = {}, prepare?: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await pages.open(browser, options);
  await prepare?.(page);
  // The navigation settles once /api/me has answered.
  const me = page.waitForResponse((res) => res.url().endsWith('/api/me'), { timeout: 10_000 });
  await page.goto(`${app.url}/tab/index.html?${query}#feedback`);
  await page.waitForSelector('html[data-host="standalone"]', { timeout: 10_000 });
  await page.getByTestId('feedback-page').waitFor();
  await me;
  return page;
}

jest.setTimeout(60_000);

describe.each([
  { theme: 'light', lang: 'de', title: 'Sie fragen – wir antworten', original: 'Frage (im Wortlaut der fragenden Person)', topic: 'Thema (zusammengefasst vom Change-Team)', answerOf: /^Antwort des Change-Teams vom \d{2}\.\d{2}\.\d{4}$/, command: 'feedback <Ihr Text>' },
  { theme: 'dark', lang: 'en', title: 'You asked – we answer', original: "Question (in the author's own words)", topic: 'Topic (summarised by the change team)', answerOf: /^The change team's answer of \w{3} \d{1,2}, \d{4}$/, command: 'feedback <your text>' },
] as const)('feedback board, $theme, $lang', ({ theme, lang, title, original, topic, answerOf, command }) => {
  it('shows answered questions newest first, the private one only as its topic, and no change-team page', async () => {
    const page = await openFeedback(`theme=${theme}&lang=${lang}`);
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    expect(await page.getByRole('tab', { name: title }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('code').textContent()).toBe(command);

    const entries = page.getByTestId('board-entry');
    await entries.first().waitFor({ timeout: 10_000 });
    expect(await entries.count()).toBe(2);
    // Newest answer first: the private item (answered 2 days ago), shown as the team's topic.
    const [first, second] = [entries.nth(0), entries.nth(1)];
    expect(await first.getAttribute('data-original')).toBe('false');
    expect(await first.textContent()).toContain(topic);
    expect(await first.textContent()).toContain(PRIVATE_TOPIC);
    expect(await second.getAttribute('data-original')).toBe('true');
    expect(await second.textContent()).toContain(original);
    expect(await second.locator('blockquote').textContent()).toBe(PUBLIC_TEXT);
    expect(await first.locator('p').nth(2).textContent()).toMatch(answerOf);

    // Neither the private text nor the unanswered item ever reaches the page.
    const html = await page.content();
    expect(html).not.toContain(PRIVATE_TEXT);
    expect(html).not.toContain('Raum 204');
    expect(html).not.toContain(UNANSWERED_TEXT);

    // A viewer gets no change-team or announcements entry in the navigation (/api/me has answered by now).
    expect(await page.getByRole('tab').evaluateAll((tabs) => tabs.map((tab) => tab.id))).toEqual(
      ['roadmap', 'results', 'digicheck', 'feedback', 'privacy'].map((id) => `digipuls-tab-${id}`),
    );
    await screenshot(page, `feedback-${theme}-${lang}`);
  });
});

describe('feedback board, other states', () => {
  it('says so when nothing is answered yet', async () => {
    const page = await openFeedback('theme=light&lang=de', {}, (p) =>
      p.route('**/api/feedback/board*', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '[]' })),
    );
    expect(await page.getByTestId('board-empty').textContent()).toContain('Noch ist keine Frage beantwortet');
    await screenshot(page, 'feedback-light-de-empty');
  });

  it('asks to sign in when the API answers 401, and offers a retry when it fails', async () => {
    const signedOut = await openFeedback('theme=dark&lang=en', {}, (p) =>
      p.route('**/api/feedback/board*', (route) =>
        route.fulfill({ status: 401, contentType: 'application/json', body: JSON.stringify({ code: 'unauthenticated', message: 'no token' }) }),
      ),
    );
    expect(await signedOut.getByTestId('sign-in-needed').textContent()).toContain('Please open DigiPuls in Microsoft Teams');

    let calls = 0;
    const failing = await openFeedback('theme=light&lang=de', {}, (p) =>
      p.route('**/api/feedback/board*', (route) => (++calls === 1 ? route.fulfill({ status: 500, body: 'boom' }) : route.continue())),
    );
    await failing.getByTestId('request-failed').waitFor();
    await failing.getByRole('button', { name: 'Erneut versuchen' }).click();
    await failing.getByTestId('board-entry').first().waitFor();
  });

  it('a viewer who opens the change-team page by link is told it is for the change team', async () => {
    const page = await pages.openPlain(browser);
    await page.goto(`${app.url}/tab/index.html?lang=de#change-team`);
    expect(await page.getByTestId('forbidden').textContent()).toContain('Diese Seite ist nur für das Change-Team.');
    expect(await page.getByRole('tab', { name: 'Change-Team' }).count()).toBe(0);
    expect(await page.getByTestId('feedback-inbox').count()).toBe(0);
  });

  it('fits 360 px without horizontal page scroll', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const page = await openFeedback(`theme=${theme}&lang=de`, { viewport: { width: 360, height: 740 } });
      await page.getByTestId('board-entry').first().waitFor();
      const overflow: number = await page
        .locator('html')
        .evaluate((html) => html.scrollWidth - html.ownerDocument.defaultView.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `feedback-mobile-${theme}-de`);
    }
  });

  it('renders in high contrast', async () => {
    const page = await openFeedback('theme=contrast&lang=de');
    await page.getByTestId('board-entry').first().waitFor();
    await screenshot(page, 'feedback-contrast-de');
  });
});
