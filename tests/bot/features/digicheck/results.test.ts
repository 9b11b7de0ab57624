import fc from 'fast-check';
import { DIMENSION_IDS, type CheckCycleSummary, type CheckLinkedItem, type CheckTargets, type DimensionId } from '../../../../bot/src/api/digicheck-contract';
import { QUESTIONNAIRE as Q } from '../../../../bot/src/features/digicheck/questionnaire';
import { checkResults, WHOLE, type ResultsInput } from '../../../../bot/src/features/digicheck/results';
import type { CheckAggregate, CheckLink } from '../../../../bot/src/features/digicheck/store';

const DEPARTMENTS = ['buergermeister', 'zentrale-dienste', 'finanzen', 'buergerservice', 'bauen-umwelt', 'bildung-soziales'];
const targetsAll = (t: number, over: Partial<CheckTargets> = {}): CheckTargets => ({ ...(Object.fromEntries(DIMENSION_IDS.map((d) => [d, t])) as CheckTargets), ...over });
const cycle = (targets: CheckTargets = targetsAll(2.5)): CheckCycleSummary => ({
  id: '20270111-abc123',
  opensAt: '2027-01-11T07:00:00.000Z',
  closesAt: '2027-01-29T17:00:00.000Z',
  state: 'closed',
  targets,
  respondents: 0,
  etag: 'W/"1"',
});

/** `n` completed checks of `department`, everyone answering every question of a dimension with `levels[dimension]` (default 2). */
function dept(department: string, n: number, levels: Partial<Record<DimensionId, number>> = {}): CheckAggregate {
  const counts: Record<string, number[]> = {};
  for (const d of Q.dimensions) {
    for (const q of d.questions) {
      const c = [0, 0, 0, 0, 0];
      c[levels[d.id] ?? 2] = n;
      counts[q.id] = c;
    }
  }
  return { department, respondents: n, counts, ozg: [0, 0, 0, 0, 0] };
}

const input = (over: Partial<ResultsInput>): ResultsInput => ({
  questionnaire: Q,
  cycle: cycle(),
  aggregates: [],
  departments: DEPARTMENTS,
  wholeArea: 'change',
  links: [],
  items: new Map(),
  ...over,
});
const shownOf = (r: ReturnType<typeof checkResults>) => Object.fromEntries(r.departments.map((d) => [d.department, d.result?.respondents ?? null]));

describe('DigiCheck results: threshold and complementary suppression', () => {
  it('shows departments from 5 completed checks; one with 4 is hidden (null)', () => {
    const r = checkResults(input({ aggregates: [dept('finanzen', 10), dept('buergerservice', 5), dept('bauen-umwelt', 4), dept('bildung-soziales', 3)] }));
    expect(r.minRespondents).toBe(5);
    expect(r.whole?.respondents).toBe(22);
    expect(shownOf(r)).toEqual({ buergermeister: null, 'zentrale-dienste': null, finanzen: 10, buergerservice: 5, 'bauen-umwelt': null, 'bildung-soziales': null });
    // every configured department is listed, in the configured order
    expect(r.departments.map((d) => d.department)).toEqual(DEPARTMENTS);
  });

  it('hides the smallest shown department when the hidden ones sum to 1–4 (no subtraction from the whole)', () => {
    const r = checkResults(input({ aggregates: [dept('finanzen', 12), dept('buergerservice', 6), dept('bauen-umwelt', 2)] }));
    expect(r.whole?.respondents).toBe(20);
    expect(shownOf(r)).toMatchObject({ finanzen: 12, buergerservice: null, 'bauen-umwelt': null });
  });

  it('needs no second suppression when the hidden ones hold 5 or more together', () => {
    const r = checkResults(input({ aggregates: [dept('finanzen', 12), dept('buergerservice', 3), dept('bauen-umwelt', 2)] }));
    expect(shownOf(r)).toMatchObject({ finanzen: 12, buergerservice: null, 'bauen-umwelt': null });
    const r2 = checkResults(input({ aggregates: [dept('finanzen', 12), dept('zentrale-dienste', 7), dept('buergerservice', 3), dept('bauen-umwelt', 2)] }));
    expect(shownOf(r2)).toMatchObject({ finanzen: 12, 'zentrale-dienste': 7 });
  });

  it('shows nothing when the whole administration has fewer than 5: whole null, no department, no gaps', () => {
    const r = checkResults(input({ aggregates: [dept('finanzen', 2, { strategy: 0 }), dept('buergerservice', 2, { strategy: 0 })], cycle: cycle(targetsAll(4)) }));
    expect(r.whole).toBeNull();
    expect(r.departments.every((d) => d.result === null)).toBe(true);
    expect(r.gaps).toEqual([]);
    expect(checkResults(input({ aggregates: [] })).whole).toBeNull();
  });

  it('a department with answers but no longer configured counts in the whole and in suppression, but is not listed', () => {
    const r = checkResults(input({ departments: ['finanzen', 'buergerservice'], aggregates: [dept('finanzen', 10), dept('buergerservice', 6), dept('aufgeloest', 3)] }));
    expect(r.whole?.respondents).toBe(19);
    expect(r.departments.map((d) => d.department)).toEqual(['finanzen', 'buergerservice']);
    // 3 hidden in the old department → the smallest shown one (buergerservice) is hidden too
    expect(shownOf(r)).toEqual({ finanzen: 10, buergerservice: null });
  });

  it('uses the given threshold', () => {
    const r = checkResults(input({ min: 3, aggregates: [dept('finanzen', 3), dept('buergerservice', 4)] }));
    expect(r.minRespondents).toBe(3);
    expect(shownOf(r)).toMatchObject({ finanzen: 3, buergerservice: 4 });
  });

  it('property: for any department sizes, hidden departments never sum to 1–4 while the whole is shown', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 25 }), { minLength: DEPARTMENTS.length, maxLength: DEPARTMENTS.length }), fc.nat({ max: 6 }), (sizes, orphan) => {
        const aggregates = sizes.flatMap((n, i) => (n > 0 ? [dept(DEPARTMENTS[i], n)] : []));
        if (orphan > 0) aggregates.push(dept('not-configured', orphan));
        const total = sizes.reduce((a, b) => a + b, 0) + orphan;
        const r = checkResults(input({ aggregates }));
        if (total < 5) {
          expect(r.whole).toBeNull();
          expect(r.departments.every((d) => d.result === null)).toBe(true);
          return;
        }
        expect(r.whole?.respondents).toBe(total);
        const shown = r.departments.filter((d) => d.result !== null);
        for (const d of shown) expect(d.result!.respondents).toBeGreaterThanOrEqual(5);
        const hidden = total - shown.reduce((a, d) => a + d.result!.respondents, 0);
        expect(hidden === 0 || hidden >= 5).toBe(true);
        // a shown department's figure is its own
        for (const d of shown) expect(d.result!.respondents).toBe(sizes[DEPARTMENTS.indexOf(d.department)]);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('DigiCheck results: previous cycle', () => {
  it('gives previous figures only for groups shown in both cycles', () => {
    // before: buergerservice 3 + bildung-soziales 2 hidden (together 5: no second suppression)
    const previous = { cycleId: '20260601-000001', aggregates: [dept('finanzen', 8, { strategy: 1 }), dept('buergerservice', 3), dept('bildung-soziales', 2), dept('bauen-umwelt', 9)] };
    // now: bauen-umwelt 2 + bildung-soziales 3 hidden (together 5)
    const r = checkResults(input({ previous, aggregates: [dept('finanzen', 7, { strategy: 3 }), dept('buergerservice', 6), dept('bauen-umwelt', 2), dept('bildung-soziales', 3), dept('zentrale-dienste', 5)] }));
    expect(shownOf(r)).toMatchObject({ finanzen: 7, buergerservice: 6, 'bauen-umwelt': null, 'bildung-soziales': null, 'zentrale-dienste': 5 });
    expect(r.previousCycleId).toBe('20260601-000001');
    const byDept = Object.fromEntries(r.departments.map((d) => [d.department, d.result]));
    // finanzen: shown now (7) and before (8)
    expect(byDept.finanzen?.dimensions.strategy).toBe(3);
    expect(byDept.finanzen?.previous?.strategy).toBe(1);
    // buergerservice: shown now (6), hidden before (3) → no previous
    expect(byDept.buergerservice).not.toBeNull();
    expect(byDept.buergerservice?.previous).toBeUndefined();
    // bauen-umwelt: shown before (9), hidden now (2) → null
    expect(byDept['bauen-umwelt']).toBeNull();
    // zentrale-dienste: not there before
    expect(byDept['zentrale-dienste']?.previous).toBeUndefined();
    // the whole administration was shown in both: mean of the previous whole
    expect(r.whole?.previous).toBeDefined();
    expect(r.whole?.previous?.readiness).toBe(2);
  });

  it('has no previous figures for the whole when it was under the threshold before, and none without a previous cycle', () => {
    const r = checkResults(input({ previous: { cycleId: 'p', aggregates: [dept('finanzen', 4)] }, aggregates: [dept('finanzen', 9)] }));
    expect(r.whole?.previous).toBeUndefined();
    expect(r.departments.find((d) => d.department === 'finanzen')?.result?.previous).toBeUndefined();
    const none = checkResults(input({ aggregates: [dept('finanzen', 9)] }));
    expect(none.previousCycleId).toBeUndefined();
    expect(none.whole?.previous).toBeUndefined();
  });
});

describe('DigiCheck results: gaps', () => {
  it('lists only shown groups and dimensions strictly below target, largest distance first', () => {
    const targets = targetsAll(2, { strategy: 3, data: 3.5, people: 1 });
    const r = checkResults(input({
      cycle: cycle(targets),
      aggregates: [
        dept('finanzen', 10, { strategy: 1, data: 3, people: 0, readiness: 2 }), // strategy −2, data −0.5, people −1; readiness = target → no gap
        dept('buergerservice', 5, { strategy: 4, data: 0, people: 1, interoperability: 1 }), // data −3.5, interoperability −1; people = target
        dept('bauen-umwelt', 2, { strategy: 0, data: 0 }), // hidden
        dept('bildung-soziales', 3, { strategy: 0 }), // hidden (together 5 → no second suppression)
      ],
    }));
    expect(shownOf(r)).toMatchObject({ finanzen: 10, buergerservice: 5, 'bauen-umwelt': null, 'bildung-soziales': null });
    const gaps = r.gaps.map((g) => [g.group, g.dimension, g.level, g.target]);
    expect(gaps.filter(([group]) => group !== WHOLE)).toEqual([
      ['buergerservice', 'data', 0, 3.5],
      ['finanzen', 'strategy', 1, 3],
      ['buergerservice', 'interoperability', 1, 2],
      ['finanzen', 'people', 0, 1],
      ['finanzen', 'data', 3, 3.5],
    ]);
    // hidden departments have no gaps
    expect(r.gaps.some((g) => g.group === 'bauen-umwelt' || g.group === 'bildung-soziales')).toBe(false);
    // sorted by distance, largest first, across all groups
    const distances = r.gaps.map((g) => g.target - g.level);
    expect(distances).toEqual([...distances].sort((a, b) => b - a));
    for (const g of r.gaps) expect(g.level).toBeLessThan(g.target);
    // department gaps take the department as area
    for (const g of r.gaps.filter((x) => x.group !== WHOLE)) expect(g.area).toBe(g.group);
  });

  it('gives whole-administration gaps the cross-cutting area (wholeArea), or none when not configured', () => {
    const aggregates = [dept('finanzen', 6, { strategy: 1 })];
    const r = checkResults(input({ aggregates, cycle: cycle(targetsAll(2)), wholeArea: 'it-arbeitsplatz' }));
    const whole = r.gaps.filter((g) => g.group === WHOLE);
    expect(whole).toEqual([{ group: WHOLE, area: 'it-arbeitsplatz', dimension: 'strategy', level: 1, target: 2, linkedItems: [] }]);
    expect(checkResults(input({ aggregates, cycle: cycle(targetsAll(2)), wholeArea: undefined })).gaps.find((g) => g.group === WHOLE)?.area).toBe('');
  });

  it('orders equal distances by group, then dimension', () => {
    const r = checkResults(input({ cycle: cycle(targetsAll(3)), aggregates: [dept('finanzen', 5, Object.fromEntries(DIMENSION_IDS.map((d) => [d, 2]))), dept('buergerservice', 5, Object.fromEntries(DIMENSION_IDS.map((d) => [d, 2])))] }));
    expect(r.gaps).toHaveLength(18);
    const keys = r.gaps.map((g) => `${g.group}/${g.dimension}`);
    expect(keys).toEqual([...keys].sort((a, b) => a.split('/')[0].localeCompare(b.split('/')[0]) || a.split('/')[1].localeCompare(b.split('/')[1])));
    expect(keys[0]).toBe(`${WHOLE}/data`);
  });

  it('attaches the linked roadmap items that still exist to their gap', () => {
    const links: CheckLink[] = [
      { group: 'finanzen', dimension: 'strategy', itemId: 'digicheck-aaa' },
      { group: 'finanzen', dimension: 'strategy', itemId: 'gone' },
      { group: WHOLE, dimension: 'strategy', itemId: 'digicheck-bbb' },
      { group: 'finanzen', dimension: 'data', itemId: 'digicheck-ccc' }, // data is no gap
    ];
    const items = new Map<string, CheckLinkedItem>([
      ['digicheck-aaa', { id: 'digicheck-aaa', title: 'Strategie Finanzen', status: 'proposed' }],
      ['digicheck-bbb', { id: 'digicheck-bbb', title: 'Strategie gesamt', status: 'planned' }],
      ['digicheck-ccc', { id: 'digicheck-ccc', title: 'Daten', status: 'done' }],
    ]);
    const r = checkResults(input({ cycle: cycle(targetsAll(2)), aggregates: [dept('finanzen', 9, { strategy: 1 })], links, items }));
    expect(r.gaps.find((g) => g.group === 'finanzen' && g.dimension === 'strategy')?.linkedItems).toEqual([items.get('digicheck-aaa')]);
    expect(r.gaps.find((g) => g.group === WHOLE && g.dimension === 'strategy')?.linkedItems).toEqual([items.get('digicheck-bbb')]);
    expect(r.gaps.some((g) => g.dimension === 'data')).toBe(false);
  });

  it('a level equal to its target is no gap; a target of 0 never makes one', () => {
    expect(checkResults(input({ cycle: cycle(targetsAll(2)), aggregates: [dept('finanzen', 6, { strategy: 2 })] })).gaps).toEqual([]);
    expect(checkResults(input({ cycle: cycle(targetsAll(0)), aggregates: [dept('finanzen', 6, Object.fromEntries(DIMENSION_IDS.map((d) => [d, 0])))] })).gaps).toEqual([]);
  });
});
