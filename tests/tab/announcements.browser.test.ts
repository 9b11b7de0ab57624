/**
 * The announcements page in a real browser against the real app (announcer role) and a simulated
 * Teams connector: the kick-off template, the audience and its recipient count, the preview as the
 * real Adaptive Card, saving a draft, sending it after a confirmation, and tracking it live — the
 * progress bar moves, the counts end with every recipient done, a blocked person is listed with the
 * reason, and the delivery list downloads as CSV.
 */
import type { Browser, Page } from 'playwright-core';
import type { Announcement } from '../../bot/src/api/announcements-contract';
import { launchBrowser, PageTracker, screenshot } from '../support/browser';
import { announcementsTo, api, openAnnouncements, pick, previewShowing, recipientCount, startWorld, TEAM, type AnnouncementsWorld } from './announcements-support';

let world: AnnouncementsWorld;
let browser: Browser;
const pages = new PageTracker();
const PEOPLE = 16;

beforeAll(async () => {
  // Four messages a second: sending to 17 recipients takes about four seconds, long enough to watch.
  world = await startWorld(PEOPLE, 4);
  browser = await launchBrowser();
}, 90_000);

afterEach(async () => {
  await pages.cleanup();
});

afterAll(async () => {
  await browser?.close();
  await world?.stop();
});

jest.setTimeout(90_000);

/** Reads the progress bar's value every 200 ms until the announcement is sent. */
async function watchProgress(page: Page): Promise<number[]> {
  const seen: number[] = [];
  const end = Date.now() + 45_000;
  while (Date.now() < end) {
    const raw = await page.getByTestId('tracking-progress').getAttribute('data-value');
    if (raw) seen.push(Number(raw));
    if ((await page.getByTestId('tracking').getAttribute('data-state')) === 'sent') return seen;
    await page.waitForTimeout(200);
  }
  throw new Error(`not sent in time; progress seen: ${seen.join(', ')}`);
}

describe('announcements: compose → preview → send → track', () => {
  it('sends the kick-off to the chosen audience and tracks it live', async () => {
    const { app, connector, people } = world;
    const page = await openAnnouncements(pages, browser, app, 'lang=de&theme=light');
    await page.getByText('Noch keine Mitteilungen').waitFor();

    // The kick-off template fills the form (German and English, with acknowledgement).
    await page.getByRole('button', { name: 'Vorlage: Auftakt' }).click();
    await page.getByTestId('compose').waitFor();
    expect(await page.getByTestId('title-de').inputValue()).toBe('Auftakt: Wir gestalten die digitale Verwaltung gemeinsam');
    expect(await page.getByTestId('text-de').inputValue()).toContain('Gemeinde Leopoldshöhe');
    expect(await page.getByTestId('title-en').inputValue()).toMatch(/^Kick-off/);
    expect(await page.getByTestId('acknowledge').isChecked()).toBe(true);

    // The audience: everyone who installed the app, then also the team's channel; the count follows.
    await recipientCount(page, PEOPLE);
    expect(await page.getByTestId('recipient-count').textContent()).toBe(`Empfänger: ${PEOPLE} (persönlich: ${PEOPLE}, Kanäle: 0)`);
    await pick(page, 'audience-teams', [TEAM.name]);
    await recipientCount(page, PEOPLE + 1);
    await page.getByTestId('audience-all').click();
    await recipientCount(page, 1);
    await page.getByTestId('audience-all').click();
    await recipientCount(page, PEOPLE + 1);

    // The preview is the real card: title, text, author and the buttons in the rendered card's DOM.
    const card = await previewShowing(page, 'Auftakt: Wir gestalten die digitale Verwaltung gemeinsam');
    await card.getByText('Der Bürgermeister').waitFor();
    expect(await card.locator('button').allTextContents()).toContain('Gelesen');
    expect(await card.locator('strong').first().textContent()).toBe('mit Ihnen');
    await page.getByTestId('preview-lang').getByText('Englisch').click();
    await previewShowing(page, 'Kick-off: shaping the digital administration together');
    expect(await card.locator('button').allTextContents()).toContain('Got it');
    // The channel post carries both languages and a two-language button.
    await page.getByTestId('preview-lang').getByText('Kanal (beide)').click();
    await previewShowing(page, 'Kick-off: shaping');
    await card.getByText('Auftakt: Wir gestalten', { exact: false }).waitFor();
    expect(await card.locator('button').allTextContents()).toContain('Gelesen / Got it');
    await screenshot(page, 'announcements-compose-light-de');

    // Save the draft: it exists on the server, nothing is sent.
    const requestsBefore = connector.stats.requests;
    await page.getByTestId('action-save').click();
    await page.locator('[data-testid="compose-notice"][data-kind="saved"]').waitFor();
    expect(await page.getByTestId('compose-notice').textContent()).toBe('Entwurf gespeichert.');
    const list = (await api<Announcement[]>(app, 'GET', '/api/announcements')).body;
    expect(list.map((a) => [a.state, a.audience.teams])).toEqual([['draft', [TEAM.id]]]);
    const id = list[0].id;
    expect(await page.getByTestId('compose').getAttribute('data-id')).toBe(id);
    expect(connector.stats.requests).toBe(requestsBefore);

    // One person's app is gone before sending: that delivery fails with the reason.
    const blocked = people[PEOPLE - 1];
    connector.blocked.add(blocked.conversationId);

    // Send now: the confirmation names the recipient count; cancelling it sends nothing.
    await page.getByTestId('action-send').click();
    const dialog = page.getByTestId('confirm-send');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`alle Empfänger: ${PEOPLE + 1} (persönlich: ${PEOPLE}, Kanäle: 1)`);
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(connector.stats.requests).toBe(requestsBefore);
    await page.getByTestId('action-send').click();
    await page.getByRole('button', { name: `Jetzt senden (${PEOPLE + 1} Empfänger)` }).click();

    // Tracking: the progress bar appears and moves until every recipient is done.
    await page.getByTestId('tracking').waitFor();
    await page.getByTestId('tracking-progress').waitFor();
    const seen = await watchProgress(page);
    expect(seen.some((v) => v > 0 && v < 1)).toBe(true);
    expect(seen.at(-1)).toBe(1);
    for (let i = 1; i < seen.length; i += 1) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
    expect(await page.getByTestId('tracking-state').textContent()).toBe('gesendet');
    const count = async (key: string) => Number(await page.getByTestId(`count-${key}`).textContent());
    expect([await count('recipients'), await count('queued'), await count('sent'), await count('failed')]).toEqual([PEOPLE + 1, 0, PEOPLE, 1]);

    // The failure is listed with its reason; the delivery list is a CSV link.
    const failure = page.getByTestId('failure');
    await failure.waitFor();
    expect(await failure.count()).toBe(1);
    expect(await failure.textContent()).toContain(blocked.aadObjectId.slice(-6));
    expect(await failure.getByTestId('failure-reason').textContent()).toBe('the app was blocked or removed (403)');
    const csv = page.getByTestId('deliveries-csv');
    expect(await csv.getAttribute('href')).toBe(`/api/announcements/${id}/deliveries.csv?lang=de`);
    const download = await fetch(`${app.url}/api/announcements/${id}/deliveries.csv?lang=de`);
    expect((await download.text()).trim().split('\n')).toHaveLength(PEOPLE + 2);
    await screenshot(page, 'announcements-tracking-light-de');

    // Each recipient got it once; the blocked one not at all.
    const reached = [...people.map((p) => p.conversationId), TEAM.id].filter((c) => announcementsTo(connector, c).length === 1);
    expect(reached).toHaveLength(PEOPLE);
    expect(announcementsTo(connector, blocked.conversationId)).toEqual([]);

    // Back in the list, it is marked as sent with its counts.
    await page.getByTestId('back').click();
    const entry = page.locator(`[data-testid="announcement-entry"][data-id="${id}"]`);
    await entry.waitFor();
    expect(await entry.getByTestId('announcement-state').textContent()).toBe('gesendet');
    expect(await entry.getByTestId('announcement-counts').textContent()).toBe(`${PEOPLE} von ${PEOPLE + 1} gesendet · 1 fehlgeschlagen · 0 gelesen`);
  });
});
