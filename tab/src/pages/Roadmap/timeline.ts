/**
 * Timeline geometry: half-years, calendar days and where they sit on the timeline's columns.
 * DOM-free and React-free, so it is unit-tested in Node (tests/tab/roadmap.timeline.test.ts).
 *
 * Positions are measured in columns (one column = one half-year): 0 is the first day of the first
 * half-year, `n` the end of the last. Days count in UTC so a bar never shifts with the viewer's
 * time zone or daylight saving; only "today" is the viewer's own calendar day.
 */
import type { HalfYear } from '../../api/types';

const HALF_YEAR = /^(\d{4})-H([12])$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** A half-year split into its parts: `2025-H2` → `{ year: 2025, half: 2 }`. */
export interface HalfYearParts {
  year: number;
  half: 1 | 2;
}

/** Reads `YYYY-H1` / `YYYY-H2`; `undefined` for anything else. */
export function parseHalfYear(value: string): HalfYearParts | undefined {
  const match = HALF_YEAR.exec(value);
  return match ? { year: Number(match[1]), half: match[2] === '1' ? 1 : 2 } : undefined;
}

/** The first and last calendar day of a half-year (`2025-H2` → 2025-07-01 … 2025-12-31). */
export function halfYearSpan(halfYear: HalfYear): { from: string; to: string } {
  const parts = parseHalfYear(halfYear);
  if (!parts) throw new Error(`not a half-year: ${halfYear}`);
  return parts.half === 1
    ? { from: `${parts.year}-01-01`, to: `${parts.year}-06-30` }
    : { from: `${parts.year}-07-01`, to: `${parts.year}-12-31` };
}

/** The half-year a calendar day `YYYY-MM-DD` falls in. */
export function halfYearOf(date: string): HalfYear {
  return `${date.slice(0, 4)}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
}

/** The half-year `by` half-years later (negative: earlier): `2025-H2` + 1 → `2026-H1`. */
export function shiftHalfYear(halfYear: HalfYear, by: number): HalfYear {
  const parts = parseHalfYear(halfYear);
  if (!parts) throw new Error(`not a half-year: ${halfYear}`);
  const index = parts.year * 2 + (parts.half - 1) + by;
  return `${Math.floor(index / 2)}-H${(index % 2) + 1}`;
}

/** Days since 1970-01-01 of a calendar day `YYYY-MM-DD` (UTC); `NaN` when it is not one. */
export function dayIndex(date: string): number {
  const match = DAY.exec(date);
  if (!match) return Number.NaN;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
}

/** The calendar day `YYYY-MM-DD` of a {@link dayIndex}. */
export function isoDay(index: number): string {
  return new Date(index * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The viewer's own calendar day (local time), for the "today" line. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The same day `months` months later (negative: earlier). A day that does not exist there is the
 * month's last day: 2025-08-31 + 6 months → 2026-02-28 (a move must never jump into March).
 */
export function shiftMonths(date: string, months: number): string {
  const match = DAY.exec(date);
  if (!match) throw new Error(`not a calendar day: ${date}`);
  const total = Number(match[1]) * 12 + (Number(match[2]) - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(match[3]), lastDay);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The timeline's columns as day ranges, computed once per list. */
export interface TimelineScale {
  halfYears: readonly HalfYear[];
  /** Day index where each column starts; one more entry than columns (the end of the last). */
  edges: number[];
}

/**
 * The scale of a timeline whose columns are `halfYears` (consecutive, oldest first, as the API
 * lists them).
 */
export function timelineScale(halfYears: readonly HalfYear[]): TimelineScale {
  const edges = halfYears.map((halfYear) => dayIndex(halfYearSpan(halfYear).from));
  const last = halfYears[halfYears.length - 1];
  edges.push(last === undefined ? 0 : dayIndex(halfYearSpan(last).to) + 1);
  return { halfYears, edges };
}

/**
 * Where the start of a day sits, in columns: the column index plus the share of that half-year
 * already past. Clamped to the timeline (0 … number of columns).
 */
export function positionOfDayIndex(scale: TimelineScale, day: number): number {
  const { edges } = scale;
  const columns = edges.length - 1;
  if (columns <= 0 || !(day > edges[0])) return 0;
  if (day >= edges[columns]) return columns;
  // Binary search: the last column whose start is not after the day.
  let low = 0;
  let high = columns - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (edges[middle] <= day) low = middle;
    else high = middle - 1;
  }
  return low + (day - edges[low]) / (edges[low + 1] - edges[low]);
}

/** {@link positionOfDayIndex} of a calendar day `YYYY-MM-DD`; `end` means the end of that day. */
export function positionOf(scale: TimelineScale, date: string, edge: 'start' | 'end' = 'start'): number {
  return positionOfDayIndex(scale, dayIndex(date) + (edge === 'end' ? 1 : 0));
}

/** Where a bar sits, in columns, and whether it was cut at either end of the timeline. */
export interface BarSpan {
  start: number;
  end: number;
  /** The item starts before the first column. */
  cutStart: boolean;
  /** The item ends after the last column. */
  cutEnd: boolean;
}

/**
 * The bar of an item that runs from `from` to `to` (both days included). Very short items get
 * `minWidth` columns so they stay visible and clickable.
 */
export function barSpan(scale: TimelineScale, from: string, to: string, minWidth = 0.15): BarSpan {
  const columns = scale.edges.length - 1;
  const first = dayIndex(from);
  const last = dayIndex(to) + 1;
  let start = positionOfDayIndex(scale, first);
  let end = Math.max(positionOfDayIndex(scale, last), start);
  if (end - start < minWidth) {
    end = Math.min(columns, start + minWidth);
    start = Math.max(0, end - minWidth);
  }
  return { start, end, cutStart: first < scale.edges[0], cutEnd: last > scale.edges[columns] };
}

/** The room a bar takes in its row: from its start to the end of its bar or of its label. */
export interface RowExtent {
  start: number;
  end: number;
}

/**
 * Packs bars into as few rows as possible without overlaps (greedy, by start): a bar goes into the
 * first row whose last bar ended at least `gap` columns earlier.
 * @returns the row of each extent (same order as given) and how many rows there are.
 */
export function packRows(extents: readonly RowExtent[], gap = 0.08): { rows: number[]; count: number } {
  const order = extents.map((_, index) => index).sort((a, b) => extents[a].start - extents[b].start || extents[a].end - extents[b].end);
  const rowEnds: number[] = [];
  const rows = new Array<number>(extents.length);
  for (const index of order) {
    const { start, end } = extents[index];
    let row = rowEnds.findIndex((rowEnd) => rowEnd + gap <= start);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(end);
    } else {
      rowEnds[row] = end;
    }
    rows[index] = row;
  }
  return { rows, count: rowEnds.length };
}

/** About how many columns one character of a bar label takes (12 px text, ≈ 6.8 px per character, 52 px columns). */
const COLUMNS_PER_CHARACTER = 0.13;
/** Room for the label's padding and status sign, in columns. */
const LABEL_PADDING_COLUMNS = 0.35;
/** The widest a label may reserve beyond its bar; longer titles end in "…". */
export const MAX_LABEL_COLUMNS = 4.2;

/**
 * How far a bar's label reaches, in columns: labels are written into the bar and may run on past
 * a short bar (a half-year is only ~50 px wide), so packing keeps that room free.
 */
export function labelExtent(bar: Pick<BarSpan, 'start' | 'end'>, characters: number, columns: number): number {
  const wanted = Math.min(MAX_LABEL_COLUMNS, characters * COLUMNS_PER_CHARACTER + LABEL_PADDING_COLUMNS);
  return Math.min(columns, Math.max(bar.end, bar.start + wanted));
}

/** What the timeline needs of an item (a `RoadmapItem` fits). */
export interface TimelineItem {
  id: string;
  area: string;
  title: string;
  from: string;
  to: string;
  milestones: ReadonlyArray<{ id: string; date: string; done: boolean }>;
}

/** One bar as drawn: its span and label room in columns, its row in the lane, its milestones. */
export interface BarLayout<T extends TimelineItem> {
  item: T;
  start: number;
  end: number;
  /** Where its label ends (≥ `end`). */
  labelEnd: number;
  row: number;
  cutStart: boolean;
  cutEnd: boolean;
  /** Each milestone's place as a share of the bar's width (below 0 or above 1 when outside the bar). */
  milestones: Array<{ id: string; at: number; done: boolean }>;
}

/** One lane: an area's bars in time order (the keyboard's order), and how many rows they need. */
export interface LaneLayout<T extends TimelineItem> {
  area: string;
  bars: Array<BarLayout<T>>;
  rows: number;
}

/**
 * Lays out items in lanes, one per area of `areas` (in that order; an area without items gets an
 * empty lane). Items of other areas are left out: the caller decides which lanes to show.
 * @param labelCharacters - how many characters a bar's label has (title plus signs), for its room.
 */
export function layoutLanes<T extends TimelineItem>(
  items: readonly T[],
  areas: readonly string[],
  scale: TimelineScale,
  labelCharacters: (item: T) => number = (item) => item.title.length + 2,
): Array<LaneLayout<T>> {
  const columns = scale.edges.length - 1;
  const byArea = new Map<string, T[]>(areas.map((area) => [area, []]));
  for (const item of items) byArea.get(item.area)?.push(item);
  return areas.map((area) => {
    const laneItems = byArea.get(area) ?? [];
    const bars = laneItems.map((item): BarLayout<T> => {
      const span = barSpan(scale, item.from, item.to);
      const width = span.end - span.start;
      return {
        item,
        ...span,
        labelEnd: labelExtent(span, labelCharacters(item), columns),
        row: 0,
        milestones: item.milestones.map((m) => ({ id: m.id, at: (positionOf(scale, m.date) - span.start) / width, done: m.done })),
      };
    });
    const { rows, count } = packRows(bars.map((bar) => ({ start: bar.start, end: bar.labelEnd })));
    bars.forEach((bar, index) => {
      bar.row = rows[index];
    });
    bars.sort((a, b) => a.start - b.start || a.row - b.row || a.item.title.localeCompare(b.item.title));
    return { area, bars, rows: count };
  });
}
