import fc from 'fast-check';
import { visibleGroups } from '../../../../bot/src/features/pulse/suppression';

describe('anonymity threshold and complementary suppression', () => {
  it('shows nothing when the whole administration has fewer than 5 ballots', () => {
    expect(visibleGroups([{ key: 'a', ballots: 4 }])).toEqual({ total: false, visible: new Set() });
  });

  it('shows groups with at least 5 ballots when nothing small is hidden', () => {
    expect(visibleGroups([{ key: 'a', ballots: 5 }, { key: 'b', ballots: 7 }]).visible).toEqual(new Set(['a', 'b']));
  });

  it('hides a second group so a single small group cannot be computed as total minus the shown ones', () => {
    const v = visibleGroups([{ key: 'a', ballots: 12 }, { key: 'b', ballots: 6 }, { key: 'c', ballots: 2 }]);
    expect(v.total).toBe(true);
    expect(v.visible).toEqual(new Set(['a'])); // b (the smallest shown) is hidden along with c
  });

  it('needs no second suppression when the hidden groups already hold 5 or more ballots together', () => {
    const v = visibleGroups([{ key: 'a', ballots: 12 }, { key: 'b', ballots: 3 }, { key: 'c', ballots: 2 }]);
    expect(v.visible).toEqual(new Set(['a']));
  });

  it('treats groups without any ballot as revealing nothing', () => {
    expect(visibleGroups([{ key: 'a', ballots: 6 }, { key: 'b', ballots: 0 }]).visible).toEqual(new Set(['a']));
  });

  it('property: no shown group is small, and total − shown never reveals 1–4 ballots', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 30 }), { maxLength: 12 }), (sizes) => {
        const groups = sizes.map((ballots, i) => ({ key: `g${i}`, ballots }));
        const v = visibleGroups(groups);
        const total = sizes.reduce((a, b) => a + b, 0);
        if (!v.total) {
          expect(total).toBeLessThan(5);
          expect(v.visible.size).toBe(0);
          return;
        }
        for (const g of groups) if (v.visible.has(g.key)) expect(g.ballots).toBeGreaterThanOrEqual(5);
        const hidden = total - groups.filter((g) => v.visible.has(g.key)).reduce((a, g) => a + g.ballots, 0);
        expect(hidden === 0 || hidden >= 5).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
