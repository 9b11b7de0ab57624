/**
 * Timeline geometry of the roadmap tab (no browser): half-years, calendar days, where a day sits on
 * the half-year columns, bars, packing bars into rows, and whole lanes.
 */
import {
  barSpan,
  dayIndex,
  halfYearOf,
  halfYearSpan,
  isoDay,
  labelExtent,
  layoutLanes,
  localToday,
  MAX_LABEL_COLUMNS,
  packRows,
  parseHalfYear,
  positionOf,
  shiftHalfYear,
  shiftMonths,
  timelineScale,
} from '../../tab/src/pages/Roadmap/timeline';

/** The program's columns as the API lists them. */
const HALF_YEARS = Array.from({ length: 16 }, (_, i) => `${2023 + Math.floor(i / 2)}-H${(i % 2) + 1}`);
const scale = timelineScale(HALF_YEARS);

describe('half-years', () => {
  it('parses YYYY-H1/H2 and nothing else', () => {
    expect(parseHalfYear('2025-H2')).toEqual({ year: 2025, half: 2 });
    expect(parseHalfYear('2025-H3')).toBeUndefined();
    expect(parseHalfYear('2025-h1')).toBeUndefined();
    expect(parseHalfYear('')).toBeUndefined();
  });

  it('knows the first and last day of each half-year and which half-year a day is in', () => {
    expect(halfYearSpan('2025-H1')).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(halfYearSpan('2025-H2')).toEqual({ from: '2025-07-01', to: '2025-12-31' });
    expect(() => halfYearSpan('2025')).toThrow('not a half-year');
    expect(['2025-01-01', '2025-06-30', '2025-07-01', '2025-12-31'].map(halfYearOf)).toEqual(['2025-H1', '2025-H1', '2025-H2', '2025-H2']);
  });

  it('shifts half-years across year ends, both ways', () => {
    expect(shiftHalfYear('2025-H2', 1)).toBe('2026-H1');
    expect(shiftHalfYear('2025-H1', -1)).toBe('2024-H2');
    expect(shiftHalfYear('2025-H1', 4)).toBe('2027-H1');
    expect(shiftHalfYear('2025-H2', -3)).toBe('2024-H1');
  });
});

describe('calendar days', () => {
  it('counts days in UTC and back, and rejects what is no day', () => {
    expect(dayIndex('1970-01-02')).toBe(1);
    expect(isoDay(dayIndex('2024-02-29'))).toBe('2024-02-29');
    expect(dayIndex('2025-07-01') - dayIndex('2025-06-30')).toBe(1);
    expect(dayIndex('2025-1-1')).toBeNaN();
    expect(dayIndex('')).toBeNaN();
  });

  it('takes the viewer’s own calendar day as today', () => {
    expect(localToday(new Date(2026, 10, 26, 23, 59))).toBe('2026-11-26');
    expect(localToday(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01');
  });

  it('moves a day by months, ending at a month’s last day when the day does not exist there', () => {
    expect(shiftMonths('2025-03-15', 6)).toBe('2025-09-15');
    expect(shiftMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(shiftMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(shiftMonths('2025-01-31', -6)).toBe('2024-07-31');
    expect(shiftMonths('2025-12-31', -6)).toBe('2025-06-30');
  });
});

describe('positions on the timeline', () => {
  it('puts each half-year’s first day at its column and the last day’s end at the next', () => {
    expect(positionOf(scale, '2023-01-01')).toBe(0);
    expect(positionOf(scale, '2023-07-01')).toBe(1);
    expect(positionOf(scale, '2025-01-01')).toBe(4);
    expect(positionOf(scale, '2025-06-30', 'end')).toBe(5);
    expect(positionOf(scale, '2030-12-31', 'end')).toBe(16);
  });

  it('places a day inside its column by the share of the half-year already past', () => {
    // 2025-H1 has 181 days; 1 April is day 90 of it.
    expect(positionOf(scale, '2025-04-01')).toBeCloseTo(4 + 90 / 181, 10);
    // 2024-H1 has 182 days (leap year); 1 April is day 91.
    expect(positionOf(scale, '2024-04-01')).toBeCloseTo(2 + 91 / 182, 10);
  });

  it('clamps days outside the timeline to its ends', () => {
    expect(positionOf(scale, '2019-05-05')).toBe(0);
    expect(positionOf(scale, '2031-05-05')).toBe(16);
    expect(positionOf(timelineScale([]), '2025-01-01')).toBe(0);
  });

  it('spans a half-year item over exactly its column', () => {
    const { from, to } = halfYearSpan('2026-H2');
    expect(barSpan(scale, from, to)).toEqual({ start: 7, end: 8, cutStart: false, cutEnd: false });
  });

  it('spans a dated item from the start of its first day to the end of its last', () => {
    const bar = barSpan(scale, '2025-01-15', '2026-09-30');
    expect(bar.start).toBeCloseTo(4 + 14 / 181, 10);
    expect(bar.end).toBeCloseTo(7 + 92 / 184, 10);
  });

  it('gives one-day items a visible width and says when an item runs past the timeline', () => {
    const day = barSpan(scale, '2025-03-01', '2025-03-01', 0.15);
    expect(day.end - day.start).toBeCloseTo(0.15, 10);
    const last = barSpan(scale, '2030-12-31', '2030-12-31', 0.15);
    expect([last.start, last.end]).toEqual([16 - 0.15, 16]);
    expect(barSpan(scale, '2022-06-01', '2031-01-31')).toEqual({ start: 0, end: 16, cutStart: true, cutEnd: true });
  });
});

describe('rows of a lane', () => {
  it('puts bars side by side when they do not overlap, and below each other when they do', () => {
    const { rows, count } = packRows([
      { start: 0, end: 1 },
      { start: 1.5, end: 2 },
      { start: 0.5, end: 3 },
      { start: 2.5, end: 4 },
    ]);
    expect(rows).toEqual([0, 0, 1, 0]);
    expect(count).toBe(2);
  });

  it('keeps a small gap between bars in one row', () => {
    expect(packRows([{ start: 0, end: 1 }, { start: 1, end: 2 }], 0.08).rows).toEqual([0, 1]);
    expect(packRows([{ start: 0, end: 1 }, { start: 1.08, end: 2 }], 0.08).rows).toEqual([0, 0]);
    expect(packRows([]).count).toBe(0);
  });

  it('reserves room for a label beyond a short bar, up to a limit, never past the timeline', () => {
    expect(labelExtent({ start: 2, end: 3 }, 4, 16)).toBe(3);
    expect(labelExtent({ start: 2, end: 3 }, 30, 16)).toBeGreaterThan(3);
    expect(labelExtent({ start: 2, end: 3 }, 500, 16)).toBe(2 + MAX_LABEL_COLUMNS);
    expect(labelExtent({ start: 15, end: 15.5 }, 500, 16)).toBe(16);
    expect(labelExtent({ start: 0, end: 10 }, 500, 16)).toBe(10);
  });
});

describe('lanes', () => {
  const item = (id: string, area: string, from: string, to: string, title = id, milestones: Array<{ id: string; date: string; done: boolean }> = []) => ({ id, area, title, from, to, milestones });

  it('makes one lane per area in the given order, leaves out other areas, and orders bars by start', () => {
    const lanes = layoutLanes(
      [
        item('late', 'a', '2026-01-01', '2026-06-30'),
        item('early', 'a', '2024-01-01', '2024-06-30'),
        item('other', 'x', '2024-01-01', '2024-06-30'),
        item('b1', 'b', '2025-01-01', '2025-12-31'),
      ],
      ['b', 'a', 'empty'],
      scale,
    );
    expect(lanes.map((lane) => [lane.area, lane.bars.map((bar) => bar.item.id), lane.rows])).toEqual([
      ['b', ['b1'], 1],
      ['a', ['early', 'late'], 1],
      ['empty', [], 0],
    ]);
  });

  it('stacks overlapping items of one area, with their labels’ room', () => {
    const [lane] = layoutLanes(
      [item('one', 'a', '2025-01-01', '2025-06-30', 'A title long enough to run past its bar'), item('two', 'a', '2025-07-01', '2025-12-31')],
      ['a'],
      scale,
    );
    expect(lane.bars.map((bar) => bar.row)).toEqual([0, 1]);
    expect(lane.bars[0].labelEnd).toBeGreaterThan(lane.bars[0].end);
  });

  it('places milestones as a share of their bar', () => {
    const [lane] = layoutLanes(
      [item('m', 'a', '2025-01-01', '2025-12-31', 'm', [
        { id: 'mid', date: '2025-07-01', done: true },
        { id: 'before', date: '2024-07-01', done: false },
      ])],
      ['a'],
      scale,
    );
    expect(lane.bars[0].milestones).toEqual([
      { id: 'mid', at: 0.5, done: true },
      { id: 'before', at: -0.5, done: false },
    ]);
  });
});
