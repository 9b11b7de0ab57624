/**
 * Issue 12 (one error path) and issue 16 point 5: each form of the tab that the server can refuse,
 * submitted invalid in German, shows the reasons in German — never the server's English sentence
 * (such as "closesAt must be after opensAt" or "questions.0.text.de: Required"). The server sends
 * each problem with a path and a stable code; the tab translates both. Also the announcements'
 * 409 reasons (a code each), the survey import's invalid JSON (the browser's own English parser
 * message) and the DigiCheck's dimension ids in a refused target's path.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import type { RunningApp } from '../../bot/src/main';
import { FeedbackStore } from '../../bot/src/features/feedback/store';
import { Tables } from '../../bot/src/storage/tables';
import { startTestApp } from '../support/app';
import { launchBrowser, PageTracker, screenshot } from '../support/browser';
import type { Announcement } from '../../bot/src/api/announcements-contract';
import { api, openAnnouncements, simpleInput } from './announcements-support';
import { openCheck } from './digicheck-support';
import { createItems, openRoadmap } from './roadmap-support';

const ZONE = 'Europe/Berlin';
const DAY = 86_400_000;
const PUBLIC = { id: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd', text: 'Gibt es Schulungen zur E-Akte?' };

/** Words of the server's English reasons; none may reach a German reader. */
const ENGLISH = /\b(must|required|Required|characters|allowed|at most|at least|survey ids|within the program|is not|should|expected|Unrecognized)\b/;

let app: RunningApp;
let browser: Browser;
const pages = new PageTracker();

beforeAll(async () => {
  app = await startTestApp({ DEV_ROLES: 'changeTeam,editor,announcer' });
  const store = new FeedbackStore(new Tables(app.storageConnectionString, app.config.tablePrefix));
  await store.create({ ...PUBLIC, mayPublish: true, lang: 'de', receivedAt: new Date(Date.now() - DAY).toISOString() });
  // The roadmap page waits for a timeline with items.
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

jest.setTimeout(60_000);

async function openChangeTeam(): Promise<Page> {
  const page = await pages.open(browser, { timezoneId: ZONE, locale: 'de-DE' });
  await page.goto(`${app.url}/tab/index.html?theme=light&lang=de#change-team`);
  await page.getByTestId('feedback-inbox').waitFor({ timeout: 10_000 });
  return page;
}

/** The text of a refusal, checked: German, and naming no English reason. */
async function germanReasons(box: Locator): Promise<string> {
  await box.waitFor({ timeout: 10_000 });
  const text = (await box.textContent()) ?? '';
  expect(text).not.toMatch(ENGLISH);
  return text;
}

const localValue = (days: number, time: string) => `${new Date(Date.now() + days * DAY).toISOString().slice(0, 10)}T${time}`;

describe('the German tab shows the server’s reasons in German', () => {
  it('scheduling a round that closes before it opens', async () => {
    const page = await openChangeTeam();
    const form = page.getByTestId('schedule-form');
    await form.getByTestId('schedule-opens').fill(localValue(2, '09:00'));
    await form.getByTestId('schedule-closes').fill(localValue(2, '08:00'));
    await form.locator('button[type="submit"]').click();
    const text = await germanReasons(form.getByTestId('schedule-rejected'));
    expect(text).toContain('Ende: Das Ende muss nach dem Beginn liegen.');
    await screenshot(page, 'validation-language-de-schedule');
  });

  it('importing a survey that breaks the rules', async () => {
    const page = await openChangeTeam();
    const form = page.getByTestId('import-form');
    await form.getByTestId('import-json').fill(JSON.stringify({ id: 'X', title: { de: 'Nur deutsch' }, questions: [{ id: 'q1', kind: 'scale', text: { de: '', en: 'x' } }] }));
    await form.getByRole('button', { name: 'Importieren' }).click();
    const text = await germanReasons(form.getByTestId('import-rejected'));
    expect(text).toContain('Titel › Englisch: Bitte ausfüllen.');
    await screenshot(page, 'validation-language-de-import');
  });

  it('answering feedback with an answer that is too long', async () => {
    const page = await openChangeTeam();
    const form = page.locator(`[data-testid="inbox-item"][data-id="${PUBLIC.id}"]`);
    await form.getByTestId('answer-input').fill('x'.repeat(2001));
    await form.getByRole('button', { name: 'Antwort veröffentlichen' }).click();
    const text = await germanReasons(form.getByTestId('answer-rejected'));
    expect(text).toContain('Höchstens 2000 Zeichen.');
  });

  it('saving a roadmap item outside the program', async () => {
    const page = await openRoadmap(pages, browser, app, 'lang=de&theme=light');
    await page.getByTestId('roadmap-new').click();
    const drawer = page.getByTestId('roadmap-drawer');
    await drawer.getByTestId('edit-title').fill('Digitale Bauakte');
    await drawer.getByTestId('edit-area').selectOption({ index: 1 });
    await drawer.getByRole('radio', { name: 'Von – bis' }).check();
    await drawer.getByTestId('edit-start').fill('2031-01-01');
    await drawer.getByTestId('edit-end').fill('2031-06-30');
    await drawer.getByTestId('edit-save').click();
    const text = await germanReasons(drawer.getByTestId('save-rejected'));
    expect(text).toContain('Beginn: Bitte einen Zeitpunkt innerhalb des Programms');
    await screenshot(page, 'validation-language-de-roadmap');
  });
});

describe('the German tab names conflicts, broken JSON and DigiCheck targets in German', () => {
  it('announcements: a test send without a personal chat, and a draft someone else changed meanwhile (409)', async () => {
    const created = await api<Announcement>(app, 'POST', '/api/announcements', { id: 'validation-de', announcement: simpleInput('Erste Fassung') });
    const page = await openAnnouncements(pages, browser, app, 'lang=de&theme=light');
    await page.locator('[data-testid="announcement-entry"][data-id="validation-de"]').getByRole('button').click();
    await page.getByTestId('title-de').waitFor();

    await page.getByRole('button', { name: 'An mich senden (Test)' }).click();
    const testFailed = await germanReasons(page.locator('[data-testid="compose-notice"][data-kind="testFailed"]'));
    expect(testFailed).toContain('Sie haben noch keinen persönlichen Chat mit DigiPuls.');
    expect(testFailed).not.toContain('personal chat');

    // The test send saved the draft; someone else saves after that.
    const stored = (await api<Announcement>(app, 'GET', '/api/announcements/validation-de')).body;
    expect(stored.etag).not.toBe(created.body.etag);
    expect((await api(app, 'PUT', '/api/announcements/validation-de', { etag: stored.etag, announcement: simpleInput('Fassung der Kollegin') })).status).toBe(200);
    await page.getByTestId('title-de').fill('Meine Fassung');
    await page.getByTestId('action-save').click();
    const conflict = await germanReasons(page.locator('[data-testid="compose-notice"][data-kind="conflict"]'));
    expect(conflict).toContain('Jemand anderes hat sie inzwischen geändert.');
    expect(conflict).not.toContain('changed by someone else');
    await screenshot(page, 'validation-language-de-announcement-conflict');
  });

  it('importing a survey that is not JSON names the line and column, not the browser\'s parser message', async () => {
    const page = await openChangeTeam();
    const form = page.getByTestId('import-form');
    await form.getByTestId('import-json').fill('{\n  "id": "x",\n  oops\n}');
    await form.getByRole('button', { name: 'Importieren' }).click();
    const text = await germanReasons(form.getByTestId('import-invalid-json'));
    expect(text).toContain('Das ist kein gültiges JSON (Zeile 3, Spalte 3).');
    expect(text).not.toMatch(/Unexpected|Expected|position|token/);
  });

  it('a DigiCheck target the server refuses is named by its dimension, not its id', async () => {
    const page = await openCheck(pages, browser, app, 'lang=de&theme=light', { timezoneId: ZONE, locale: 'de-DE' }, '', '[data-testid="new-cycle"]');
    // The form's own checks allow 0–4 only; the request is changed on its way, so the server refuses it.
    await page.route('**/api/digicheck/cycles', async (route) => {
      const request = route.request();
      if (request.method() !== 'POST') return route.continue();
      const body = request.postDataJSON() as { targets: Record<string, number> };
      await route.continue({ postData: JSON.stringify({ ...body, targets: { ...body.targets, strategy: 7 } }) });
    });
    const form = page.getByTestId('new-cycle');
    await form.getByTestId('new-cycle-closes').fill(new Date(Date.now() + 7 * DAY).toLocaleDateString('sv-SE'));
    await form.getByTestId('new-cycle-submit').click();
    const text = await germanReasons(form.getByTestId('new-cycle-rejected'));
    expect(text).toContain('Ziele › Strategie und Investitionen:');
    expect(text).not.toContain('strategy');
    await screenshot(page, 'validation-language-de-digicheck-targets');
  });
});
