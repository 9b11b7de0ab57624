import { DIMENSION_IDS, type CheckCycleSummary, type CheckDepartmentResult, type CheckGap, type CheckGroupResult, type CheckLinkedItem, type CheckResults, type Questionnaire } from '../../api/digicheck-contract';
import { MIN_BALLOTS } from '../pulse/suppression';
import { checkPublication, groupResult, OZG_CELL, sumAggregates } from './scoring';
import type { CheckAggregate, CheckLink } from './store';

/** The group id of the whole administration in gaps and links. */
export const WHOLE = 'all';

/** Everything {@link checkResults} needs, read by the service. */
export interface ResultsInput {
  questionnaire: Questionnaire;
  cycle: CheckCycleSummary;
  aggregates: CheckAggregate[];
  previous?: { cycleId: string; aggregates: CheckAggregate[] };
  /** Configured department ids, in display order. */
  departments: string[];
  /** The roadmap area for whole-administration gaps (the first cross-cutting area). */
  wholeArea?: string;
  links: CheckLink[];
  /** Linked roadmap items that still exist, by id. */
  items: Map<string, CheckLinkedItem>;
  min?: number;
}

/**
 * Which groups of a cycle may be shown, and their figures. Every configured department takes part
 * in suppression, and so does any department that has answers but is no longer configured (it is
 * then part of the total). The OZG figures of a group are left out unless its OZG cell may be
 * shown (threshold and complementary suppression per question, see {@link checkPublication}).
 */
function shownGroups(q: Questionnaire, aggregates: CheckAggregate[], departments: string[], min: number) {
  const byDept = new Map(aggregates.map((a) => [a.department, a]));
  const pub = checkPublication(aggregates, min, departments);
  const withOzg = (key: string, r: CheckGroupResult): CheckGroupResult => {
    const shownOzg = key === WHOLE ? pub.totalQuestions.has(OZG_CELL) : pub.cells.get(OZG_CELL)?.has(key);
    if (shownOzg || !r.ozg) return r;
    const { ozg: _hidden, ...rest } = r;
    return rest;
  };
  const whole = pub.total ? withOzg(WHOLE, groupResult(q, sumAggregates(q, aggregates))) : null;
  const shown = new Map<string, CheckGroupResult>();
  for (const key of pub.groups) shown.set(key, withOzg(key, groupResult(q, byDept.get(key)!)));
  return { whole, shown };
}

/**
 * The results of a closed cycle as the tab shows them: the whole administration and every
 * department that passes the threshold and complementary suppression (the others are `null`),
 * the same groups' figures of the previous cycle, and the gaps against the change team's targets
 * with the roadmap items made from them.
 */
export function checkResults(input: ResultsInput): CheckResults {
  const { questionnaire: q, cycle } = input;
  const min = input.min ?? MIN_BALLOTS;
  const now = shownGroups(q, input.aggregates, input.departments, min);
  const before = input.previous ? shownGroups(q, input.previous.aggregates, input.departments, min) : undefined;

  const withPrevious = (r: CheckGroupResult, prev: CheckGroupResult | null | undefined): CheckGroupResult => (prev ? { ...r, previous: prev.dimensions } : r);
  const whole = now.whole && withPrevious(now.whole, before?.whole);
  const departments: CheckDepartmentResult[] = input.departments.map((department) => {
    const r = now.shown.get(department);
    return { department, result: r ? withPrevious(r, before?.shown.get(department)) : null };
  });

  const linked = (group: string, dimension: string) =>
    input.links.filter((l) => l.group === group && l.dimension === dimension).flatMap((l) => input.items.get(l.itemId) ?? []);
  const gaps: CheckGap[] = [];
  const addGaps = (group: string, area: string | undefined, r: CheckGroupResult) => {
    for (const dimension of DIMENSION_IDS) {
      const level = r.dimensions[dimension];
      const target = cycle.targets[dimension];
      if (level < target) gaps.push({ group, area: area ?? '', dimension, level, target, linkedItems: linked(group, dimension) });
    }
  };
  if (whole) addGaps(WHOLE, input.wholeArea, whole);
  for (const d of departments) if (d.result) addGaps(d.department, d.department, d.result);
  gaps.sort((a, b) => b.target - b.level - (a.target - a.level) || a.group.localeCompare(b.group) || a.dimension.localeCompare(b.dimension));

  return { cycle, ...(input.previous && { previousCycleId: input.previous.cycleId }), minRespondents: min, whole, departments, gaps };
}
