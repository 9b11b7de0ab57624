/**
 * The change-team page in a real browser against the real app, signed in with the changeTeam
 * role: answering feedback (a missing topic first, then published, and the board shows the topic
 * rather than the private text), a stale answer (409), scheduling rounds (the server's errors,
 * then success) and importing surveys (invalid JSON, an invalid survey, the standard pulse as a
 * template, a duplicate). Steps build on each other, in order. Screenshots go to tests/.artifacts/.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { RunningApp } from '../../bot/src/main';
import type { FeedbackItem, RoundSummary } from '../../bot/src/api/contract';
import { FeedbackStore } from '../../bot/src/features/feedback/store';
import { Tables } from '../../bot/src/storage/tables';
import { startTestApp } from '../support/app';
import { launchBrowser, PageTracker, screenshot } from '../support/browser';

const DAY = 86_400_000;
const PRIVATE = { id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', text: 'Frau M. aus dem Bauamt sagt, die E-Akte sei nur Schikane.' };
const PUBLIC = { id: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', text: 'Can we get training on the new ticket system in English?' };
const ANSWERED = { id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', text: 'Wann kommt WLAN in den Altbau?' };
const TOPIC = 'Akzeptanz der E-Akte im Bauamt';
/** The browser's zone, so local times and offsets are those of the municipality. */
const ZONE = 'Europe/Berlin';

let app: RunningApp;
let browser: Browser;
const pages = new PageTracker();

beforeAll(async () => {
  app = await startTestApp({ DEV_ROLES: 'changeTeam' });
  const store = new FeedbackStore(new Tables(app.storageConnectionString, app.config.tablePrefix));
  const iso = (ago: number) => new Date(Date.now() - ago).toISOString();
  await store.create({ ...PRIVATE, mayPublish: false, lang: 'de', receivedAt: iso(2 * DAY) });
  await store.create({ ...PUBLIC, mayPublish: true, lang: 'en', receivedAt: iso(DAY) });
  await store.create({ ...ANSWERED, mayPublish: true, lang: 'de', receivedAt: iso(9 * DAY) });
  const etag = (await store.list()).find((f) => f.id === ANSWERED.id)!.etag!;
  await store.answer(ANSWERED.id, etag, { answer: 'Im zweiten Quartal; die Leitungen werden gerade verlegt.', at: iso(3 * DAY) });
  browser = await launchBrowser();
}, 90_000);

afterEach(async () => {
  await pages.cleanup();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/**
 * Opens the tab at `#change-team` and waits for the inbox. The browser runs in Berlin time, and in
 * a German locale for German pages (the date-time inputs follow the browser's locale, not the page's).
 */
async function openChangeTeam(query: string, options: BrowserContextOptions = {}): Promise<Page> {
  const locale = query.includes('lang=de') ? 'de-DE' : 'en-US';
  const page = await pages.open(browser, { timezoneId: ZONE, locale, ...options });
  await page.goto(`${app.url}/tab/index.html?${query}#change-team`);
  await page.waitForSelector('html[data-host="standalone"]', { timeout: 10_000 });
  await page.getByTestId('feedback-inbox').waitFor({ timeout: 10_000 });
  await page.locator('[data-testid="inbox-item"], [data-testid="answered-item"]').first().waitFor({ timeout: 10_000 });
  return page;
}

/** A `datetime-local` value `days` from today at `time` (wall clock; the browser reads it in {@link ZONE}). */
function localValue(days: number, time: string): string {
  return `${new Date(Date.now() + days * DAY).toISOString().slice(0, 10)}T${time}`;
}

/** The wall-clock time of an instant in {@link ZONE}, e.g. `09:00`. */
const berlinTime = (iso: string) => new Intl.DateTimeFormat('de-DE', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

const api = async <T>(path: string, init?: RequestInit): Promise<{ status: number; body: T }> => {
  const res = await fetch(`${app.url}${path}`, { ...init, headers: { 'content-type': 'application/json', ...init?.headers } });
  return { status: res.status, body: (await res.json()) as T };
};

/** Waits (up to 5 s) until `read` gives `expected`, then asserts it. */
async function eventually<T>(read: () => Promise<T>, expected: T): Promise<void> {
  for (let i = 0; i < 50 && (await read()) !== expected; i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(await read()).toBe(expected);
}

const item = (page: Page, id: string) => page.locator(`[data-testid="inbox-item"][data-id="${id}"]`);

jest.setTimeout(60_000);

describe('change-team page', () => {
  it.each([
    { theme: 'light', lang: 'de', tab: 'Change-Team', inbox: 'Feedback-Eingang' },
    { theme: 'dark', lang: 'en', tab: 'Change team', inbox: 'Feedback inbox' },
  ] as const)('is in the navigation for the change team and shows the three sections ($theme, $lang)', async ({ theme, lang, tab, inbox }) => {
    const page = await openChangeTeam(`theme=${theme}&lang=${lang}`);
    expect(await page.getByRole('tab', { name: tab }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('heading', { level: 3, name: inbox }).waitFor();
    expect(await page.getByTestId('inbox-item').count()).toBe(2);
    expect(await page.getByTestId('answered-item').count()).toBe(1);
    // Private items say why a topic is needed; items released for publication ask for none.
    expect(await item(page, PRIVATE.id).getByTestId('topic-input').count()).toBe(1);
    expect(await item(page, PUBLIC.id).getByTestId('topic-input').count()).toBe(0);
    await page.getByTestId('schedule-form').waitFor();
    await page.getByTestId('import-form').waitFor();
    await page.getByTestId('survey-list').waitFor();
    await screenshot(page, `change-team-${theme}-${lang}`);
  });

  it('(b) answers a private item: the topic is asked for first, then the answer is published under the topic', async () => {
    const page = await openChangeTeam('theme=light&lang=de');
    const form = item(page, PRIVATE.id);
    await form.getByTestId('answer-input').fill('Wir besprechen die Einführung der E-Akte mit dem Bauamt und bieten eine Sprechstunde an.');
    await form.getByRole('button', { name: 'Antwort veröffentlichen' }).click();
    await form.getByText('Bitte geben Sie ein Thema an').waitFor();
    expect(await form.getByTestId('topic-input').evaluate((input) => input === input.ownerDocument.activeElement)).toBe(true);
    await screenshot(page, 'change-team-light-de-topic-required');

    // The server's own 400 reasons are shown as well, in the reader's language (here: an answer over 2000 characters).
    await form.getByTestId('topic-input').fill(TOPIC);
    const answer = await form.getByTestId('answer-input').inputValue();
    await form.getByTestId('answer-input').fill('x'.repeat(2001));
    await form.getByRole('button', { name: 'Antwort veröffentlichen' }).click();
    expect(await form.getByTestId('answer-rejected').textContent()).toContain('Antwort: Höchstens 2000 Zeichen.');

    await form.getByTestId('answer-input').fill(answer);
    await form.getByRole('button', { name: 'Antwort veröffentlichen' }).click();
    await page.getByTestId('answer-published').waitFor();
    expect(await item(page, PRIVATE.id).count()).toBe(0);
    expect(await page.locator(`[data-testid="answered-item"][data-id="${PRIVATE.id}"]`).count()).toBe(1);
    await screenshot(page, 'change-team-light-de-published');

    // The public board shows the topic, never the private text.
    await page.getByRole('tab', { name: 'Sie fragen – wir antworten' }).click();
    const entry = page.getByTestId('board-entry').first();
    await entry.waitFor();
    expect(await entry.getAttribute('data-original')).toBe('false');
    expect(await entry.textContent()).toContain(TOPIC);
    expect(await page.getByTestId('feedback-board').textContent()).not.toContain('Frau M.');
    await screenshot(page, 'change-team-light-de-board-after-answer');
  });

  it('(c) a stale answer shows the conflict and reloads on request', async () => {
    const page = await openChangeTeam('theme=dark&lang=en');
    // Someone else answers the same item meanwhile, through the API.
    const { body: items } = await api<FeedbackItem[]>('/api/feedback');
    const fresh = items.find((f) => f.id === PUBLIC.id)!;
    const put = await api(`/api/feedback/${PUBLIC.id}/answer`, { method: 'PUT', body: JSON.stringify({ answer: 'Yes, from next month.', etag: fresh.etag }) });
    expect(put.status).toBe(200);

    const form = item(page, PUBLIC.id);
    await form.getByTestId('answer-input').fill('We are planning English sessions.');
    await form.getByRole('button', { name: 'Publish answer' }).click();
    expect(await form.getByTestId('answer-conflict').textContent()).toContain('Changed by someone else meanwhile — reload and review.');
    await screenshot(page, 'change-team-dark-en-conflict');

    await form.getByRole('button', { name: 'Reload' }).click();
    const answered = page.locator(`[data-testid="answered-item"][data-id="${PUBLIC.id}"]`);
    await answered.waitFor();
    expect(await item(page, PUBLIC.id).count()).toBe(0);
    await answered.getByRole('button').click();
    await answered.getByText('Yes, from next month.').waitFor();
    await screenshot(page, 'change-team-dark-en-reloaded');
  });

  it('(d) scheduling: empty fields are named, the server refuses closes-before-opens, a valid series is created', async () => {
    const page = await openChangeTeam('theme=light&lang=en');
    const form = page.getByTestId('schedule-form');
    expect(await form.getByLabel('Survey').inputValue()).toBe('change-readiness');
    await form.getByRole('button', { name: 'Schedule' }).click();
    expect(await form.getByText('Please fill in.').count()).toBe(2);

    await form.getByTestId('schedule-opens').fill(localValue(2, '09:00'));
    await form.getByTestId('schedule-closes').fill(localValue(2, '08:00'));
    await form.getByRole('button', { name: 'Schedule' }).click();
    const rejected = form.getByTestId('schedule-rejected');
    expect(await rejected.textContent()).toContain('The server did not schedule the round:');
    expect(await rejected.textContent()).toContain('End: The end must be after the start.');
    await screenshot(page, 'change-team-light-en-schedule-rejected');

    await form.getByTestId('schedule-closes').fill(localValue(9, '16:00'));
    await form.getByRole('checkbox', { name: 'Repeat regularly' }).check();
    await form.getByRole('spinbutton', { name: 'Interval in days' }).fill('28');
    await form.getByRole('spinbutton', { name: 'Rounds in all' }).fill('3');
    await form.getByRole('button', { name: 'Schedule' }).click();
    const created = form.getByTestId('schedule-created');
    await created.waitFor();
    expect(await created.locator('li').count()).toBe(3);
    expect(await form.getByTestId('schedule-rejected').count()).toBe(0);
    await screenshot(page, 'change-team-light-en-schedule-created');

    // The server got the local times with the right offset: 09:00 and 16:00 Berlin time.
    const { body: rounds } = await api<RoundSummary[]>('/api/pulse/rounds');
    expect(rounds).toHaveLength(3);
    expect(rounds.map((r) => berlinTime(r.opensAt))).toEqual(['09:00', '09:00', '09:00']);
    expect(rounds.map((r) => berlinTime(r.closesAt))).toEqual(['16:00', '16:00', '16:00']);
    expect(rounds.every((r) => r.departments.length === 0)).toBe(true);
  });

  it('(e) importing: invalid JSON and an invalid survey show every error; the template imports; a duplicate is refused', async () => {
    const page = await openChangeTeam('theme=dark&lang=de');
    const form = page.getByTestId('import-form');
    const json = form.getByTestId('import-json');
    const importButton = form.getByRole('button', { name: 'Importieren' });

    // A file fills the field (the button opens the browser's file picker on a hidden input).
    await form.locator('input[type="file"]').setInputFiles({ name: 'puls.json', mimeType: 'application/json', buffer: Buffer.from('{ "id": "aus-datei" }') });
    await eventually(() => json.inputValue(), '{ "id": "aus-datei" }'); // the file is read asynchronously

    await json.fill('{ "id": "kaputt", ');
    await importButton.click();
    // Where the text stops being JSON, in German; never the browser's own English parser message.
    const invalidJson = await form.getByTestId('import-invalid-json').textContent();
    expect(invalidJson).toMatch(/^Das ist kein gültiges JSON \(Zeile 1, Spalte 19\)\./);
    expect(invalidJson).not.toMatch(/JSON at position|Unexpected|Expected/);

    await json.fill(JSON.stringify({ id: 'X', title: { de: 'Nur deutsch' }, questions: [] }));
    await importButton.click();
    await form.getByTestId('import-rejected').waitFor();
    const lines = await form.getByTestId('import-rejected').locator('li').allTextContents();
    expect(lines).toEqual(
      expect.arrayContaining([
        'Kennung: Diese Angabe hat nicht das erwartete Format.',
        'Titel › Englisch: Bitte ausfüllen.',
        'Fragen: Zu wenige Einträge (mindestens 1).',
      ]),
    );
    await screenshot(page, 'change-team-dark-de-import-rejected');

    await form.getByRole('button', { name: 'Standard-Puls als Vorlage einfügen' }).click();
    expect(JSON.parse(await json.inputValue())).toMatchObject({ id: 'my-pulse', questions: expect.any(Array) });
    await importButton.click();
    expect(await form.getByTestId('import-created').textContent()).toContain('(my-pulse)');
    await page.locator('[data-testid="survey-list"] li[data-id="my-pulse"]').waitFor();
    // The new survey can be scheduled right away.
    expect(await page.getByTestId('schedule-survey').locator('option[value="my-pulse"]').count()).toBe(1);
    await screenshot(page, 'change-team-dark-de-imported');

    // The same id again: the template now offers the next free id, a hand-made duplicate is refused.
    await form.getByRole('button', { name: 'Standard-Puls als Vorlage einfügen' }).click();
    expect(JSON.parse(await json.inputValue()).id).toBe('my-pulse-2');
    await json.fill(JSON.stringify({ ...JSON.parse(await json.inputValue()), id: 'my-pulse' }));
    await importButton.click();
    expect(await form.getByTestId('import-exists').textContent()).toContain('Eine Befragung mit der Kennung „my-pulse“ gibt es schon.');
  });

  it('fits 360 px without horizontal page scroll, and renders in high contrast', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const page = await openChangeTeam(`theme=${theme}&lang=de`, { viewport: { width: 360, height: 740 } });
      await page.getByTestId('survey-list').waitFor();
      const overflow: number = await page
        .locator('html')
        .evaluate((html) => html.scrollWidth - html.ownerDocument.defaultView.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `change-team-mobile-${theme}-de`);
    }
    const contrast = await openChangeTeam('theme=contrast&lang=en');
    await contrast.getByTestId('survey-list').waitFor();
    await screenshot(contrast, 'change-team-contrast-en');
  });
});
