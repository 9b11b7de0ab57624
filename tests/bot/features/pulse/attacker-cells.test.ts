/**
 * Attacker: anyone who reads a closed round's published figures (results JSON with its total and
 * departments — what the heat map draws —, the CSV and the trend) and subtracts, per question and
 * per answer option, the shown groups' counts from the shown total. Whatever is left belongs to
 * the hidden cells; if it holds 1–4 answers, those few answers are recovered. Random ballots,
 * departments and skipped optional questions, checked with fast-check.
 */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import type { RoundResults } from '../../../../bot/src/api/contract';
import type { Department } from '../../../../bot/src/features/people/departments';
import type { Ballot } from '../../../../bot/src/features/pulse/ballot';
import { resultsCsv } from '../../../../bot/src/features/pulse/csv';
import { roundResults, trend } from '../../../../bot/src/features/pulse/results';
import type { Round } from '../../../../bot/src/features/pulse/round';
import type { Survey } from '../../../../bot/src/features/pulse/survey';
import { addBallots, emptyTally, sumTallies, type Tally } from '../../../../bot/src/features/pulse/tally';

const text = (s: string) => ({ de: s, en: s });
const LABELS = [1, 2, 3, 4, 5].map((n) => text(String(n)));
const SURVEY: Survey = {
  id: 'cells',
  title: text('Cells'),
  questions: [
    { id: 'must', kind: 'scale', text: text('must'), labels: LABELS, optional: false },
    { id: 'maybe', kind: 'scale', text: text('maybe'), labels: LABELS, optional: true },
    { id: 'rarely', kind: 'scale', text: text('rarely'), labels: LABELS, optional: true },
    { id: 'enps', kind: 'enps', text: text('enps'), optional: true },
  ],
};
const DEPARTMENTS: Department[] = ['d1', 'd2', 'd3', 'd4'].map((id) => ({ id, de: id, en: id }));
const ROUND: Round = { id: 'r', survey: SURVEY, opensAt: '2026-11-01T08:00:00Z', closesAt: '2026-11-15T08:00:00Z', departments: [], finalizedAt: '2026-11-15T08:01:00Z' };
const say = (line: string) => process.stdout.write(`  [attacker] ${line}\n`);

const ballotArb = fc.record({
  department: fc.constantFrom('d1', 'd2', 'd3', 'd4'),
  must: fc.integer({ min: 1, max: 5 }),
  maybe: fc.option(fc.integer({ min: 1, max: 5 }), { freq: 2 }),
  rarely: fc.oneof({ arbitrary: fc.constant(null), weight: 4 }, { arbitrary: fc.integer({ min: 1, max: 5 }), weight: 1 }),
  enps: fc.option(fc.integer({ min: 0, max: 10 }), { freq: 3 }),
});
type GenBallot = { department: string; must: number; maybe: number | null; rarely: number | null; enps: number | null };

function talliesOf(ballots: GenBallot[]): Map<string, Tally> {
  const byDept = new Map<string, Ballot[]>();
  for (const b of ballots) {
    const answers: Record<string, number> = { must: b.must };
    if (b.maybe !== null) answers.maybe = b.maybe;
    if (b.rarely !== null) answers.rarely = b.rarely;
    if (b.enps !== null) answers.enps = b.enps;
    byDept.set(b.department, [...(byDept.get(b.department) ?? []), { roundId: 'r', answers }]);
  }
  return new Map([...byDept].map(([d, list]) => [d, addBallots(SURVEY, emptyTally(SURVEY), list)]));
}

/** Published cells: group → question → counts per answer option (only unsuppressed cells). */
type Cells = Map<string, Map<string, number[]>>;

function cellsFromJson(r: RoundResults): { cells: Cells; ballots: Map<string, number> } {
  const cells: Cells = new Map();
  const ballots = new Map<string, number>();
  const groups = [...(r.total ? [['total', r.total] as const] : []), ...r.departments.flatMap((d) => (d.shown && d.results ? [[d.id, d.results] as const] : []))];
  for (const [id, g] of groups) {
    ballots.set(id, g.ballots);
    cells.set(id, new Map(g.questions.filter((q) => !q.suppressed).map((q) => [q.questionId, q.distribution])));
  }
  return { cells, ballots };
}

function cellsFromCsv(csv: string): Cells {
  const rows: string[][] = parse(csv.replace(/^\uFEFF/, ''), { from_line: 2 });
  const cells: Cells = new Map();
  for (const row of rows) {
    const distribution = row[12];
    if (!distribution) continue;
    const group = row[0] === 'Whole administration' ? 'total' : row[0];
    if (!cells.has(group)) cells.set(group, new Map());
    cells.get(group)!.set(row[1], distribution.split(' ').map(Number));
  }
  return cells;
}

/** What the solver recovers: any published or derived cell with 1–4 answers. */
function solve(cells: Cells, ballots?: Map<string, number>): string[] {
  const found: string[] = [];
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  for (const [group, questions] of cells) {
    for (const [q, d] of questions) if (sum(d) >= 1 && sum(d) <= 4) found.push(`${group}/${q} is shown with ${sum(d)} answer(s): ${d.join(',')}`);
  }
  const total = cells.get('total');
  if (!total) return found;
  if (ballots) {
    const rest = ballots.get('total')! - [...ballots].filter(([g]) => g !== 'total').reduce((a, [, n]) => a + n, 0);
    if (rest >= 1 && rest <= 4) found.push(`total − shown departments = ${rest} ballot(s) of the hidden departments`);
  }
  for (const [q, d] of total) {
    const rest = [...d];
    for (const [group, questions] of cells) if (group !== 'total') questions.get(q)?.forEach((n, k) => (rest[k] -= n));
    if (sum(rest) >= 1 && sum(rest) <= 4) found.push(`total − shown cells of "${q}" = ${sum(rest)} answer(s) of hidden cells, per option ${rest.join(',')}`);
  }
  return found;
}

function attack(ballots: GenBallot[]): string[] {
  const tallies = talliesOf(ballots);
  const results = roundResults({ round: ROUND, participation: ballots.length, tallies, comments: [], departments: DEPARTMENTS, departmentsAreExample: false, now: new Date('2026-12-01T00:00:00Z'), random: () => 0.5 });
  const json = cellsFromJson(results);
  const found = solve(json.cells, json.ballots).map((f) => `JSON: ${f}`);
  found.push(...solve(cellsFromCsv(resultsCsv(results, 'en'))).map((f) => `CSV: ${f}`));
  // The trend shows the total's means: a mean must never stand on fewer than 5 answers.
  const total = sumTallies(SURVEY, [...tallies.values()]);
  for (const p of trend(SURVEY, [{ round: ROUND, total }]).points) {
    for (const [q, mean] of Object.entries(p.means)) {
      const answered = total.counts[q].reduce((a, b) => a + b, 0);
      if (mean !== null && answered < 5) found.push(`trend: mean of "${q}" shown from ${answered} answer(s)`);
    }
  }
  return found;
}

describe('attacker: total minus shown groups, per question (trust 10)', () => {
  it('trust 10: no published figure set (results JSON incl. total, heat map, CSV, trend) lets a solver recover a group-question cell with 1–4 answers', () => {
    const outcome = fc.check(fc.property(fc.array(ballotArb, { minLength: 0, maxLength: 60 }), (ballots) => attack(ballots as GenBallot[]).length === 0), { numRuns: 400, seed: 11 });
    if (outcome.failed) {
      const ballots = outcome.counterexample![0] as GenBallot[];
      const perDept = Object.entries(ballots.reduce<Record<string, number>>((a, b) => ({ ...a, [b.department]: (a[b.department] ?? 0) + 1 }), {}));
      say(`counterexample after ${outcome.numRuns} runs: ${ballots.length} ballots, per department ${JSON.stringify(Object.fromEntries(perDept))}`);
      for (const line of attack(ballots).slice(0, 8)) say(`recovered: ${line}`);
    } else {
      say(`${outcome.numRuns} random rounds: the solver recovered nothing`);
    }
    expect(outcome.failed).toBe(false);
  });

  it('trust 10: the concrete case — an optional question answered by 3 in a shown department is not total minus the others', () => {
    const ballots: GenBallot[] = [
      ...Array.from({ length: 8 }, (_, i) => ({ department: 'd1', must: 4, maybe: i < 3 ? 1 : null, rarely: null, enps: 9 })),
      ...Array.from({ length: 6 }, () => ({ department: 'd2', must: 3, maybe: 5, rarely: null, enps: 7 })),
    ];
    const found = attack(ballots);
    for (const line of found) say(`recovered: ${line}`);
    expect(found).toEqual([]);
  });
});

describe('sealing keeps the published figures (trust 14)', () => {
  it('trust 14: merging every unpublished department and hidden cell into one "hidden groups" tally changes no published figure, and repeating it changes nothing', async () => {
    const { sealTallies } = await import('../../../../bot/src/features/pulse/tally');
    const { HIDDEN_GROUPS } = await import('../../../../bot/src/features/pulse/suppression');
    const publish = (tallies: Map<string, Tally>) =>
      roundResults({ round: ROUND, participation: 0, tallies, comments: [], departments: DEPARTMENTS, departmentsAreExample: false, now: new Date('2026-12-01T00:00:00Z'), random: () => 0.5 });
    fc.assert(
      fc.property(fc.array(ballotArb, { maxLength: 60 }), (ballots) => {
        const raw = talliesOf(ballots as GenBallot[]);
        const sealed = sealTallies(SURVEY, raw);
        const shown = new Set(publish(raw).departments.filter((d) => d.shown).map((d) => d.id));
        for (const [key, t] of sealed) {
          if (key === HIDDEN_GROUPS) continue;
          if (!shown.has(key)) return false; // an unpublished department kept its own row
          if (Object.values(t.counts).some((row) => row.reduce((a, b) => a + b, 0) < 5)) return false; // a hidden cell stayed
        }
        expect(publish(sealed)).toEqual(publish(raw));
        expect(sealTallies(SURVEY, sealed)).toEqual(sealed);
        return true;
      }),
      { numRuns: 300, seed: 14 },
    );
  });
});
