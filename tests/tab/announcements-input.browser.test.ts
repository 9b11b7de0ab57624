/**
 * The announcements page refusing bad input in a real browser against the real app: an empty title,
 * an http:// image, text over the limit and markup outside the safe subset (the server's own 400
 * reasons shown), scheduling in the past — and nothing reaches the connector. Also: the test send
 * without a personal chat (the server's 409 reason, translated), then with one; scheduling for later and
 * cancelling it.
 */
import type { Browser, Page } from 'playwright-core';
import type { Announcement } from '../../bot/src/api/announcements-contract';
import * as A from '../support/activities';
import { postActivity } from '../support/app';
import { launchBrowser, PageTracker, screenshot } from '../support/browser';
import { announcementsTo, api, openAnnouncements, simpleInput, startWorld, type AnnouncementsWorld } from './announcements-support';

let world: AnnouncementsWorld;
let browser: Browser;
const pages = new PageTracker();

beforeAll(async () => {
  world = await startWorld(3);
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

/** A new announcement in German only, with `title` and `text`. */
async function compose(page: Page, title: string, text: string): Promise<void> {
  await page.getByTestId('announcement-new').click();
  await page.getByTestId('compose').waitFor();
  await page.getByTestId('languages').getByText('Deutsch', { exact: true }).click();
  await page.getByTestId('title-de').fill(title);
  await page.getByTestId('text-de').fill(text);
}

/** The validation message of the Fluent field around the control with `testId`. */
const fieldMessage = (page: Page, testId: string) =>
  page.locator('.fui-Field').filter({ has: page.getByTestId(testId) }).locator('.fui-Field__validationMessage');

const stored = async () => (await api<Announcement[]>(world.app, 'GET', '/api/announcements')).body;

describe('announcements: bad input is refused and nothing is sent', () => {
  it('marks an empty title and an http image, shows the server reasons, and sends nothing', async () => {
    const { connector } = world;
    const before = connector.stats.requests;
    const page = await openAnnouncements(pages, browser, world.app, 'lang=de&theme=light');
    await compose(page, '', 'Ein Text ohne Titel.');

    // Sending needs a title: the field says so and gets focus; no dialog, no request.
    await page.getByTestId('action-send').click();
    expect(await fieldMessage(page, 'title-de').textContent()).toBe('Bitte geben Sie einen Titel ein.');
    expect(await page.getByTestId('form-problems').textContent()).toContain('Bitte prüfen Sie die markierten Felder (1)');
    await page.locator('[data-testid="title-de"]:focus').waitFor();
    expect(await page.getByTestId('confirm-send').count()).toBe(0);
    // The mark goes as soon as the title is there.
    await page.getByTestId('title-de').fill('Hinweis');
    await fieldMessage(page, 'title-de').waitFor({ state: 'detached' });

    // An http image: the form refuses it, and the preview shows the server's own 400 reason.
    await page.getByTestId('image-url').fill('http://example.org/bild.png');
    await page.getByTestId('action-save').click();
    expect(await fieldMessage(page, 'image-url').textContent()).toBe('Bitte eine vollständige https://-Adresse angeben.');
    const rejected = page.getByTestId('preview-rejected');
    await rejected.waitFor();
    expect(await rejected.textContent()).toContain('Bild: Bitte eine vollständige https://-Adresse angeben.');
    await screenshot(page, 'announcements-invalid-light-de');
    await page.getByTestId('image-url').fill('https://example.org/bild.png');

    // Too long a text: the counter turns, the form refuses.
    await page.getByTestId('text-de').fill('x'.repeat(4001));
    expect(await page.getByTestId('text-count-de').textContent()).toBe('4.001 / 4.000 Zeichen');
    await page.getByTestId('action-save').click();
    expect(await fieldMessage(page, 'text-de').textContent()).toBe('Höchstens 4000 Zeichen.');

    // Markup outside the safe subset: only the server checks it, and its reason is shown at the field.
    await page.getByTestId('text-de').fill('Siehe <b>hier</b>');
    await page.getByTestId('action-save').click();
    const notice = page.locator('[data-testid="compose-notice"][data-kind="rejected"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Deutsch › Text: HTML ist nicht erlaubt');
    expect(await fieldMessage(page, 'text-de').textContent()).toContain('HTML ist nicht erlaubt');
    expect(await stored()).toEqual([]);

    // Scheduling in the past is refused before anything is saved or sent.
    await page.getByTestId('text-de').fill('Ein **kurzer** Hinweis.');
    await page.getByTestId('schedule-at').fill('2020-01-01T09:00');
    await page.getByTestId('action-schedule').click();
    expect(await fieldMessage(page, 'schedule-at').textContent()).toMatch(/^Dieser Zeitpunkt liegt in der Vergangenheit/);
    expect(await stored()).toEqual([]);

    // An audience that reaches nobody: no confirmation.
    await page.getByTestId('audience-all').click();
    await page.getByTestId('action-send').click();
    expect(await page.getByTestId('audience-error').textContent()).toBe('Bitte wählen Sie, wer die Mitteilung erhält.');
    expect(await page.getByTestId('confirm-send').count()).toBe(0);

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(connector.stats.requests).toBe(before);
  });

  it('refuses a time in the past on the server too (the form cannot be bypassed)', async () => {
    const created = await api<Announcement>(world.app, 'POST', '/api/announcements', {
      id: 'server-past',
      announcement: { languages: 'de', de: { title: 'x', text: 'y' }, author: '', acknowledge: false, audience: { allEmployees: true, teams: [], departments: [] } },
    });
    const res = await api<{ message: string }>(world.app, 'POST', '/api/announcements/server-past/send', { etag: created.body.etag, at: '2020-01-01T09:00:00Z' });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('scheduling in the past is not possible');
    await api(world.app, 'POST', '/api/announcements/server-past/cancel', { etag: created.body.etag });
  });
});

describe('announcements: test send and scheduling', () => {
  it('explains a test send without a personal chat (409), and sends one once there is a chat', async () => {
    const { app, connector } = world;
    const page = await openAnnouncements(pages, browser, app, 'lang=en&theme=dark');
    await page.getByTestId('announcement-new').click();
    await page.getByTestId('languages').getByText('English', { exact: true }).click();
    await page.getByTestId('title-en').fill('Test run');
    await page.getByTestId('text-en').fill('Only a test.');

    await page.getByRole('button', { name: 'Send to me (test)' }).click();
    const notice = page.locator('[data-testid="compose-notice"][data-kind="testFailed"]');
    await notice.waitFor();
    // The server's `reason` code in the reader's language, not the server's English sentence.
    expect(await notice.textContent()).toContain('You have no personal chat with DigiPuls yet.');
    await screenshot(page, 'announcements-test-409-dark-en');

    // The development identity installs the app personally; now the test arrives, marked as a test.
    const me: A.TestUser = { id: '29:dev', aadObjectId: '00000000-0000-0000-0000-00000000dev0', name: 'Test Person', conversationId: 'a:dev-chat' };
    await postActivity(app, A.personalInstall(me, { serviceUrl: connector.url, locale: 'en-US' }));
    await page.getByRole('button', { name: 'Send to me (test)' }).click();
    await page.locator('[data-testid="compose-notice"][data-kind="testSent"]').waitFor();
    const cards = announcementsTo(connector, me.conversationId);
    expect(cards).toHaveLength(1);
    expect(JSON.stringify(cards[0])).toContain('Test run');
    // The draft stays a draft.
    expect((await stored()).find((a) => a.de?.title === undefined && a.en?.title === 'Test run')?.state).toBe('draft');
    // Remove the chat again so other tests' audiences stay as they were.
    await postActivity(app, A.personalInstall(me, { serviceUrl: connector.url }, 'remove'));
  });

  it('schedules for later, shows it as scheduled, and cancels it', async () => {
    const { app, connector } = world;
    const before = connector.stats.requests;
    const page = await openAnnouncements(pages, browser, app, 'lang=de&theme=light');
    await compose(page, 'Später', 'Geplanter Hinweis.');
    const inOneHour = new Date(Date.now() + 3_600_000);
    const two = (n: number) => String(n).padStart(2, '0');
    const local = `${inOneHour.getFullYear()}-${two(inOneHour.getMonth() + 1)}-${two(inOneHour.getDate())}T${two(inOneHour.getHours())}:${two(inOneHour.getMinutes())}`;
    await page.getByTestId('schedule-at').fill(local);
    await page.getByTestId('action-schedule').click();

    const tracking = page.locator('[data-testid="tracking"][data-state="scheduled"]');
    await tracking.waitFor();
    expect(await page.getByTestId('tracking-state').textContent()).toBe('geplant');
    expect(await tracking.textContent()).toContain('Geplant für');
    // Nothing is under way yet: no progress bar until it is due.
    expect(await page.getByTestId('tracking-progress').count()).toBe(0);
    const id = await tracking.getAttribute('data-id');
    const scheduled = (await api<Announcement>(app, 'GET', `/api/announcements/${id}`)).body;
    expect(Math.abs(Date.parse(scheduled.sendAt!) - Date.parse(new Date(local).toISOString()))).toBe(0);
    await screenshot(page, 'announcements-scheduled-light-de');

    await page.getByTestId('tracking-cancel').click();
    await page.locator('[data-testid="tracking"][data-state="cancelled"]').waitFor();
    expect(await page.getByTestId('tracking-state').textContent()).toBe('abgebrochen');
    expect(connector.stats.requests).toBe(before);
  });

  it('says so when someone else changed the draft meanwhile (409), and continues from their version', async () => {
    const { app } = world;
    const created = await api<Announcement>(app, 'POST', '/api/announcements', { id: 'shared-draft', announcement: simpleInput('Erste Fassung') });
    const page = await openAnnouncements(pages, browser, app, 'lang=de&theme=light');
    await page.locator('[data-testid="announcement-entry"][data-id="shared-draft"]').getByRole('button').click();
    expect(await page.getByTestId('title-de').inputValue()).toBe('Erste Fassung');

    // Someone else saves first.
    const other = await api<Announcement>(app, 'PUT', '/api/announcements/shared-draft', { etag: created.body.etag, announcement: simpleInput('Fassung der Kollegin') });
    expect(other.status).toBe(200);
    await page.getByTestId('title-de').fill('Meine Fassung');
    await page.getByTestId('action-save').click();
    const notice = page.locator('[data-testid="compose-notice"][data-kind="conflict"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Jemand anderes hat sie inzwischen geändert.');
    expect(await notice.textContent()).not.toContain('changed by someone else');
    expect((await api<Announcement>(app, 'GET', '/api/announcements/shared-draft')).body.de?.title).toBe('Fassung der Kollegin');

    // Continue from the current version: the form shows it, and saving works again.
    await page.getByTestId('conflict-load').click();
    expect(await page.getByTestId('title-de').inputValue()).toBe('Fassung der Kollegin');
    await page.getByTestId('title-de').fill('Gemeinsame Fassung');
    await page.getByTestId('action-save').click();
    await page.locator('[data-testid="compose-notice"][data-kind="saved"]').waitFor();
    expect((await api<Announcement>(app, 'GET', '/api/announcements/shared-draft')).body.de?.title).toBe('Gemeinsame Fassung');
  });
});
