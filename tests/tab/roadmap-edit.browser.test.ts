/**
 * Editing the roadmap in a real browser against the real app, signed in as an editor: creating an
 * item with the form (its checks, the server's reasons, a double click), moving it, setting its
 * status and recording a decision — each kept in the history — and edit conflicts: two editors
 * save the same item, the second sees both versions with the differing fields and can take over
 * the current version and re-apply, or retry with their own; a stale quick change likewise.
 */
import type { Browser, Page } from 'playwright-core';
import type { RunningApp } from '../../bot/src/main';
import type { RoadmapItem, RoadmapItemList } from '../../bot/src/api/roadmap-contract';
import { startTestApp } from '../support/app';
import { launchBrowser, PageTracker, screenshot } from '../support/browser';
import { api, bar, createItems, eventually, focused, ITEMS, openRoadmap } from './roadmap-support';

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

jest.setTimeout(60_000);

const item = async (id: string) => (await api<RoadmapItem>(app, 'GET', `/api/roadmap/items/${id}`)).body;
const history = (page: Page) => page.getByTestId('roadmap-drawer').locator('[data-testid="history-entry"]');
/** The changed fields of each history entry, newest first (`''` for a creation). */
async function historyFields(page: Page): Promise<string[]> {
  const entries = history(page);
  const fields: string[] = [];
  for (let i = 0; i < (await entries.count()); i += 1) {
    fields.push((await entries.nth(i).locator('[data-field]').evaluateAll((changes) => changes.map((c) => c.getAttribute('data-field')))).join(','));
  }
  return fields;
}
const historyKinds = (page: Page) => history(page).evaluateAll((entries) => entries.map((e) => `${e.getAttribute('data-version')}:${e.getAttribute('data-kind')}`));
/** Opens an item's details from its bar. */
async function openItem(page: Page, id: string, title: string): Promise<void> {
  await bar(page, id).click();
  await page.getByTestId('roadmap-drawer').getByRole('heading', { name: title }).waitFor();
  await history(page).first().waitFor();
}
/** Puts the item changed "by someone else" (through the API) while a page still has the old version. */
async function changeBehindTheBack(id: string, changes: Record<string, unknown>): Promise<RoadmapItem> {
  const current = await item(id);
  const res = await api<RoadmapItem>(app, 'PATCH', `/api/roadmap/items/${id}`, { etag: current.etag, changes });
  expect(res.status).toBe(200);
  return res.body;
}

describe('creating an item', () => {
  it('checks the form, shows the server’s reasons, and creates the item once even on a double click', async () => {
    const page = await openRoadmap(pages, browser, app, 'lang=de&theme=light');
    await page.getByTestId('roadmap-new').click();
    const drawer = page.getByTestId('roadmap-drawer');
    await drawer.getByRole('heading', { name: 'Neues Vorhaben' }).waitFor();
    expect(await focused(page, 'data-testid')).toBe('edit-title');

    // Nothing filled in: the form says what is missing and goes to it.
    await drawer.getByTestId('edit-save').click();
    await drawer.getByTestId('form-problems').waitFor();
    await drawer.getByText('Bitte ausfüllen.').first().waitFor();
    expect(await focused(page, 'data-testid')).toBe('edit-title');

    // A date outside the program: the server's own reason is shown.
    await drawer.getByTestId('edit-title').fill('Digitale Bauakte');
    await drawer.getByTestId('edit-area').selectOption({ label: 'Bauen, Planen und Umwelt' });
    await drawer.getByRole('radio', { name: 'Von – bis' }).check();
    await drawer.getByTestId('edit-start').fill('2031-01-01');
    await drawer.getByTestId('edit-end').fill('2031-06-30');
    await drawer.getByTestId('edit-save').click();
    expect(await drawer.getByTestId('save-rejected').textContent()).toContain('Beginn: Bitte einen Zeitpunkt innerhalb des Programms (2023–2030) wählen.');
    await screenshot(page, 'roadmap-edit-light-de-rejected');

    await drawer.getByRole('radio', { name: 'Ein Halbjahr' }).check();
    await drawer.getByTestId('edit-half-year').selectOption({ label: '2. Halbjahr 2026' });
    await drawer.getByRole('button', { name: 'Meilenstein hinzufügen' }).click();
    const milestone = drawer.getByTestId('edit-milestone').first();
    await milestone.locator('input').first().fill('Antrag online');
    await milestone.locator('input[type="date"]').fill('2026-10-01');
    await drawer.getByTestId('edit-has-investment').click();
    await drawer.getByTestId('edit-one-off').fill('120.000');
    await drawer.getByTestId('edit-yearly').fill('8000');
    await drawer.getByTestId('dependency-picker').pressSequentially('Melde');
    await page.getByRole('option', { name: 'Meldebescheinigung online' }).click();
    await drawer.getByTestId('edit-dependencies').getByText('Meldebescheinigung online').waitFor();
    await drawer.getByTestId('edit-save').dblclick();

    await drawer.getByRole('heading', { name: 'Digitale Bauakte' }).waitFor();
    await drawer.locator('[data-testid="history-entry"]').first().waitFor();
    expect(await historyKinds(page)).toEqual(['1:created']);
    const list = (await api<RoadmapItemList>(app, 'GET', '/api/roadmap/items?area=bauen-umwelt')).body.items;
    expect(list.map((i) => [i.title, i.halfYear, i.investment?.oneOff, i.investment?.yearly, i.dependsOn, i.milestones.map((m) => m.title), i.version])).toEqual([
      ['Digitale Bauakte', '2026-H2', 120_000, 8_000, ['melde-online'], ['Antrag online'], 1],
    ]);
    // The id was chosen by the tab (a UUID).
    expect(list[0].id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    // The timeline shows it at once, in its lane.
    await page.keyboard.press('Escape');
    await page.locator(`[data-testid="roadmap-lane"][data-area="bauen-umwelt"] button[data-id="${list[0].id}"]`).waitFor();
    // Focus returns to "New item".
    await eventually(() => focused(page, 'data-testid'), 'roadmap-new');
  });
});

describe('changing an item', () => {
  it('moves it, sets its status, moves its area and records a decision; the history shows each change', async () => {
    const page = await openRoadmap(pages, browser, app, 'lang=de&theme=light');
    await openItem(page, 'melde-online', 'Meldebescheinigung online');
    const drawer = page.getByTestId('roadmap-drawer');

    await drawer.getByRole('button', { name: 'Später: 2. Halbjahr 2025 →' }).click();
    await eventually(() => drawer.getByTestId('detail-period').textContent(), '2. Halbjahr 2025');
    await drawer.getByTestId('quick-status').selectOption({ label: 'in Arbeit' });
    await drawer.getByTestId('quick-status-save').click();
    await eventually(() => drawer.getByTestId('detail-status').textContent(), '▶ in Arbeit');

    const recorder = drawer.getByTestId('decision-recorder');
    await recorder.getByTestId('decision-state').selectOption({ label: 'entschieden' });
    await recorder.getByTestId('decision-note').fill('Beschluss GR 12/2024');
    await recorder.getByRole('button', { name: 'Entscheidung festhalten' }).click();
    await eventually(() => drawer.getByTestId('detail-decision').getAttribute('data-state'), 'decided');
    expect(await drawer.getByText('Entscheidung nötig').count()).toBe(0);

    await drawer.getByTestId('quick-area').selectOption({ label: 'Onlinedienste (OZG)' });
    await drawer.getByTestId('quick-area-save').click();
    await eventually(() => drawer.getByTestId('detail-area').textContent(), 'Onlinedienste (OZG)');

    await eventually(() => historyKinds(page), ['5:changed', '4:changed', '3:changed', '2:changed', '1:created']);
    expect(await historyFields(page)).toEqual(['area', 'decisions', 'status', 'halfYear', '']);
    const decided = history(page).nth(1);
    expect(await decided.textContent()).toContain('Entscheidungen: Mittelfreigabe — Gemeinderat, bis 10.12.2024: offen→Mittelfreigabe — Gemeinderat, bis 10.12.2024: entschieden (Beschluss GR 12/2024)');
    expect(await decided.textContent()).toMatch(/am \d\d\.\d\d\.\d{4}, \d\d:\d\d von Test Person/);
    await screenshot(page, 'roadmap-detail-light-de-history');

    // The timeline follows: the bar is in its new lane and half-year.
    await page.keyboard.press('Escape');
    const moved = (await bar(page, 'melde-online').boundingBox())!;
    const column = (await page.locator('[data-half-year="2025-H2"]').boundingBox())!;
    expect(Math.abs(moved.x - column.x)).toBeLessThan(1.5);
    expect(await page.locator('[data-testid="roadmap-lane"][data-area="onlinedienste"] button[data-id="melde-online"]').count()).toBe(1);
    expect((await item('melde-online')).decisionNeeded).toBe(false);
  });

  it('moves a dated item by six months, both its dates', async () => {
    const page = await openRoadmap(pages, browser, app, 'lang=en');
    await openItem(page, 'e-akte-rollout', 'E-Akte in allen Fachbereichen');
    await page.getByTestId('roadmap-drawer').getByRole('button', { name: '← Earlier: 6 months' }).click();
    await eventually(async () => {
      const stored = await item('e-akte-rollout');
      return [stored.start, stored.end];
    }, ['2024-07-15', '2026-03-30']);
  });
});

describe('edit conflicts', () => {
  it('shows a stale save both versions with the differing fields; taking over the current version re-applies the editor’s changes', async () => {
    await createItems(app, [['konflikt', { ...ITEMS[0][1], title: 'Terminvergabe online', milestones: [], decisions: [], owner: '' }]]);
    const a = await openRoadmap(pages, browser, app, 'lang=de&theme=light');
    const b = await openRoadmap(pages, browser, app, 'lang=de&theme=light');
    for (const page of [a, b]) {
      await openItem(page, 'konflikt', 'Terminvergabe online');
      await page.getByTestId('item-edit').click();
    }
    await a.getByTestId('edit-title').fill('Terminvergabe für alle Ämter');
    await a.getByTestId('edit-save').click();
    await a.getByTestId('roadmap-drawer').getByRole('heading', { name: 'Terminvergabe für alle Ämter' }).waitFor();

    await b.getByTestId('edit-owner').fill('Team B');
    await b.getByTestId('edit-save').click();
    const conflict = b.getByTestId('roadmap-conflict');
    await conflict.waitFor();
    await conflict.getByText('Inzwischen von jemand anderem geändert — bitte prüfen und erneut versuchen').waitFor();
    const differing = conflict.locator('[data-testid="conflict-field"][data-differs="true"]');
    expect(await differing.evaluateAll((fields) => fields.map((f) => f.getAttribute('data-field')))).toEqual(['title', 'owner']);
    const title = conflict.locator('[data-field="title"]');
    expect(await title.getByTestId('conflict-yours').textContent()).toBe('Ihre FassungTerminvergabe online');
    expect(await title.getByTestId('conflict-current').textContent()).toBe('Aktuelle Fassung (Version 2, Test Person)Terminvergabe für alle Ämter');
    const owner = conflict.locator('[data-field="owner"]');
    expect(await owner.getByTestId('conflict-yours').textContent()).toContain('Team B');
    expect(await owner.getByTestId('conflict-current').textContent()).toContain('(nicht gesetzt)');
    await conflict.getByText('abweichend').first().waitFor();
    // Nothing was saved by the stale attempt.
    expect((await item('konflikt')).owner).toBe('');
    await screenshot(b, 'roadmap-conflict-light-de-two-editors');

    await conflict.getByTestId('conflict-reapply').click();
    const form = b.getByTestId('item-editor');
    await form.getByTestId('reapplied-note').waitFor();
    expect(await form.getByTestId('edit-title').inputValue()).toBe('Terminvergabe für alle Ämter');
    expect(await form.getByTestId('edit-owner').inputValue()).toBe('Team B');
    expect(await form.getByTestId('reapplied-note').textContent()).toContain('Verantwortlich');
    await form.getByTestId('edit-save').click();
    await b.getByTestId('roadmap-drawer').getByRole('heading', { name: 'Terminvergabe für alle Ämter' }).waitFor();

    const stored = await item('konflikt');
    expect([stored.title, stored.owner, stored.version]).toEqual(['Terminvergabe für alle Ämter', 'Team B', 3]);
    // Both changes are in the history, each once.
    await eventually(() => historyKinds(b), ['3:changed', '2:changed', '1:created']);
    expect(await historyFields(b)).toEqual(['owner', 'title', '']);
    await screenshot(b, 'roadmap-conflict-light-de-resolved-history');
  });

  it('lets the editor retry with their own version against the new ETag', async () => {
    await createItems(app, [['konflikt-2', { ...ITEMS[2][1], title: 'Drucker zentralisieren', description: 'Alt' }]]);
    const page = await openRoadmap(pages, browser, app, 'lang=en&theme=dark');
    await openItem(page, 'konflikt-2', 'Drucker zentralisieren');
    await page.getByTestId('item-edit').click();
    await page.getByTestId('edit-title').fill('Drucker je Etage');
    await changeBehindTheBack('konflikt-2', { description: 'Neu von jemand anderem' });
    await page.getByTestId('edit-save').click();
    const conflict = page.getByTestId('roadmap-conflict');
    await conflict.waitFor();
    expect(await conflict.locator('[data-differs="true"]').evaluateAll((fields) => fields.map((f) => f.getAttribute('data-field')))).toEqual(['title', 'description']);
    await screenshot(page, 'roadmap-conflict-dark-en-retry');
    await conflict.getByRole('button', { name: 'Save my version' }).click();
    await page.getByTestId('roadmap-drawer').getByRole('heading', { name: 'Drucker je Etage' }).waitFor();
    // The editor chose their version: it is stored whole, and the history keeps the other change.
    const stored = await item('konflikt-2');
    expect([stored.title, stored.description, stored.version]).toEqual(['Drucker je Etage', 'Alt', 3]);
    await eventually(() => historyKinds(page), ['3:changed', '2:changed', '1:created']);
  });

  it('treats a stale quick change the same way: retry applies just that change to the current version', async () => {
    await createItems(app, [['konflikt-3', { ...ITEMS[5][1], title: 'Rechnungseingang digital' }]]);
    const page = await openRoadmap(pages, browser, app, 'lang=de');
    await openItem(page, 'konflikt-3', 'Rechnungseingang digital');
    await changeBehindTheBack('konflikt-3', { status: 'delayed' });
    await page.getByRole('button', { name: 'Später: 1. Halbjahr 2027 →' }).click();
    const conflict = page.getByTestId('roadmap-conflict');
    await conflict.waitFor();
    expect(await conflict.locator('[data-differs="true"]').evaluateAll((fields) => fields.map((f) => f.getAttribute('data-field')))).toEqual(['halfYear']);
    expect(await conflict.getByTestId('conflict-reapply').count()).toBe(0);
    await conflict.getByRole('button', { name: 'Meine Änderung erneut anwenden' }).click();
    await eventually(() => page.getByTestId('detail-period').textContent(), '1. Halbjahr 2027');
    const stored = await item('konflikt-3');
    expect([stored.halfYear, stored.status]).toEqual(['2027-H1', 'delayed']);
  });
});
