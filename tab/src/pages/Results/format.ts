/**
 * Pure helpers of the results page: which round to preselect and the colour band of a heat-map
 * cell (numbers and dates are formatted by `tab/src/format.ts`). No DOM and no React, so they are unit-tested in Node
 * (tests/tab/results.format.test.ts).
 *
 * Nothing here derives a figure the server did not send: every value shown comes from the API
 * as it is, only formatted.
 */
import type { RoundSummary } from '../../api/types';

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
