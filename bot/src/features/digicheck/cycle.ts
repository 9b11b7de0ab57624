import { randomBytes } from 'node:crypto';
import type { CheckTargets, CycleState } from '../../api/digicheck-contract';

/**
 * How far closing has come. `open` until closing starts; `aggregated` once the department totals
 * are stored (the answers may still exist); `closed` once every answer row is deleted.
 */
export type ClosingPhase = 'open' | 'aggregated' | 'closed';

/** An assessment cycle: open from `opensAt` to `closesAt`, then aggregated and de-linked. */
export interface Cycle {
  id: string;
  opensAt: string;
  closesAt: string;
  targets: CheckTargets;
  phase: ClosingPhase;
  /** Completed checks counted at closing. */
  respondents?: number;
  /** When the reminder to people with an unfinished check went out (claimed by one instance). */
  remindedAt?: string;
}

/** The key under which department moves during the cycle are counted (PeopleStore.countMove). */
export const cycleMovesScope = (cycleId: string) => `cycle:${cycleId}`;

/** The cycle's state at `now`. */
export function cycleState(c: Pick<Cycle, 'opensAt' | 'closesAt' | 'phase'>, now: Date): CycleState {
  if (c.phase === 'closed') return 'closed';
  if (now < new Date(c.opensAt)) return 'scheduled';
  if (now < new Date(c.closesAt) && c.phase === 'open') return 'open';
  return 'closing';
}

/** A sortable, unguessable id: the opening day plus randomness, e.g. `20270111-3f9a1c`. */
export function newCycleId(opensAt: Date): string {
  return `${opensAt.toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(3).toString('hex')}`;
}

/** True when two cycles' open times overlap (only one cycle runs at a time). */
export function overlaps(a: Pick<Cycle, 'opensAt' | 'closesAt'>, b: Pick<Cycle, 'opensAt' | 'closesAt'>): boolean {
  return Date.parse(a.opensAt) < Date.parse(b.closesAt) && Date.parse(b.opensAt) < Date.parse(a.closesAt);
}
