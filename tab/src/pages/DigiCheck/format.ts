/**
 * Pure helpers of the DigiCheck page (numbers and dates: `tab/src/format.ts`): changes, which cycle to show, a question's mean from its counts, group names, and the change team's form rules
 * (targets 0–4 in steps of 0.5, a closing day in the future). No DOM and no React, so they are
 * unit-tested in Node (tests/tab/digicheck.logic.test.ts).
 *
 * The figures come from the server as they are (it applies the threshold and hides small
 * groups); the only figure derived here is a question's mean from the counts shown next to it.
 */
import type { Locale } from '../../environment';
// From the contract itself (as api/types.ts does), so this file stays free of the fetch client for the Node tests.
import type { CheckCycleSummary, CheckTargets, CheckText, DimensionId } from '../../../../bot/src/api/digicheck-contract';
import { formatDelta } from '../../format';

/** The group id of the whole administration (in gaps, links and origins). */
export const WHOLE = 'all';

/** How a value changed: its direction as a sign that does not rely on colour, and the amount. */
export interface Change {
  direction: 'up' | 'down' | 'same';
  /** `▲`, `▼` or `=`. */
  arrow: string;
  /** With its sign: `+0,40`, `−0,25`, `0,00`. */
  text: string;
}

/** The change from `previous` to `now` (both 0–4, two decimals as the server rounds them). */
export function change(now: number, previous: number, locale: Locale): Change {
  const delta = Math.round((now - previous) * 100) / 100;
  const text = formatDelta(delta, locale);
  if (delta > 0) return { direction: 'up', arrow: '▲', text };
  if (delta < 0) return { direction: 'down', arrow: '▼', text };
  return { direction: 'same', arrow: '=', text };
}

/** How far a level is below its target (positive), in two decimals. */
export function shortfall(level: number, target: number): number {
  return Math.round((target - level) * 100) / 100;
}

/**
 * The mean level of a question from its answer counts per level (`counts[level]`), or `undefined`
 * when nobody answered.
 */
export function meanOfCounts(counts: readonly number[]): number | undefined {
  const answers = counts.reduce((sum, n) => sum + n, 0);
  if (answers === 0) return undefined;
  return counts.reduce((sum, n, level) => sum + n * level, 0) / answers;
}

/** Whether a cycle has results to show (only closed ones do). */
export const isClosed = (cycle: CheckCycleSummary): boolean => cycle.state === 'closed';

/** Whether a cycle still takes answers or will (scheduled, open) or is being added up (closing). */
export const isRunning = (cycle: CheckCycleSummary): boolean => cycle.state !== 'closed';

/**
 * The closed cycle the page shows: the one a link names (`#digicheck?cycle=…`) when it is closed,
 * else the newest closed one (the list comes newest first), else none.
 */
export function preselectCycle(cycles: readonly CheckCycleSummary[], wanted?: string): CheckCycleSummary | undefined {
  return cycles.find((cycle) => cycle.id === wanted && isClosed(cycle)) ?? cycles.find(isClosed);
}

/** A text of the questionnaire in the reader's language. */
export const inLocale = (text: CheckText, locale: Locale): string => text[locale];

/** The smallest and largest target and their step. */
export const TARGET_MIN = 0;
export const TARGET_MAX = 4;
export const TARGET_STEP = 0.5;

/**
 * Reads a typed target: a number 0–4 in steps of 0.5, with a comma or a point (`2,5`, `2.5`).
 * @returns the target, or `undefined` when it is empty, no number, out of range or between steps.
 */
export function parseTarget(typed: string): number | undefined {
  const text = typed.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  if (value < TARGET_MIN || value > TARGET_MAX || !Number.isInteger(value / TARGET_STEP)) return undefined;
  return value;
}

/** The targets as the form holds them: the typed text per dimension. */
export type TargetDraft = Record<DimensionId, string>;

/** The form's text of stored targets, with the reader's decimal sign (`2,5` in German). */
export function draftFromTargets(targets: CheckTargets, locale: Locale): TargetDraft {
  const text = (target: number) => (locale === 'de' ? String(target).replace('.', ',') : String(target));
  return Object.fromEntries(Object.entries(targets).map(([dimension, target]) => [dimension, text(target)])) as TargetDraft;
}

/** The dimensions whose typed target is not valid (0–4 in steps of 0.5), in the draft's order. */
export function invalidTargets(draft: TargetDraft): DimensionId[] {
  return (Object.keys(draft) as DimensionId[]).filter((dimension) => parseTarget(draft[dimension]) === undefined);
}

/** The targets a draft describes, or `undefined` while one of them is not valid. */
export function targetsFromDraft(draft: TargetDraft): CheckTargets | undefined {
  if (invalidTargets(draft).length > 0) return undefined;
  return Object.fromEntries(Object.entries(draft).map(([dimension, typed]) => [dimension, parseTarget(typed)])) as CheckTargets;
}

/** A calendar day `YYYY-MM-DD` in the browser's time zone. */
export function localDay(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** What is wrong with a closing day: missing, unreadable, or not after today. */
export type ClosingDayProblem = 'required' | 'invalid' | 'past';

/**
 * Checks the closing day of a new cycle (`YYYY-MM-DD` from a date input): a cycle opens now, so it
 * must end on a later day.
 * @returns the problem, or `undefined` when the day is fine.
 */
export function closingDayProblem(day: string, today: string = localDay()): ClosingDayProblem | undefined {
  if (day.trim() === '') return 'required';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(new Date(`${day}T00:00:00Z`).getTime())) return 'invalid';
  return day > today ? undefined : 'past';
}

/**
 * The moment a cycle closes on `day`: the end of that day (23:59) in the browser's time zone, as an
 * ISO date-time with its offset (`2027-01-29T23:59:00+01:00`), as the API asks.
 */
export function endOfDayIso(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  const end = new Date(year, month - 1, date, 23, 59, 0);
  const offset = -end.getTimezoneOffset();
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  return `${day}T23:59:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}
