import fc from 'fast-check';
import { DIMENSION_IDS, type DimensionId } from '../../../../bot/src/api/digicheck-contract';
import { allQuestions } from '../../../../bot/src/features/digicheck/model';
import { QUESTIONNAIRE as Q } from '../../../../bot/src/features/digicheck/questionnaire';
import { aggregate, dimensionMeanOf, firstOpenStep, groupResult, isComplete, sumAggregates } from '../../../../bot/src/features/digicheck/scoring';
import type { CheckAggregate, CheckResponse } from '../../../../bot/src/features/digicheck/store';

const QUESTIONS = allQuestions(Q);
const dim = (id: DimensionId) => Q.dimensions.find((d) => d.id === id)!;

/** Every question answered by `level(questionId)`. */
const answersBy = (level: (questionId: string) => number): Record<string, number> => Object.fromEntries(QUESTIONS.map((q) => [q.id, level(q.id)]));
const response = (department: string | undefined, level: number | ((questionId: string) => number), extra: Partial<CheckResponse> = {}): CheckResponse => ({
  ...(department !== undefined && { department }),
  answers: answersBy(typeof level === 'number' ? () => level : level),
  updatedAt: '2027-01-12T10:00:00.000Z',
  ...extra,
});
const zeros = () => [0, 0, 0, 0, 0];
/** An aggregate with counts `counts[questionId]`; other questions without answers. */
const agg = (department: string, respondents: number, counts: Record<string, number[]>, ozg = zeros()): CheckAggregate => ({
  department,
  respondents,
  counts: { ...Object.fromEntries(QUESTIONS.map((q) => [q.id, zeros()])), ...counts },
  ozg,
});

describe('DigiCheck scoring: completeness', () => {
  it('isComplete needs every question with a whole level 0–4; the OZG one is optional', () => {
    expect(isComplete(Q, answersBy(() => 0))).toBe(true);
    expect(isComplete(Q, { ...answersBy(() => 4), [Q.ozg.id]: 2 })).toBe(true);
    const missing = answersBy(() => 2);
    delete missing[QUESTIONS[QUESTIONS.length - 1].id];
    expect(isComplete(Q, missing)).toBe(false);
    expect(isComplete(Q, { ...answersBy(() => 2), [QUESTIONS[3].id]: 5 })).toBe(false);
    expect(isComplete(Q, { ...answersBy(() => 2), [QUESTIONS[3].id]: 2.5 })).toBe(false);
    expect(isComplete(Q, { ...answersBy(() => 2), [QUESTIONS[3].id]: -1 })).toBe(false);
    expect(isComplete(Q, { ...answersBy(() => 2), [QUESTIONS[3].id]: '2' as unknown as number })).toBe(false);
    expect(isComplete(Q, {})).toBe(false);
  });

  it('firstOpenStep is the first dimension with an unanswered question, undefined when complete', () => {
    expect(firstOpenStep(Q, {})).toBe(0);
    expect(firstOpenStep(Q, answersBy(() => 1))).toBeUndefined();
    for (let step = 0; step < Q.dimensions.length; step++) {
      const a = answersBy(() => 3);
      delete a[Q.dimensions[step].questions.at(-1)!.id];
      if (step < Q.dimensions.length - 1) delete a[Q.dimensions.at(-1)!.questions[0].id];
      expect(firstOpenStep(Q, a)).toBe(step);
    }
    expect(firstOpenStep(Q, { ...answersBy(() => 3), [Q.dimensions[2].questions[0].id]: 9 })).toBe(2);
  });

  it('dimensionMeanOf averages the answered questions of one dimension, rounded to 2 decimals', () => {
    const people = dim('people').questions.map((q) => q.id);
    expect(people.length).toBe(3);
    expect(dimensionMeanOf(Q, 'people', { [people[0]]: 1, [people[1]]: 1, [people[2]]: 2 })).toBe(1.33);
    expect(dimensionMeanOf(Q, 'people', { [people[0]]: 2, [people[1]]: 2, [people[2]]: 1 })).toBe(1.67);
    expect(dimensionMeanOf(Q, 'people', { [people[0]]: 4 })).toBe(4);
    expect(dimensionMeanOf(Q, 'people', { [people[0]]: 4, [people[1]]: 7 })).toBe(4); // 7 is no level
    expect(dimensionMeanOf(Q, 'people', {})).toBeUndefined();
    expect(dimensionMeanOf(Q, 'people', answersBy(() => 0))).toBe(0);
    expect(dimensionMeanOf(Q, 'strategy', { [people[0]]: 4 })).toBeUndefined();
  });
});

describe('DigiCheck scoring: aggregate', () => {
  it('counts only complete checks with a department, per department and level, and the OZG answers', () => {
    const incomplete = response('finanzen', 3);
    delete incomplete.answers[QUESTIONS[5].id];
    const totals = aggregate(Q, [
      response('finanzen', 1, { ozg: 2 }),
      response('finanzen', 3),
      response('finanzen', (id) => (id === QUESTIONS[0].id ? 4 : 3), { ozg: 2 }),
      response('bauen-umwelt', 0, { ozg: 4 }),
      response(undefined, 2, { ozg: 1 }), // no department: not counted
      response('', 2), // empty department: not counted
      incomplete, // not counted
    ]);
    expect(totals.map((t) => [t.department, t.respondents])).toEqual([['bauen-umwelt', 1], ['finanzen', 3]]);
    const fin = totals[1];
    expect(fin.counts[QUESTIONS[0].id]).toEqual([0, 1, 0, 1, 1]);
    expect(fin.counts[QUESTIONS[1].id]).toEqual([0, 1, 0, 2, 0]);
    expect(fin.ozg).toEqual([0, 0, 2, 0, 0]);
    expect(totals[0].counts[QUESTIONS[7].id]).toEqual([1, 0, 0, 0, 0]);
    expect(totals[0].ozg).toEqual([0, 0, 0, 0, 1]);
    expect(Object.keys(fin.counts).sort()).toEqual(QUESTIONS.map((q) => q.id).sort());
  });

  it('ignores answers to questions no longer asked, and an OZG value that is no level', () => {
    const [t] = aggregate(Q, [response('finanzen', 2, { answers: { ...answersBy(() => 2), 'old-question': 4 }, ozg: 7 })]);
    expect(t.counts['old-question']).toBeUndefined();
    expect(t.ozg).toEqual(zeros());
    expect(t.respondents).toBe(1);
  });

  it('answers nothing for no (complete) checks', () => {
    expect(aggregate(Q, [])).toEqual([]);
    expect(aggregate(Q, [response(undefined, 2)])).toEqual([]);
  });

  it('sumAggregates adds departments into the whole administration (question by question, and OZG)', () => {
    const parts = aggregate(Q, [response('a', 1, { ozg: 0 }), response('b', 3), response('b', 4, { ozg: 4 })]);
    const sum = sumAggregates(Q, parts);
    expect(sum.department).toBe('all');
    expect(sum.respondents).toBe(3);
    for (const q of QUESTIONS) expect(sum.counts[q.id]).toEqual([0, 1, 0, 1, 1]);
    expect(sum.ozg).toEqual([1, 0, 0, 0, 1]);
    expect(sumAggregates(Q, parts, 'x').department).toBe('x');
    expect(sumAggregates(Q, []).respondents).toBe(0);
    // Parts are not changed.
    expect(parts[0].counts[QUESTIONS[0].id]).toEqual([0, 1, 0, 0, 0]);
  });
});

describe('DigiCheck scoring: groupResult', () => {
  it('a dimension mean is the mean of its question means (each question weighs the same)', () => {
    const [a, b] = dim('people').questions.map((q) => q.id);
    const c = dim('people').questions[2].id;
    // a: two answers of 1 (mean 1), b: one answer of 4 (mean 4), c: no answer → (1 + 4) / 2 = 2.5, not the pooled 6/3 = 2.
    const r = groupResult(Q, agg('finanzen', 2, { [a]: [0, 2, 0, 0, 0], [b]: [0, 0, 0, 0, 1], [c]: zeros() }));
    expect(r.dimensions.people).toBe(2.5);
  });

  it('rounds dimension means to 2 decimals', () => {
    const [a, b, c] = dim('people').questions.map((q) => q.id);
    // question means 1/3, 1/3, 2/3 → 4/9 = 0.444… → 0.44
    const r = groupResult(Q, agg('x', 3, { [a]: [2, 1, 0, 0, 0], [b]: [2, 1, 0, 0, 0], [c]: [1, 2, 0, 0, 0] }));
    expect(r.dimensions.people).toBe(0.44);
    // single dimension mean 2/3 → 0.67
    const s = groupResult(Q, agg('x', 3, Object.fromEntries(dim('data').questions.map((q) => [q.id, [1, 2, 0, 0, 0]]))));
    expect(s.dimensions.data).toBe(0.67);
    // a dimension without any answer is 0
    expect(s.dimensions.strategy).toBe(0);
  });

  it('gives respondents, counts per question, and the OZG distribution with its mean (absent when nobody answered)', () => {
    const parts = aggregate(Q, [response('a', 2, { ozg: 1 }), response('a', 4, { ozg: 2 }), response('a', 3)]);
    const r = groupResult(Q, parts[0]);
    expect(r.respondents).toBe(3);
    expect(r.dimensions).toEqual(Object.fromEntries(DIMENSION_IDS.map((d) => [d, 3])));
    expect(r.questions[QUESTIONS[0].id]).toEqual([0, 0, 1, 1, 1]);
    expect(Object.keys(r.questions).sort()).toEqual(QUESTIONS.map((q) => q.id).sort());
    expect(r.ozg).toEqual({ counts: [0, 1, 1, 0, 0], mean: 1.5 });
    expect(r.previous).toBeUndefined();
    expect(groupResult(Q, aggregate(Q, [response('a', 2)])[0]).ozg).toBeUndefined();
    // the result is a copy: changing it does not change the totals
    r.questions[QUESTIONS[0].id][0] = 99;
    expect(parts[0].counts[QUESTIONS[0].id][0]).toBe(0);
  });
});

describe('DigiCheck scoring: properties (fuzzed)', () => {
  const level = fc.integer({ min: 0, max: 4 });
  const maybeLevel = fc.oneof({ weight: 12, arbitrary: level }, { weight: 1, arbitrary: fc.constant(undefined) });
  const answersArb = fc.tuple(...QUESTIONS.map(() => maybeLevel)).map((levels) => Object.fromEntries(QUESTIONS.flatMap((q, i) => (levels[i] === undefined ? [] : [[q.id, levels[i]!]]))));
  const responseArb: fc.Arbitrary<CheckResponse> = fc.record({
    department: fc.option(fc.constantFrom('finanzen', 'buergerservice', 'bauen-umwelt', 'zentrale-dienste'), { nil: undefined }),
    answers: answersArb,
    ozg: fc.option(level, { nil: undefined }),
    updatedAt: fc.constant('2027-01-12T10:00:00.000Z'),
  });

  it('the departments add up to the whole: respondents = complete checks with a department', () => {
    fc.assert(
      fc.property(fc.array(responseArb, { maxLength: 40 }), (responses) => {
        const parts = aggregate(Q, responses);
        const counted = responses.filter((r) => r.department && isComplete(Q, r.answers)).length;
        expect(parts.reduce((a, p) => a + p.respondents, 0)).toBe(counted);
        const whole = sumAggregates(Q, parts);
        expect(whole.respondents).toBe(counted);
        for (const q of QUESTIONS) expect(whole.counts[q.id].reduce((a, b) => a + b, 0)).toBe(counted);
        for (const p of parts) {
          expect(p.respondents).toBeGreaterThan(0);
          for (const q of QUESTIONS) expect(p.counts[q.id].reduce((a, b) => a + b, 0)).toBe(p.respondents);
          expect(p.ozg.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(p.respondents);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('every dimension mean lies within 0–4, with at most 2 decimals', () => {
    fc.assert(
      fc.property(fc.array(responseArb, { maxLength: 40 }), (responses) => {
        const parts = aggregate(Q, responses);
        for (const a of [...parts, sumAggregates(Q, parts)]) {
          const r = groupResult(Q, a);
          for (const d of DIMENSION_IDS) {
            expect(r.dimensions[d]).toBeGreaterThanOrEqual(0);
            expect(r.dimensions[d]).toBeLessThanOrEqual(4);
            expect(Math.abs(r.dimensions[d] * 100 - Math.round(r.dimensions[d] * 100))).toBeLessThan(1e-6);
          }
          if (r.ozg) expect(r.ozg.mean >= 0 && r.ozg.mean <= 4).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('aggregating the same answers in another order gives the same result', () => {
    fc.assert(
      fc.property(
        fc.array(responseArb, { maxLength: 30 }).chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }))),
        ([list, shuffled]) => {
          expect(aggregate(Q, shuffled)).toEqual(aggregate(Q, list));
          expect(groupResult(Q, sumAggregates(Q, aggregate(Q, shuffled)))).toEqual(groupResult(Q, sumAggregates(Q, aggregate(Q, list))));
        },
      ),
      { numRuns: 500 },
    );
  });
});
