/**
 * The roadmap's DigiCheck parts in a real browser against the real app: the status `proposed`
 * (legend, filter, list, bar), a link that opens an item (`#roadmap?item=…`), an editor's save that
 * keeps the item's DigiCheck origin, and the change team's follow-up pulse for a done item (sent
 * once, then shown instead of the button; not offered for other items or to others).
 * Screenshots go to tests/.artifacts/.
 */
import type { Browser } from 'playwright-core';
import type { RunningApp } from '../../bot/src/main';
import type { RoadmapFollowUpPulse, RoadmapItem, RoadmapItemInput } from '../../bot/src/api/roadmap-contract';
import { startTestApp } from '../support/app';
import { launchBrowser, PageTracker, screenshot } from '../support/browser';
import { api, bar, createItems, openRoadmap, pick, rowIds } from './roadmap-support';

const base = (over: Partial<RoadmapItemInput>): RoadmapItemInput => ({
  title: 'x', description: '', area: 'finanzen', status: 'planned', owner: '', milestones: [], dependsOn: [], decisions: [], services: [], ...over,
});

const ORIGIN = { kind: 'digicheck' as const, cycleId: '20260101-abcdef', group: 'finanzen', dimension: 'strategy', level: 1.5, target: 2.5 };
const ITEMS: Array<[string, RoadmapItemInput]> = [
  ['e-rechnung', base({ title: 'E-Rechnung eingeführt', halfYear: '2025-H1', status: 'done' })],
  ['strategie-finanzen', base({ title: 'Digitalisierungsziele Finanzen', halfYear: '2026-H2', status: 'proposed', origin: ORIGIN })],
  ['workflow', base({ title: 'Rechnungsworkflow', halfYear: '2026-H1', status: 'in-progress' })],
];

let team: RunningApp; // change team and editor
let editorOnly: RunningApp; // same storage, editor without the change team role
let browser: Browser;
const pages = new PageTracker();

beforeAll(async () => {
  team = await startTestApp({ DEV_ROLES: 'changeTeam,editor' });
  await createItems(team, ITEMS);
  editorOnly = await startTestApp({ DEV_ROLES: 'editor', AZURITE_IN_MEMORY: undefined, STORAGE_CONNECTION_STRING: team.storageConnectionString });
  browser = await launchBrowser();
}, 90_000);

afterEach(async () => {
  await pages.cleanup();
});

afterAll(async () => {
  await browser?.close();
  await editorOnly?.stop();
  await team?.stop();
});

jest.setTimeout(60_000);

describe('status proposed', () => {
  it('is in the legend, the filter, the list and on its bar (sign and words, not colour alone)', async () => {
    const page = await openRoadmap(pages, browser, team, 'lang=de&theme=light');
    expect(await page.getByRole('list', { name: 'Legende' }).textContent()).toContain('vorgeschlagen');
    expect(await bar(page, 'strategie-finanzen').textContent()).toMatch(/^\?/);
    expect(await bar(page, 'strategie-finanzen').getAttribute('aria-label')).toContain('Status: vorgeschlagen');
    expect(await bar(page, 'strategie-finanzen').getAttribute('data-status')).toBe('proposed');
    await screenshot(page, 'roadmap-proposed-light-de');
    await page.getByTestId('view-list').click();
    await pick(page, 'filter-status', ['vorgeschlagen']);
    expect(await rowIds(page)).toEqual(['strategie-finanzen']);
    expect(await page.locator('[data-testid="roadmap-row"] td[data-status="proposed"]').textContent()).toContain('vorgeschlagen');

    const english = await openRoadmap(pages, browser, team, 'lang=en&theme=dark');
    expect(await english.getByRole('list', { name: 'Key' }).textContent()).toContain('proposed');
    await screenshot(english, 'roadmap-proposed-dark-en');
  });

  it('opens from a link, shows where it came from, and keeps its origin when an editor saves it', async () => {
    const page = await openRoadmap(pages, browser, editorOnly, 'lang=de&theme=light#roadmap?item=strategie-finanzen', {}, '[data-testid="roadmap-drawer"]');
    const drawer = page.getByTestId('roadmap-drawer');
    await drawer.getByRole('heading', { name: 'Digitalisierungsziele Finanzen' }).waitFor();
    expect(await drawer.getByTestId('origin-link').getAttribute('href')).toBe(`#digicheck?cycle=${ORIGIN.cycleId}`);
    await drawer.getByTestId('item-edit').click();
    await drawer.getByLabel('Titel').fill('Digitalisierungsziele Finanzen festlegen');
    await drawer.getByTestId('edit-save').click();
    await drawer.getByRole('heading', { name: 'Digitalisierungsziele Finanzen festlegen' }).waitFor();
    const stored = await api<RoadmapItem>(team, 'GET', '/api/roadmap/items/strategie-finanzen');
    expect([stored.body.version, stored.body.title, stored.body.origin]).toEqual([2, 'Digitalisierungsziele Finanzen festlegen', ORIGIN]);
    // A person without the change team role gets no follow-up pulse, not even on done items.
    await page.keyboard.press('Escape');
    await bar(page, 'e-rechnung').click();
    await drawer.getByRole('heading', { name: 'E-Rechnung eingeführt' }).waitFor();
    await drawer.getByTestId('detail-status').waitFor();
    expect(await drawer.getByTestId('detail-pulse').count()).toBe(0);
  });
});

describe('follow-up pulse', () => {
  it('sends a short pulse about a done item to its area once, then shows the round instead of the button', async () => {
    const page = await openRoadmap(pages, browser, team, 'lang=de&theme=light');
    // Not for items that are not done.
    await bar(page, 'workflow').click();
    const drawer = page.getByTestId('roadmap-drawer');
    await drawer.getByRole('heading', { name: 'Rechnungsworkflow' }).waitFor();
    expect(await drawer.getByTestId('detail-pulse').count()).toBe(0);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    expect((await api(team, 'GET', '/api/roadmap/items/e-rechnung/pulse')).status).toBe(404);
    await bar(page, 'e-rechnung').click();
    await drawer.getByRole('heading', { name: 'E-Rechnung eingeführt' }).waitFor();
    const send = drawer.getByTestId('pulse-send');
    await send.waitFor();
    expect(await send.textContent()).toBe('Kurz-Pulse an Finanzen senden');
    await screenshot(page, 'roadmap-followup-button-de');
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/pulse')) posts.push(request.url());
    });
    await send.dblclick();
    const sent = drawer.getByTestId('pulse-sent');
    await sent.waitFor();
    expect(posts).toHaveLength(1);

    const pulse = await api<RoadmapFollowUpPulse>(team, 'GET', '/api/roadmap/items/e-rechnung/pulse');
    expect(pulse.status).toBe(200);
    expect(pulse.body.departments).toEqual(['finanzen']);
    expect(await sent.getAttribute('data-round')).toBe(pulse.body.roundId);
    expect(await sent.textContent()).toContain(`Runde ${pulse.body.roundId}`);
    expect(await sent.textContent()).toContain('gefragt: Finanzen');
    expect(await drawer.getByTestId('pulse-send').count()).toBe(0);
    // The round is an ordinary pulse round.
    const rounds = await api<Array<{ id: string }>>(team, 'GET', '/api/pulse/rounds');
    expect(rounds.body.map((round) => round.id)).toContain(pulse.body.roundId);
    await screenshot(page, 'roadmap-followup-sent-de');

    // Opened again (or by someone else of the change team): the round, no button.
    const again = await openRoadmap(pages, browser, team, 'lang=en&theme=light#roadmap?item=e-rechnung', {}, '[data-testid="pulse-sent"]');
    expect(await again.getByTestId('pulse-sent').textContent()).toContain('Short pulse to Finance already sent.');
    expect(await again.getByTestId('pulse-send').count()).toBe(0);
    await screenshot(again, 'roadmap-followup-sent-en');
  });
});
