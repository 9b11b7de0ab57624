import { odata, TableClient } from '@azure/data-tables';
import type { CheckCycleSummary, CheckResults } from '../bot/src/api/digicheck-contract';
import { allQuestions } from '../bot/src/features/digicheck/model';
import { QUESTIONNAIRE } from '../bot/src/features/digicheck/questionnaire';
import { DigiCheckStore } from '../bot/src/features/digicheck/store';
import { startApp, type RunningApp } from '../bot/src/main';
import { Tables } from '../bot/src/storage/tables';
import { simulateColleagues } from '../tests/support/digicheck';
import { percentile, ratioLine, runPool } from './stats';

/** The issue's target for the results API. */
const RESULTS_P50_TARGET_MS = 100;
/** Checks (people) in flight while the checks are stored. */
const CONCURRENCY = 32;
/**
 * Share of the checks that go through the chat's path (`DigiCheckService.submit`, six card submits
 * each). That path costs about 7 ms of CPU per submit with the emulator in the same process, so
 * 10,000 checks take about 4 minutes on a quiet 2-core machine (far longer on a busy one); the
 * others are written as the one
 * answer row per person the service leaves behind (same store, same keys, same shape), which is
 * all that closing and the results read.
 */
const THROUGH_SERVICE = 0.1;

/** A figure shown for context, with no target of its own (the layout of roadmap.ts's info lines). */
const infoLine = (name: string, value: number, unit = '') => `${name.padEnd(46)} ${value.toFixed(2).padStart(8)}${unit ? ` ${unit}` : ''}   (context)`;

/** Uneven department sizes summing to `total`: weights 1, 6, 4, 2, 7, 5, 3, 1, … in department order. */
function departmentSizes(departmentIds: string[], total: number): Array<{ department: string; count: number }> {
  const weights = departmentIds.map((_, k) => ((k * 5) % 7) + 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.floor((total * w) / sum));
  sizes[sizes.length - 1] += total - sizes.reduce((a, b) => a + b, 0);
  return departmentIds.map((department, k) => ({ department, count: sizes[k] }));
}

/** A deterministic level 0–4 per question, person and department (the results vary by department). */
function levelOf(dept: number) {
  return (questionId: string, person: number) => {
    let h = dept * 31 + person * 7;
    for (const c of questionId) h = (h * 33 + c.charCodeAt(0)) % 1_000_003;
    return h % 5;
  };
}

/** Entities of the DigiCheck table whose PartitionKey starts with `r|` (answer rows of any cycle). */
async function answerRows(app: RunningApp): Promise<number> {
  const raw = TableClient.fromConnectionString(app.storageConnectionString, `${app.config.tablePrefix}DigiCheck`, { allowInsecureConnection: true });
  let n = 0;
  const filter = odata`PartitionKey ge ${'r|'} and PartitionKey lt ${'r}'}`;
  for await (const page of raw.listEntities({ queryOptions: { filter, select: ['RowKey'] } }).byPage()) n += page.length;
  return n;
}

/**
 * DigiCheck benchmark on the app as the change team signs in to it (DEV_IDENTITY): a cycle with
 * `checks` completed checks spread unevenly over the configured departments (a share through the
 * service as the chat's cards send them, see {@link THROUGH_SERVICE}); closing it over HTTP
 * (aggregation and deletion of every answer row), checked to leave no answer row and to count
 * every check; then `GET …/results` against the questionnaire route (same auth and HTTP pipeline,
 * no storage) and against the issue's 100 ms target for its p50.
 */
export async function benchDigiCheck(opts: { checks: number; samples: number }): Promise<string[]> {
  const app = await startApp({
    PORT: '0', HOST: '127.0.0.1', AZURITE_IN_MEMORY: 'true', LOG_LEVEL: 'silent', PULSE_TICK_SECONDS: '0',
    DEV_IDENTITY: 'Bench Change Team', DEV_ROLES: 'viewer,changeTeam',
  });
  const call = async <T>(method: string, path: string, body?: unknown): Promise<{ body: T; bytes: number }> => {
    const res = await fetch(`${app.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path}: status ${res.status} ${text.slice(0, 200)}`);
    return { body: JSON.parse(text) as T, bytes: Buffer.byteLength(text) };
  };
  const lines: string[] = [];
  try {
    const cycleId = (await call<CheckCycleSummary>('POST', '/api/digicheck/cycles', { closesAt: new Date(Date.now() + 14 * 86_400_000).toISOString() })).body.id;

    // (a) Store the checks. A share through the service (six card submits per person, every
    // department in parallel), the rest as the answer rows the service writes.
    const sizes = departmentSizes(app.config.departments.map((d) => d.id), opts.checks);
    const viaService = sizes.map(({ count }) => Math.min(count, Math.ceil(count * THROUGH_SERVICE)));
    const serviceChecks = viaService.reduce((a, b) => a + b, 0);
    let t0 = performance.now();
    await Promise.all(
      sizes.map(({ department }, k) =>
        viaService[k] === 0 ? undefined : simulateColleagues(app, cycleId, viaService[k], department, levelOf(k), Math.max(1, Math.round((CONCURRENCY * viaService[k]) / serviceChecks))),
      ),
    );
    const serviceS = (performance.now() - t0) / 1000;
    const store = new DigiCheckStore(new Tables(app.storageConnectionString, app.config.tablePrefix));
    const questions = allQuestions(QUESTIONNAIRE);
    const rows = sizes.flatMap(({ department, count }, k) => Array.from({ length: count - viaService[k] }, (_, i) => ({ department, k, person: viaService[k] + i })));
    t0 = performance.now();
    await runPool(rows.length, CONCURRENCY, async (i) => {
      const { department, k, person } = rows[i];
      const level = levelOf(k);
      const answers = Object.fromEntries(questions.map((x) => [x.id, level(x.id, person)]));
      const ozg = person % 3 === 0 ? {} : { ozg: level('ozg', person) };
      if (!(await store.putResponse(cycleId, `bench-${department}-${person}`, { department, answers, ...ozg, updatedAt: new Date().toISOString() }, undefined))) throw new Error('answer row exists');
    });
    const rowsS = (performance.now() - t0) / 1000;
    const rowsBefore = await answerRows(app);
    lines.push(
      `digicheck: ${opts.checks.toLocaleString('en')} completed checks over ${sizes.length} departments (${sizes.map((s) => `${s.department} ${s.count}`).join(', ')}); ${rowsBefore.toLocaleString('en')} answer rows`,
      `  ${serviceChecks.toLocaleString('en')} through DigiCheckService.submit (${serviceChecks * 6} card submits, ${CONCURRENCY} people in flight) in ${serviceS.toFixed(1)} s = ${(serviceChecks / serviceS).toFixed(1)} checks/s` +
        ` (all ${opts.checks.toLocaleString('en')} this way: ~${((opts.checks / serviceChecks) * serviceS).toFixed(0)} s); ${rows.length.toLocaleString('en')} as answer rows through DigiCheckStore in ${rowsS.toFixed(1)} s`,
    );

    // (b) Close: aggregate per department, then delete every answer row.
    t0 = performance.now();
    const closed = (await call<CheckCycleSummary>('POST', `/api/digicheck/cycles/${cycleId}/close`)).body;
    const closeMs = performance.now() - t0;
    const left = await answerRows(app);
    lines.push(`  closing (aggregation + deletion of ${rowsBefore.toLocaleString('en')} answer rows) ${(closeMs / 1000).toFixed(2)} s = ${((rowsBefore / closeMs) * 1000).toFixed(0)} rows/s; state ${closed.state}`);
    lines.push(ratioLine('  answer rows left after closing', left, '0', left === 0));
    lines.push(ratioLine('  respondents counted − checks stored', (closed.respondents ?? 0) - opts.checks, '0', closed.respondents === opts.checks));

    // (c) Results over HTTP against the questionnaire route; the first request fills the cache of totals.
    const resultsPath = `/api/digicheck/cycles/${cycleId}/results`;
    t0 = performance.now();
    const first = await call<CheckResults>('GET', resultsPath);
    const coldMs = performance.now() - t0;
    const shown = first.body.departments.filter((d) => d.result !== null).length;
    if (first.body.whole?.respondents !== opts.checks) throw new Error(`results count ${first.body.whole?.respondents} respondents, expected ${opts.checks}`);
    let floorBytes = 0;
    for (let i = 0; i < 20; i++) {
      await call('GET', resultsPath);
      floorBytes = (await call('GET', '/api/digicheck/questionnaire')).bytes;
    }
    const floor: number[] = [];
    const results: number[] = [];
    // Interleaved, so drift (GC, a noisy neighbour) hits both alike.
    for (let i = 0; i < opts.samples; i++) {
      let t = performance.now();
      await call('GET', '/api/digicheck/questionnaire');
      floor.push(performance.now() - t);
      t = performance.now();
      await call('GET', resultsPath);
      results.push(performance.now() - t);
    }
    const [f50, f99, r50, r99] = [percentile(floor, 50), percentile(floor, 99), percentile(results, 50), percentile(results, 99)];
    lines.push(
      `  results API: ${opts.samples} samples (${(first.bytes / 1000).toFixed(1)} kB JSON, ${shown} of ${sizes.length} departments shown); ` +
        `GET …/results p50 ${r50.toFixed(2)} ms, p99 ${r99.toFixed(2)} ms, first (cold) ${coldMs.toFixed(1)} ms; ` +
        `floor GET /api/digicheck/questionnaire (${(floorBytes / 1000).toFixed(1)} kB) p50 ${f50.toFixed(2)} ms, p99 ${f99.toFixed(2)} ms`,
    );
    lines.push(infoLine('  results p50 / questionnaire p50 (floor)', r50 / f50));
    lines.push(infoLine('  results p99 / questionnaire p99 (floor)', r99 / f99));
    lines.push(ratioLine(`  results p50 / ${RESULTS_P50_TARGET_MS} ms target`, r50 / RESULTS_P50_TARGET_MS, '< 1', r50 < RESULTS_P50_TARGET_MS));
  } finally {
    await app.stop();
  }
  return lines;
}
