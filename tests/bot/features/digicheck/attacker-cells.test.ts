/**
 * Attacker: anyone who reads a closed DigiCheck cycle's results and subtracts, per question (the
 * optional OZG question included) and per level, the shown departments' counts from the whole
 * administration's. Whatever is left belongs to hidden cells; with 1–4 answers in it, those few
 * answers are recovered. Random completed checks, departments and skipped OZG answers (fast-check).
 */
import fc from 'fast-check';
import type { CheckCycleSummary, CheckGroupResult, CheckResults } from '../../../../bot/src/api/digicheck-contract';
import { allQuestions } from '../../../../bot/src/features/digicheck/model';
import { QUESTIONNAIRE as Q } from '../../../../bot/src/features/digicheck/questionnaire';
import { checkResults } from '../../../../bot/src/features/digicheck/results';
import { aggregate } from '../../../../bot/src/features/digicheck/scoring';
import type { CheckResponse } from '../../../../bot/src/features/digicheck/store';

const DEPARTMENTS = ['finanzen', 'zentrale-dienste', 'buergerservice', 'bauen-umwelt'];
const QUESTIONS = allQuestions(Q).map((x) => x.id);
const CYCLE: CheckCycleSummary = { id: '20270111-abc123', opensAt: '2027-01-11T07:00:00.000Z', closesAt: '2027-01-29T17:00:00.000Z', state: 'closed', targets: { strategy: 2.5, readiness: 2.5, people: 2.5, data: 2.5, interoperability: 2.5, sustainability: 2.5 }, respondents: 0, etag: 'W/"1"' };
const say = (line: string) => process.stdout.write(`  [attacker] ${line}\n`);

const responseArb = fc.record({
  department: fc.constantFrom(...DEPARTMENTS),
  level: fc.integer({ min: 0, max: 4 }),
  ozg: fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: fc.integer({ min: 0, max: 4 }), weight: 1 }),
});
type Gen = { department: string; level: number; ozg?: number };

const responsesOf = (gen: Gen[]): CheckResponse[] =>
  gen.map((g, i) => ({ department: g.department, answers: Object.fromEntries(QUESTIONS.map((q, k) => [q, (g.level + i + k) % 5])), ...(g.ozg !== undefined && { ozg: g.ozg }), updatedAt: '2027-01-12' }));

function cells(r: CheckResults): Map<string, Map<string, number[]>> {
  const groups: Array<[string, CheckGroupResult]> = [...(r.whole ? [['whole', r.whole] as [string, CheckGroupResult]] : []), ...r.departments.flatMap((d) => (d.result ? [[d.department, d.result] as [string, CheckGroupResult]] : []))];
  return new Map(groups.map(([id, g]) => [id, new Map([...Object.entries(g.questions), ...(g.ozg ? [['ozg', g.ozg.counts] as [string, number[]]] : [])])]));
}

function attack(gen: Gen[]): string[] {
  const results = checkResults({ questionnaire: Q, cycle: CYCLE, aggregates: aggregate(Q, responsesOf(gen)), departments: DEPARTMENTS, links: [], items: new Map() });
  const published = cells(results);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const found: string[] = [];
  for (const [group, questions] of published) for (const [q, d] of questions) if (sum(d) >= 1 && sum(d) <= 4) found.push(`${group}/${q} is shown with ${sum(d)} answer(s): ${d.join(',')}`);
  const whole = published.get('whole');
  if (whole) {
    const rest = results.whole!.respondents - results.departments.reduce((a, d) => a + (d.result?.respondents ?? 0), 0);
    if (rest >= 1 && rest <= 4) found.push(`whole − shown departments = ${rest} check(s) of hidden departments`);
    for (const [q, d] of whole) {
      const left = [...d];
      for (const [group, questions] of published) if (group !== 'whole') questions.get(q)?.forEach((n, k) => (left[k] -= n));
      if (sum(left) >= 1 && sum(left) <= 4) found.push(`whole − shown departments of "${q}" = ${sum(left)} answer(s), per level ${left.join(',')}`);
    }
  }
  return found;
}

describe('attacker: whole minus shown departments, per question (trust 10)', () => {
  it('trust 10: no DigiCheck result lets a solver recover a group-question cell with 1–4 answers (the optional OZG question included)', () => {
    const outcome = fc.check(fc.property(fc.array(responseArb, { maxLength: 40 }), (gen) => attack(gen as Gen[]).length === 0), { numRuns: 300, seed: 10 });
    if (outcome.failed) {
      const gen = outcome.counterexample![0] as Gen[];
      say(`counterexample: ${gen.length} completed checks, ${gen.filter((g) => g.ozg !== undefined).length} with an OZG answer`);
      for (const line of attack(gen).slice(0, 6)) say(`recovered: ${line}`);
    } else {
      say(`${outcome.numRuns} random cycles: the solver recovered nothing`);
    }
    expect(outcome.failed).toBe(false);
  });
});
