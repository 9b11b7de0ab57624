/**
 * Shared by the announcements browser tests: the real app (announcer role) with a simulated Teams
 * connector on loopback, people and a team who installed the app, small API helpers, and opening
 * the page. (Not a test file itself.)
 */
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import type { Announcement, AnnouncementInput } from '../../bot/src/api/announcements-contract';
import type { RunningApp } from '../../bot/src/main';
import * as A from '../support/activities';
import { apiClient, type ApiResponse } from '../support/api-client';
import { postActivity, startTestApp } from '../support/app';
import type { PageTracker } from '../support/browser';
import { SimulatedConnector } from '../support/teams-connector';

/** The team whose channel has the app. */
export const TEAM = { id: '19:rathaus-team@thread.tacv2', name: 'Rathaus Leopoldshöhe' };

/** The app, its connector and the people who installed the app. */
export interface AnnouncementsWorld {
  app: RunningApp;
  connector: SimulatedConnector;
  people: A.TestUser[];
  stop: () => Promise<void>;
}

/**
 * Starts the app signed in as an announcer, a deterministic connector (no injected faults), and
 * installs the app for `people` persons and in {@link TEAM}.
 * @param sendRate - proactive messages per second (low, so sending takes a few seconds to watch).
 */
export async function startWorld(people: number, sendRate = 48, env: Record<string, string> = {}): Promise<AnnouncementsWorld> {
  const connector = await new SimulatedConnector({ faultRate: 0, seed: 3 }).start();
  const app = await startTestApp({ DEV_ROLES: 'announcer', MUNICIPALITY_NAME: 'Gemeinde Leopoldshöhe', SEND_RATE_PER_SECOND: String(sendRate), ...env });
  const o = { serviceUrl: connector.url };
  const persons = Array.from({ length: people }, (_, i) => A.testUser(`Person ${i}`));
  for (const [i, p] of persons.entries()) await postActivity(app, A.personalInstall(p, { ...o, locale: i % 2 ? 'en-US' : 'de-DE' }));
  if (persons[0]) await postActivity(app, A.teamInstall(TEAM, persons[0], o));
  return {
    app,
    connector,
    people: persons,
    stop: async () => {
      await app.stop();
      await connector.stop();
    },
  };
}

/** A JSON request to the app's API (the development identity needs no token); short for {@link apiClient}. */
export function api<T>(app: RunningApp, method: string, path: string, body?: unknown): Promise<ApiResponse<T>> {
  return apiClient(app).request<T>(method, path, body);
}

/** An announcement in German only, to all employees. */
export const simpleInput = (title: string, over: Partial<AnnouncementInput> = {}): AnnouncementInput => ({
  languages: 'de',
  de: { title, text: 'Ein **kurzer** Hinweis.' },
  author: 'Die Verwaltungsleitung',
  acknowledge: true,
  audience: { allEmployees: true, teams: [], departments: [] },
  ...over,
});

/** Creates a draft through the API and sends it; waits until it is sent. */
export async function sendThroughApi(app: RunningApp, id: string, input: AnnouncementInput): Promise<Announcement> {
  const created = await api<Announcement>(app, 'POST', '/api/announcements', { id, announcement: input });
  if (created.status !== 201) throw new Error(`creating ${id} answered ${created.status}`);
  const sent = await api<Announcement>(app, 'POST', `/api/announcements/${id}/send`, { etag: created.body.etag });
  if (sent.status !== 202) throw new Error(`sending ${id} answered ${sent.status}`);
  for (let i = 0; i < 200; i += 1) {
    const now = await api<Announcement>(app, 'GET', `/api/announcements/${id}`);
    if (now.body.state === 'sent') return now.body;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${id} was not sent in time`);
}

/** Opens the announcements page (`query` without `?`) in a fresh context and waits for the list. */
export async function openAnnouncements(pages: PageTracker, browser: Browser, app: RunningApp, query: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await pages.open(browser, { viewport: { width: 1280, height: 900 }, ...options });
  await page.goto(`${app.url}/tab/index.html?${query}#announcements`);
  await page.waitForSelector('html[data-host="standalone"]', { timeout: 10_000 });
  await page.getByTestId('announcement-list').waitFor({ timeout: 15_000 });
  return page;
}

/**
 * Picks options of a Fluent multiselect dropdown (its options are `menuitemcheckbox`es; the list
 * stays open while picking, Escape closes it).
 */
export async function pick(page: Page, testId: string, options: string[]): Promise<void> {
  await page.getByTestId(testId).click();
  for (const name of options) await page.getByRole('menuitemcheckbox', { name, exact: true }).click();
  await page.keyboard.press('Escape');
}

/** The recipient count the form shows, once counted (as `data-count`). */
export async function recipientCount(page: Page, expected: number): Promise<void> {
  await page.locator(`[data-testid="recipient-count"][data-state="ok"][data-count="${expected}"]`).waitFor({ timeout: 10_000 });
}

/** The rendered Adaptive Card of the preview, once it shows `text`. */
export async function previewShowing(page: Page, text: string): Promise<Locator> {
  const card = page.locator('[data-testid="card-preview"][data-ready="true"] .ac-adaptiveCard');
  await card.getByText(text, { exact: false }).first().waitFor({ timeout: 10_000 });
  return card;
}

/** Announcement cards the connector delivered to a conversation (welcome cards are not ones). */
export const announcementsTo = (connector: SimulatedConnector, conversationId: string) =>
  (connector.delivered.get(conversationId) ?? []).filter((a) => JSON.stringify(a).includes('"style":"heading"'));
