import type { RoadmapItem } from '../../../../bot/src/api/roadmap-contract';
import { spanOf } from '../../../../bot/src/features/roadmap/model';
import { investmentTotals } from '../../../../bot/src/features/roadmap/totals';
import { sampleItem } from './fixtures';

function item(id: string, over: Parameters<typeof sampleItem>[0]): RoadmapItem {
  const input = sampleItem(over);
  return { ...input, id, version: 1, etag: '', example: false, createdAt: '', createdBy: '', updatedAt: '', updatedBy: '', ...spanOf(input), decisionNeeded: false };
}

describe('investment totals per half-year and area', () => {
  const items = [
    item('a', { area: 'finanzen', halfYear: '2025-H1', investment: { oneOff: 10_000, yearly: 1_000, funding: 'own-budget' } }),
    item('b', { area: 'finanzen', halfYear: '2025-H1', investment: { oneOff: 5_000, yearly: 0, funding: 'state-funding' } }),
    // Dated over three half-years: counted once, in the half-year it starts.
    item('c', { area: 'bauen-umwelt', halfYear: undefined, start: '2025-05-01', end: '2026-03-31', investment: { oneOff: 100_000, yearly: 12_000, funding: 'federal-funding' } }),
    item('d', { area: 'bauen-umwelt', halfYear: '2026-H2', status: 'cancelled', investment: { oneOff: 999_999, yearly: 9, funding: 'other' } }),
    item('e', { area: 'bauen-umwelt', halfYear: '2026-H2', investment: undefined }),
  ];

  it('sums each cell, row and column, and the total agrees with both', () => {
    const t = investmentTotals(items, ['finanzen', 'bauen-umwelt']);
    expect(t.cells['2025-H1']).toEqual({ finanzen: { oneOff: 15_000, yearly: 1_000, items: 2 }, 'bauen-umwelt': { oneOff: 100_000, yearly: 12_000, items: 1 } });
    expect(t.byArea).toEqual({ finanzen: { oneOff: 15_000, yearly: 1_000, items: 2 }, 'bauen-umwelt': { oneOff: 100_000, yearly: 12_000, items: 1 } });
    expect(t.byHalfYear['2025-H2']).toEqual({ oneOff: 0, yearly: 0, items: 0 });
    expect(t.total).toEqual({ oneOff: 115_000, yearly: 13_000, items: 3 });
    const sum = (xs: Array<{ oneOff: number }>) => xs.reduce((s, x) => s + x.oneOff, 0);
    expect(sum(Object.values(t.byHalfYear))).toBe(t.total.oneOff);
    expect(sum(Object.values(t.byArea))).toBe(t.total.oneOff);
  });

  it('leaves out cancelled items, items without an estimate and areas not asked for', () => {
    const t = investmentTotals(items, ['finanzen']);
    expect(t.total).toEqual({ oneOff: 15_000, yearly: 1_000, items: 2 });
    expect(t.cells['2026-H2']).toBeUndefined();
  });
});
