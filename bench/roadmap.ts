import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { odata, TableClient } from '@azure/data-tables';
import type { Browser } from 'playwright-core';
import type { RoadmapItemInput } from '../bot/src/api/roadmap-contract';
import { EXAMPLE_ROADMAP } from '../bot/src/features/roadmap/example-roadmap';
import { isCalendarDay, itemInputSchema } from '../bot/src/features/roadmap/model';
import { diff } from '../bot/src/features/roadmap/service';
import { RoadmapStore } from '../bot/src/features/roadmap/store';
import { roadmapAreas } from '../bot/src/features/roadmap/areas';
import { startApp, type RunningApp } from '../bot/src/main';
import { Tables } from '../bot/src/storage/tables';
import { launchChromium } from '../scripts/chromium';
import { percentile, ratioLine, runPool } from './stats';

const ROOT = resolve(__dirname, '..');
const TAB_DIR = join(ROOT, 'dist', 'tab');
/** What the tab's roadmap page sets once its timeline shows the items (the tab's contract with tests and this bench). */
const READY = '[data-testid="roadmap-timeline"][data-ready="true"]';
/** Budget for the tab's initial JavaScript, gzip-compressed (kB = 1,000 bytes). */
const INITIAL_JS_BUDGET_KB = 250;
/** Budget for the roadmap page's first render. */
const FIRST_RENDER_BUDGET_MS = 1000;

/** A figure shown for context, with no target of its own (the same column layout as {@link ratioLine}). */
const infoLine = (name: string, value: number, unit = '') => `${name.padEnd(46)} ${value.toFixed(2).padStart(8)}${unit ? ` ${unit}` : ''}   (context)`;
const median = (xs: number[]) => percentile(xs, 50);

/** Shifts every date of an item by whole years: its span, milestones and decisions move together. */
function shiftYears(item: RoadmapItemInput, years: number): RoadmapItemInput {
  const day = (d: string) => {
    const shifted = `${Number(d.slice(0, 4)) + years}${d.slice(4)}`;
    return isCalendarDay(shifted) ? shifted : `${shifted.slice(0, 8)}28`; // 29 February into a common year
  };
  const out: RoadmapItemInput = {
    ...item,
    milestones: item.milestones.map((m) => ({ ...m, date: day(m.date) })),
    decisions: item.decisions.map((d) => ({ ...d, due: day(d.due) })),
  };
  if (item.halfYear) out.halfYear = `${Number(item.halfYear.slice(0, 4)) + years}${item.halfYear.slice(4)}`;
  if (item.start) out.start = day(item.start);
  if (item.end) out.end = day(item.end);
  return out;
}

/** Every year an item mentions (its span, milestones and decision dates). */
function yearsOf(item: RoadmapItemInput): number[] {
  const dates = [item.halfYear, item.start, item.end, ...item.milestones.map((m) => m.date), ...item.decisions.map((d) => d.due)];
  return dates.filter((d): d is string => d !== undefined).map((d) => Number(d.slice(0, 4)));
}

/**
 * `count` valid items: variations of the example roadmap, each moved to another area and shifted
 * by whole years within the program, so they cover every area and half-year. Dependencies point
 * within the same variation, as in the example, so the set is as valid as the example itself.
 */
export function generatedItems(count: number, areaIds: string[]): Array<{ id: string; input: RoadmapItemInput }> {
  const out: Array<{ id: string; input: RoadmapItemInput }> = [];
  for (let v = 0; out.length < count; v++) {
    const prefix = `v${String(v).padStart(3, '0')}`;
    for (const { id, item } of EXAMPLE_ROADMAP) {
      if (out.length === count) break;
      const years = yearsOf(item);
      const lo = 2023 - Math.min(...years);
      const hi = 2030 - Math.max(...years);
      const moved = shiftYears(item, lo + (v % (hi - lo + 1)));
      const area = areaIds[(areaIds.indexOf(item.area) + v) % areaIds.length];
      const input = itemInputSchema.parse({ ...moved, area, title: v === 0 ? item.title : `${item.title} (${v + 1})`, dependsOn: item.dependsOn.map((d) => `${prefix}-${d}`) });
      out.push({ id: `${prefix}-${id}`, input });
    }
  }
  return out;
}

/** Builds the tab unless dist/tab is there (the app only serves /tab/ when it exists at start). */
function ensureTabBuilt(): void {
  if (existsSync(join(TAB_DIR, 'index.html'))) return;
  console.error('dist/tab is missing: running `npm run build:tab` …');
  const r = spawnSync('npm', ['run', 'build:tab'], { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] });
  if (r.status !== 0) throw new Error(`npm run build:tab failed (exit ${r.status})`);
}

/** (a) `GET /api/roadmap/items` with the items loaded, against `/areas` and a raw listEntities. */
async function apiFigures(app: RunningApp, itemCount: number, samples: number): Promise<string[]> {
  const get = async (path: string) => {
    const res = await fetch(`${app.url}${path}`);
    const body = await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path}: status ${res.status}`);
    return body.byteLength;
  };
  // The same 1,000 entities the store reads, with the same filter, drained as the store does.
  const raw = TableClient.fromConnectionString(app.storageConnectionString, `${app.config.tablePrefix}Roadmap`, { allowInsecureConnection: true });
  const filter = odata`PartitionKey eq ${'roadmap'} and RowKey ge ${'i|'} and RowKey lt ${'i}'}`;
  const listRaw = async () => {
    let n = 0;
    for await (const page of raw.listEntities({ queryOptions: { filter } }).byPage()) n += page.length;
    if (n !== itemCount) throw new Error(`raw listEntities found ${n} items, expected ${itemCount}`);
  };

  // The whole list in one page, as the tab asks for it (the default page is 200 items since trust 3):
  // the figure stays comparable with the runs before paging.
  const ITEMS = '/api/roadmap/items?limit=1000';
  let bytes = 0;
  for (let i = 0; i < 5; i++) {
    await get('/api/roadmap/areas');
    bytes = await get(ITEMS);
    await listRaw();
  }
  const floor: number[] = [];
  const items: number[] = [];
  const rawTimes: number[] = [];
  // Interleaved, so drift (GC, a noisy neighbour) hits all three alike.
  for (let i = 0; i < samples; i++) {
    let t0 = performance.now();
    await get('/api/roadmap/areas');
    floor.push(performance.now() - t0);
    t0 = performance.now();
    await get(ITEMS);
    items.push(performance.now() - t0);
    t0 = performance.now();
    await listRaw();
    rawTimes.push(performance.now() - t0);
  }
  const [f50, i50, i99, r50, r99] = [median(floor), median(items), percentile(items, 99), median(rawTimes), percentile(rawTimes, 99)];
  return [
    `roadmap items API: ${itemCount} items (${(bytes / 1e6).toFixed(2)} MB JSON), ${samples} samples; ` +
      `GET /api/roadmap/items p50 ${i50.toFixed(1)} ms, p99 ${i99.toFixed(1)} ms; floor GET /api/roadmap/areas p50 ${f50.toFixed(2)} ms; ` +
      `raw listEntities p50 ${r50.toFixed(1)} ms, p99 ${r99.toFixed(1)} ms`,
    // No targets were set for these: they say where the time goes (storage read vs. the rest).
    infoLine('items p50 / areas p50 (auth+HTTP floor)', i50 / f50),
    infoLine('items p50 / raw listEntities p50', i50 / r50),
    infoLine('items p99 / raw listEntities p99', i99 / r99),
  ];
}

/** (b) Navigation start → the roadmap timeline marks itself ready, against /healthz's document load. */
async function tabFigures(app: RunningApp, itemCount: number, runs: number): Promise<string[]> {
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const floor: number[] = [];
    const tab: number[] = [];
    for (let i = 0; i < runs; i++) {
      // A fresh context per run: no cache, as when someone opens the tab for the first time.
      const fc = await browser.newContext();
      const fp = await fc.newPage();
      await fp.goto(`${app.url}/healthz`, { waitUntil: 'load' });
      // In-page code as strings: this project compiles without the DOM library.
      await fp.waitForFunction(`(performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0) > 0`);
      floor.push(Number(await fp.evaluate(`performance.getEntriesByType('navigation')[0].loadEventEnd`)));
      await fc.close();

      const tc = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const tp = await tc.newPage();
      // Recorded in the page the moment the marker appears: no polling delay from this side.
      await tp.addInitScript(`(() => {
        const observer = new MutationObserver(() => {
          if (window.__roadmapReadyAt === undefined && document.querySelector(${JSON.stringify(READY)})) {
            window.__roadmapReadyAt = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready', 'data-testid'] });
      })()`);
      await tp.goto(`${app.url}/tab/index.html#roadmap`, { waitUntil: 'commit' });
      try {
        // waitForSelector, not a string waitForFunction: the tab's CSP (no 'unsafe-eval') blocks
        // Playwright's string predicates; the time itself was recorded by the init script above.
        await tp.waitForSelector(READY, { timeout: 15_000 });
      } catch {
        await tc.close();
        return [`tab first render: not measurable yet: marker missing (${READY} did not appear within 15 s on /tab/index.html#roadmap)`];
      }
      tab.push(Number(await tp.evaluate('window.__roadmapReadyAt')));
      await tc.close();
    }
    const [f, t] = [median(floor), median(tab)];
    return [
      `tab first render: ${itemCount} items, median of ${runs}; /healthz document load ${f.toFixed(1)} ms; roadmap timeline ready ${t.toFixed(1)} ms`,
      infoLine('first render / healthz load (floor)', t / f),
      ratioLine(`first render / ${FIRST_RENDER_BUDGET_MS} ms budget`, t / FIRST_RENDER_BUDGET_MS, '<= 1', t < FIRST_RENDER_BUDGET_MS),
    ];
  } finally {
    await browser?.close();
  }
}

/** (c) The tab's initial JavaScript (entry script and module preloads), gzip level 9, against the budget. */
export function initialJsFigures(tabDir = TAB_DIR): string[] {
  const html = readFileSync(join(tabDir, 'index.html'), 'utf8');
  const srcs = [
    ...[...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]),
  ];
  if (srcs.length === 0) throw new Error(`${tabDir}/index.html names no module script`);
  let raw = 0;
  let gzip = 0;
  for (const src of new Set(srcs)) {
    // The tab is served under /tab/ from dist/tab (see bot/src/http/server.ts).
    const file = readFileSync(join(tabDir, src.replace(/^\/tab\//, '').replace(/^\.?\//, '')));
    raw += file.length;
    gzip += gzipSync(file, { level: 9 }).length;
  }
  const kb = gzip / 1000;
  return [
    `tab initial JS: ${new Set(srcs).size} files, ${(raw / 1000).toFixed(1)} kB raw, ${kb.toFixed(1)} kB gzip (level 9)`,
    ratioLine(`initial JS gzip / ${INITIAL_JS_BUDGET_KB} kB budget`, kb / INITIAL_JS_BUDGET_KB, '<= 1', kb <= INITIAL_JS_BUDGET_KB),
  ];
}

/**
 * Roadmap benchmark with `items` generated items (variations of the example roadmap over every
 * area and half-year), on the app as a viewer signs in to it (DEV_IDENTITY, role viewer):
 * (a) the item list API against `/areas` (same auth and HTTP pipeline, no storage) and against a
 * raw listEntities of the same entities; (b) the tab's first render of the roadmap in headless
 * Chromium against the load of the server's /healthz document; (c) the tab's initial JS size.
 */
export async function benchRoadmap(opts: { items: number; samples: number; tabRuns: number }): Promise<string[]> {
  ensureTabBuilt();
  const app = await startApp({
    PORT: '0', HOST: '127.0.0.1', AZURITE_IN_MEMORY: 'true', LOG_LEVEL: 'silent', PULSE_TICK_SECONDS: '0',
    DEV_IDENTITY: 'Bench Viewer', DEV_ROLES: 'viewer',
  });
  const lines: string[] = [];
  try {
    // Loaded through the store directly: the service's create re-reads every item per dependency
    // check, which would make loading 1,000 items quadratic for no benefit to the figures.
    const store = new RoadmapStore(new Tables(app.storageConnectionString, app.config.tablePrefix));
    const items = generatedItems(opts.items, roadmapAreas(app.config).map((a) => a.id));
    const at = new Date().toISOString();
    await runPool(items.length, 16, async (i) => {
      const { id, input } = items[i];
      await store.create({ id, input, example: true, createdAt: at, createdBy: 'bench' }, { at, by: 'bench', changes: diff(undefined, input) });
    });
    lines.push(...(await apiFigures(app, items.length, opts.samples)));
    lines.push(...(await tabFigures(app, items.length, opts.tabRuns)));
  } finally {
    await app.stop();
  }
  lines.push(...initialJsFigures());
  return lines;
}
