/**
 * Shared by the DigiCheck browser tests: opening the page, a cycle run through the API with
 * simulated colleagues, the means the server should show for them, and reading the figures table.
 * (Not a test file itself.)
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { RunningApp } from '../../bot/src/main';
import type { CheckCycleSummary, DimensionId } from '../../bot/src/api/digicheck-contract';
import { QUESTIONNAIRE } from '../../bot/src/features/digicheck/questionnaire';
import type { PageTracker } from '../support/browser';
import { simulateColleagues } from '../support/digicheck';
import { formatLevel } from '../../tab/src/format';
import { api } from './roadmap-support';

/** A level function: the answer 0–4 of person `person` to question `questionId`. */
export type Levels = (questionId: string, person: number) => number;

/** Who answers in a cycle: department, number of people, their levels. */
export type Participants = Array<[string, number, Levels]>;

/** The dimension a question belongs to. */
export const dimensionOf = (questionId: string): DimensionId => QUESTIONNAIRE.dimensions.find((d) => d.questions.some((q) => q.id === questionId))!.id;

/** Mean level per dimension, as the server computes it: the mean of the questions' means, 2 decimals. */
export function expectedMeans(groups: Participants): Record<DimensionId, number> {
  const out = {} as Record<DimensionId, number>;
  for (const d of QUESTIONNAIRE.dimensions) {
    const means = d.questions.map((q) => {
      const answers = groups.flatMap(([, count, level]) => Array.from({ length: count }, (_, p) => level(q.id, p)));
      return answers.reduce((a, b) => a + b, 0) / answers.length;
    });
    out[d.id] = Math.round((means.reduce((a, b) => a + b, 0) / means.length) * 100) / 100;
  }
  return out;
}

/** Opens a cycle through the API, lets the participants complete the check, and closes it. */
export async function runCycle(app: RunningApp, groups: Participants): Promise<string> {
  const created = await api<CheckCycleSummary>(app, 'POST', '/api/digicheck/cycles', { closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString() });
  if (created.status !== 201) throw new Error(`opening a cycle answered ${created.status}: ${JSON.stringify(created.body)}`);
  for (const [department, count, level] of groups) await simulateColleagues(app, created.body.id, count, department, level);
  const closed = await api<CheckCycleSummary>(app, 'POST', `/api/digicheck/cycles/${created.body.id}/close`);
  if (closed.status !== 200 || closed.body.state !== 'closed') throw new Error(`closing answered ${closed.status}: ${JSON.stringify(closed.body)}`);
  return created.body.id;
}

/** The radar, drawn. */
export const RADAR_READY = '[data-testid="digicheck-radar"][data-ready="true"]';

/**
 * Opens the DigiCheck page (`hash` goes after `#digicheck`, e.g. `?cycle=…`) in a fresh context and
 * waits until `waitFor` shows (the radar unless told otherwise).
 */
export async function openCheck(
  pages: PageTracker,
  browser: Browser,
  app: RunningApp,
  query: string,
  options: BrowserContextOptions = {},
  hash = '',
  waitFor = RADAR_READY,
): Promise<Page> {
  const page = await pages.open(browser, { viewport: { width: 1280, height: 900 }, ...options });
  await page.goto(`${app.url}/tab/index.html?${query}#digicheck${hash}`);
  await page.waitForSelector('html[data-host="standalone"]', { timeout: 10_000 });
  await page.waitForSelector(waitFor, { timeout: 15_000 });
  return page;
}

/** The figures table's cells of one column (`group`, `change`, `whole`, `target`), by dimension. */
export function column(page: Page, col: string): Promise<Record<string, string | null>> {
  return page.locator('[data-testid="digicheck-table"] tbody tr').evaluateAll(
    (rows, c) => Object.fromEntries(rows.map((row) => [row.getAttribute('data-dimension') ?? '', row.querySelector(`[data-col="${c}"]`)?.textContent ?? null])),
    col,
  );
}

/** Means as the table shows them. */
export const formatted = (means: Record<string, number>, locale: 'de' | 'en'): Record<string, string> =>
  Object.fromEntries(Object.entries(means).map(([d, v]) => [d, formatLevel(v, locale)]));
