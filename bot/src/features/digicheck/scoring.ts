import { DIMENSION_IDS, MAX_LEVEL, type CheckGroupResult, type DimensionId, type Questionnaire } from '../../api/digicheck-contract';
import { HIDDEN_GROUPS, MIN_BALLOTS, publication, type Publication } from '../pulse/suppression';
import { allQuestions, isLevel } from './model';
import type { CheckAggregate, CheckResponse } from './store';

const zeros = () => Array.from({ length: MAX_LEVEL + 1 }, () => 0);
const round2 = (n: number) => Math.round(n * 100) / 100;

/** True when every question of the questionnaire has an answer (the OZG one is optional). */
export function isComplete(q: Questionnaire, answers: Record<string, number>): boolean {
  return allQuestions(q).every((x) => isLevel(answers[x.id]));
}

/** The first dimension (index) with an unanswered question, or undefined when complete. */
export function firstOpenStep(q: Questionnaire, answers: Record<string, number>): number | undefined {
  const i = q.dimensions.findIndex((d) => d.questions.some((x) => !isLevel(answers[x.id])));
  return i < 0 ? undefined : i;
}

/** The mean level of a set of answered questions of one dimension (a person's own summary). */
export function dimensionMeanOf(q: Questionnaire, dimension: DimensionId, answers: Record<string, number>): number | undefined {
  const levels = q.dimensions.find((d) => d.id === dimension)!.questions.map((x) => answers[x.id]).filter(isLevel);
  return levels.length ? round2(levels.reduce((a, b) => a + b, 0) / levels.length) : undefined;
}

/**
 * Adds up completed checks per department. Incomplete ones do not count (their answers are
 * deleted with the rest); answers to questions no longer in the questionnaire are ignored.
 */
export function aggregate(q: Questionnaire, responses: Iterable<CheckResponse>): CheckAggregate[] {
  const byDept = new Map<string, CheckAggregate>();
  const questions = allQuestions(q);
  for (const r of responses) {
    if (!r.department || !isComplete(q, r.answers)) continue;
    let agg = byDept.get(r.department);
    if (!agg) {
      agg = { department: r.department, respondents: 0, counts: Object.fromEntries(questions.map((x) => [x.id, zeros()])), ozg: zeros() };
      byDept.set(r.department, agg);
    }
    agg.respondents++;
    for (const x of questions) agg.counts[x.id][r.answers[x.id]]++;
    if (isLevel(r.ozg)) agg.ozg[r.ozg]++;
  }
  return [...byDept.values()].sort((a, b) => a.department.localeCompare(b.department));
}

/** Adds several departments' totals into one (the whole administration). */
export function sumAggregates(q: Questionnaire, parts: CheckAggregate[], department = 'all'): CheckAggregate {
  const sum: CheckAggregate = { department, respondents: 0, counts: Object.fromEntries(allQuestions(q).map((x) => [x.id, zeros()])), ozg: zeros() };
  for (const p of parts) {
    sum.respondents += p.respondents;
    for (const [id, counts] of Object.entries(p.counts)) if (sum.counts[id]) counts.forEach((n, level) => (sum.counts[id][level] += n));
    p.ozg.forEach((n, level) => (sum.ozg[level] += n));
  }
  return sum;
}

/** The cell key of the optional OZG question in a {@link Publication}. */
export const OZG_CELL = '#ozg';
const answeredIn = (counts: number[] | undefined) => (counts ?? []).reduce((a, b) => a + b, 0);

/**
 * What may be published of a cycle's department totals: groups from `min` completed checks with
 * complementary suppression, then per question — the optional OZG question above all, whose
 * answer count differs from the number of checks — the same rule over its cells (see
 * {@link publication}). {@link HIDDEN_GROUPS} is never shown. `moves`: department moves counted
 * during the cycle (PeopleStore.movesInto); that many of a department's checks count towards no
 * threshold (trust point 11).
 */
export function checkPublication(aggregates: CheckAggregate[], min = MIN_BALLOTS, departments: string[] = [], moves: ReadonlyMap<string, number> = new Map()): Publication {
  const byDept = new Map(aggregates.map((a) => [a.department, a]));
  const keys = [...new Set([...departments, ...byDept.keys()])];
  const questions = [...new Set(aggregates.flatMap((a) => Object.keys(a.counts))), OZG_CELL];
  const groups = keys.map((key) => {
    const a = byDept.get(key);
    return { key, ballots: a?.respondents ?? 0, moved: moves.get(key) ?? 0, answered: a ? { ...Object.fromEntries(Object.entries(a.counts).map(([q, c]) => [q, answeredIn(c)])), [OZG_CELL]: answeredIn(a.ozg) } : {} };
  });
  return publication(groups, questions, min);
}

/**
 * The totals a closed cycle stores: only departments that are published keep their own totals;
 * every other department (below the threshold or hidden complementarily) and every hidden cell of
 * a published one (e.g. an OZG question answered by 3) are added into one {@link HIDDEN_GROUPS}
 * total. Someone who reads the storage and knows who works where can then narrow no small
 * department's answers down; the published figures stay exactly the same. Safe to repeat.
 * `moves`: as for {@link checkPublication}, the department moves counted during the cycle.
 */
export function sealAggregates(aggregates: CheckAggregate[], moves: ReadonlyMap<string, number> = new Map(), min = MIN_BALLOTS): CheckAggregate[] {
  const pub = checkPublication(aggregates, min, [], moves);
  const hidden: CheckAggregate = { department: HIDDEN_GROUPS, respondents: 0, counts: {}, ozg: zeros() };
  const add = (id: string, counts: number[]) => {
    const target = (hidden.counts[id] ??= zeros());
    counts.forEach((n, level) => (target[level] += n));
  };
  const kept: CheckAggregate[] = [];
  for (const a of aggregates) {
    if (!pub.groups.has(a.department)) {
      hidden.respondents += a.respondents;
      for (const [id, counts] of Object.entries(a.counts)) add(id, counts);
      a.ozg.forEach((n, level) => (hidden.ozg[level] += n));
      continue;
    }
    const own: CheckAggregate = { department: a.department, respondents: a.respondents, counts: {}, ozg: zeros() };
    for (const [id, counts] of Object.entries(a.counts)) {
      if (pub.cells.get(id)?.has(a.department)) own.counts[id] = [...counts];
      else add(id, counts);
    }
    if (pub.cells.get(OZG_CELL)?.has(a.department)) own.ozg = [...a.ozg];
    else a.ozg.forEach((n, level) => (hidden.ozg[level] += n));
    kept.push(own);
  }
  const anyHidden = hidden.respondents > 0 || answeredIn(hidden.ozg) > 0 || Object.values(hidden.counts).some((c) => answeredIn(c) > 0);
  return anyHidden ? [...kept, hidden] : kept;
}

const meanOf = (counts: number[]) => {
  const n = counts.reduce((a, b) => a + b, 0);
  return n ? counts.reduce((a, c, level) => a + c * level, 0) / n : undefined;
};

/**
 * A group's figures: per dimension the mean of its questions' mean levels (every question weighs
 * the same, whatever the number of questions per dimension), the counts per question and the OZG
 * distribution.
 */
export function groupResult(q: Questionnaire, agg: CheckAggregate): CheckGroupResult {
  const dimensions = Object.fromEntries(
    DIMENSION_IDS.map((id) => {
      const means = q.dimensions.find((d) => d.id === id)!.questions.map((x) => meanOf(agg.counts[x.id] ?? [])).filter((m): m is number => m !== undefined);
      return [id, means.length ? round2(means.reduce((a, b) => a + b, 0) / means.length) : 0];
    }),
  ) as Record<DimensionId, number>;
  const ozgMean = meanOf(agg.ozg);
  return {
    respondents: agg.respondents,
    dimensions,
    questions: Object.fromEntries(allQuestions(q).map((x) => [x.id, [...(agg.counts[x.id] ?? zeros())]])),
    ...(ozgMean !== undefined && { ozg: { counts: [...agg.ozg], mean: round2(ozgMean) } }),
  };
}
