/**
 * When periodic work is due: pure functions over a period's times, shared by every feature whose
 * jobs the scheduler ticks (pulse rounds, DigiCheck cycles).
 */

/** A period open from `opensAt` until `closesAt` (ISO times): a pulse round, a DigiCheck cycle. */
export interface Period {
  opensAt: string;
  closesAt: string;
}

/** The reminder goes out when a quarter of the period, at most one day, is left. */
export function reminderDue(period: Period, now: Date): boolean {
  const open = Date.parse(period.opensAt);
  const close = Date.parse(period.closesAt);
  const lead = Math.min(86_400_000, (close - open) / 4);
  return now.getTime() >= close - lead && now.getTime() < close;
}
