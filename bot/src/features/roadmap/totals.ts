import type { InvestmentSum, InvestmentTotals, RoadmapItem } from '../../api/roadmap-contract';
import { halfYearOf, programHalfYears } from './model';

const zero = (): InvestmentSum => ({ oneOff: 0, yearly: 0, items: 0 });

function add(sum: InvestmentSum, oneOff: number, yearly: number): void {
  sum.oneOff += oneOff;
  sum.yearly += yearly;
  sum.items += 1;
}

/**
 * Investment totals per half-year and area. An item counts once, in the half-year it starts
 * (money is budgeted when a project starts, and spreading it would invent a payment plan nobody
 * made); cancelled items and items without an estimate do not count.
 * @param areas - the areas to show as columns, in order (every configured area, or a channel's).
 */
export function investmentTotals(items: RoadmapItem[], areas: string[]): InvestmentTotals {
  const halfYears = programHalfYears();
  const cells: InvestmentTotals['cells'] = {};
  const byHalfYear: InvestmentTotals['byHalfYear'] = Object.fromEntries(halfYears.map((h) => [h, zero()]));
  const byArea: InvestmentTotals['byArea'] = Object.fromEntries(areas.map((a) => [a, zero()]));
  const total = zero();
  for (const item of items) {
    if (item.status === 'cancelled' || !item.investment || !(item.area in byArea)) continue;
    const h = halfYearOf(item.from);
    const { oneOff, yearly } = item.investment;
    add(((cells[h] ??= {})[item.area] ??= zero()), oneOff, yearly);
    add(byHalfYear[h], oneOff, yearly);
    add(byArea[item.area], oneOff, yearly);
    add(total, oneOff, yearly);
  }
  return { halfYears, areas, cells, byHalfYear, byArea, total };
}
