/**
 * Shared by the roadmap browser tests: the items they create through the HTTP API, small API
 * helpers, and opening the roadmap page. (Not a test file itself.)
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { RunningApp } from '../../bot/src/main';
import type { RoadmapItem, RoadmapItemInput } from '../../bot/src/api/roadmap-contract';
import { apiClient, type ApiResponse } from '../support/api-client';
import type { PageTracker } from '../support/browser';

const base = (over: Partial<RoadmapItemInput>): RoadmapItemInput => ({
  title: 'x', description: '', area: 'buergerservice', status: 'planned', owner: '', milestones: [], dependsOn: [], decisions: [], services: [], ...over,
});

/**
 * The roadmap the tests work with (example areas: the test app configures none). Ids are fixed so
 * the tests can find bars and rows; the order matters (dependencies must exist first).
 */
export const ITEMS: Array<[string, RoadmapItemInput]> = [
  ['melde-online', base({
    title: 'Meldebescheinigung online', area: 'buergerservice', halfYear: '2025-H1', status: 'planned', owner: 'FB Bürgerservice',
    description: 'Bürgerinnen und Bürger beantragen die Meldebescheinigung online.',
    milestones: [{ id: 'pilot', title: 'Pilot startet', date: '2025-03-01', done: true }],
    decisions: [{ id: 'budget', title: 'Mittelfreigabe', body: 'council', due: '2024-12-10', state: 'open' }],
    investment: { oneOff: 48_000, yearly: 6_000, funding: 'own-budget' },
    services: [{ name: 'Meldebescheinigung', ozgBefore: 1, ozgAfter: 3 }],
  })],
  ['e-akte-rollout', base({
    title: 'E-Akte in allen Fachbereichen', area: 'e-akte', start: '2025-01-15', end: '2026-09-30', status: 'in-progress', owner: 'Zentrale Dienste',
    dependsOn: ['melde-online'],
    milestones: [
      { id: 'finanzen', title: 'Finanzen angebunden', date: '2025-06-30', done: true },
      { id: 'bauamt', title: 'Bauamt angebunden', date: '2026-03-01', done: false },
    ],
    investment: { oneOff: 250_000, yearly: 30_000, funding: 'state-funding', fundingNote: 'Digitalisierungsförderung NRW' },
  })],
  ['wlan-altbau', base({ title: 'WLAN im Altbau', area: 'it-arbeitsplatz', halfYear: '2024-H2', status: 'done', investment: { oneOff: 9_000, yearly: 0, funding: 'it-centre' } })],
  ['fax-abschalten', base({ title: 'Fax abschalten', area: 'zentrale-dienste', halfYear: '2023-H2', status: 'cancelled', investment: { oneOff: 5_000, yearly: 0, funding: 'own-budget' } })],
  ['schulung', base({
    title: 'Schulungsprogramm digitale Kompetenzen', area: 'change', start: '2024-03-01', end: '2027-12-31', status: 'delayed',
    decisions: [{ id: 'programm', title: 'Programm beschließen', body: 'executive-board', due: '2025-02-01', state: 'open' }],
    investment: { oneOff: 30_000, yearly: 10_000, funding: 'eu-funding' },
  })],
  ['finanz-workflow', base({ title: 'Rechnungsworkflow', area: 'finanzen', halfYear: '2026-H2', status: 'planned' })],
];

/** A JSON request to the app's API (the development identity needs no token); short for {@link apiClient}. */
export function api<T>(app: RunningApp, method: string, path: string, body?: unknown): Promise<ApiResponse<T>> {
  return apiClient(app).request<T>(method, path, body);
}

/** Creates items through `POST /api/roadmap/items` and fails loudly when one is refused. */
export async function createItems(app: RunningApp, items: Array<[string, RoadmapItemInput]> = ITEMS): Promise<RoadmapItem[]> {
  const created: RoadmapItem[] = [];
  for (const [id, item] of items) {
    const res = await api<RoadmapItem>(app, 'POST', '/api/roadmap/items', { id, item });
    if (res.status !== 201) throw new Error(`creating ${id} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
    created.push(res.body);
  }
  return created;
}

/**
 * Opens the roadmap page (`query` without `?`) in a fresh context and waits until the timeline
 * is rendered, or the page settled otherwise when `waitFor` says so.
 */
export async function openRoadmap(
  pages: PageTracker,
  browser: Browser,
  app: RunningApp,
  query: string,
  options: BrowserContextOptions = {},
  waitFor = '[data-testid="roadmap-timeline"][data-ready="true"]',
): Promise<Page> {
  const page = await pages.open(browser, { viewport: { width: 1280, height: 900 }, ...options });
  await page.goto(`${app.url}/tab/index.html?${query}`);
  await page.waitForSelector('html[data-host="standalone"]', { timeout: 10_000 });
  await page.waitForSelector(waitFor, { timeout: 15_000 });
  return page;
}

/** The bar of an item on the timeline. */
export const bar = (page: Page, id: string) => page.locator(`[data-testid="roadmap-timeline"] button[data-id="${id}"]`);

/** The ids of the rows the list shows, top to bottom. */
export const rowIds = (page: Page) => page.locator('[data-testid="roadmap-row"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')));

/**
 * Picks options of a Fluent multiselect dropdown (its options are `menuitemcheckbox`es; the list
 * stays open while picking, Escape closes it).
 */
export async function pick(page: Page, testId: string, options: string[]): Promise<void> {
  await page.getByTestId(testId).click();
  for (const name of options) await page.getByRole('menuitemcheckbox', { name, exact: true }).click();
  await page.keyboard.press('Escape');
}

/** The element that has focus, by an attribute. */
export const focused = (page: Page, attribute: string) => page.locator(':focus').getAttribute(attribute);

/** Waits (up to 5 s) until `read` gives `expected`, then asserts it. */
export async function eventually<T>(read: () => Promise<T>, expected: T): Promise<void> {
  for (let i = 0; i < 50 && JSON.stringify(await read()) !== JSON.stringify(expected); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(await read()).toEqual(expected);
}
