/**
 * Pure helpers of the results page: number and date formats per locale, which round to preselect,
 * and the colour band of a heat-map cell. No DOM and no React, so they are unit-tested in Node
 * (tests/tab/results.format.test.ts).
 *
 * Nothing here derives a figure the server did not send: every value shown comes from the API
 * as it is, only formatted.
 */
import type { Locale } from '../../environment';
import type { RoundSummary } from '../../api/types';

/** A mean on the 1–5 scale with one decimal: `3,8` (de), `3.8` (en). */
export function formatMean(mean: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(mean);
}

/** A share 0–1 as a whole percentage: `71 %` (de), `71%` (en). */
export function formatShare(share: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** An eNPS score (−100 … +100) with its sign: `+21`, `−7`, `0`. */
export function formatScore(score: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 0 }).format(score);
}

/** A whole number in the locale's grouping: `1.234` (de), `1,234` (en). */
export function formatCount(count: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(count);
}

/** A calendar date: `30.06.2026` (de), `Jun 30, 2026` (en). */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
}

/** A date with time, for when a running round ends: `30.06.2026, 17:00`. */
export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** A short month label for chart axes: `Jun 2026`. */
export function formatMonth(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' }).format(date);
}

/**
 * The round the page opens with: the newest closed round (the list comes newest first), else the
 * newest round at all, else none.
 */
export function preselectRound(rounds: readonly RoundSummary[]): RoundSummary | undefined {
  // A round being finalised has no figures yet: the newest final one is shown first.
  return rounds.find((round) => round.state === 'closed' && round.final) ?? rounds.find((round) => round.state === 'closed') ?? rounds[0];
}

/** What a heat-map cell shows: the mean (1–5) or the favourable share (0–1). */
export type HeatMetric = 'mean' | 'favourable';

/** The colour band of a heat-map cell; the number is always shown as well. */
export type HeatBand = 'low' | 'middle' | 'high';

/**
 * Bands: a mean below 2.5 or a favourable share below 40 % is low; from 3.5 or 60 % it is high.
 * (On the 1–5 scale 2.5 and 3.5 are the midpoints between "disagree", "neutral" and "agree".)
 */
export function heatBand(value: number, metric: HeatMetric): HeatBand {
  const [low, high] = metric === 'mean' ? [2.5, 3.5] : [0.4, 0.6];
  if (value < low) return 'low';
  if (value >= high) return 'high';
  return 'middle';
}
