import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { coded } from '../../http/validation';
import type { Survey } from './survey';

/** A round of a survey: open from `opensAt` until `closesAt`, for everyone or chosen departments. */
export interface Round {
  id: string;
  survey: Survey;
  opensAt: string;
  closesAt: string;
  /** Department ids; empty = everyone. */
  departments: string[];
  /** When the cards went out (set by the scheduler); undefined until then. */
  announcedAt?: string;
  /** When the closing reminder went out. */
  remindedAt?: string;
  /** When the inbox was flushed after closing, making the results final. */
  finalizedAt?: string;
}

/** Where a round stands at a moment. */
export type RoundState = 'scheduled' | 'open' | 'closed';

/** The round's state at `now`. */
export function roundState(round: Pick<Round, 'opensAt' | 'closesAt'>, now: Date): RoundState {
  if (now < new Date(round.opensAt)) return 'scheduled';
  if (now < new Date(round.closesAt)) return 'open';
  return 'closed';
}

/** The key under which department moves during the round are counted (PeopleStore.countMove). */
export const roundMovesScope = (roundId: string) => `round:${roundId}`;

/** Whether the round is meant for someone in `department`. */
export function roundIncludes(round: Pick<Round, 'departments'>, department: string | undefined): boolean {
  return round.departments.length === 0 || (department !== undefined && round.departments.includes(department));
}

/**
 * A sortable, unguessable round id: the opening time (so ids list in time order) plus randomness.
 * E.g. `20261201T0800-3f9a1c`.
 */
export function newRoundId(opensAt: Date): string {
  const stamp = opensAt.toISOString().slice(0, 16).replace(/[-:]/g, '');
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

/** What the change team sends to schedule rounds (API body). */
export const roundRequestSchema = z
  .object({
    surveyId: z.string({ required_error: 'surveyId is required' }).min(1, 'surveyId is required'),
    opensAt: z
      .string({ required_error: 'opensAt is required, e.g. 2026-12-01T08:00:00+01:00' })
      .datetime({ offset: true, message: 'opensAt must be an ISO date-time, e.g. 2026-12-01T08:00:00+01:00' }),
    closesAt: z.string({ required_error: 'closesAt is required (ISO date-time)' }).datetime({ offset: true, message: 'closesAt must be an ISO date-time' }),
    departments: z.array(z.string()).max(50).default([]),
    /** Repeat every N days (e.g. 28 for every 4 weeks), `count` rounds in all. */
    repeat: z.object({ everyDays: z.number().int().min(1).max(365), count: z.number().int().min(2).max(26) }).optional(),
  })
  .superRefine((r, ctx) => {
    const open = Date.parse(r.opensAt);
    const close = Date.parse(r.closesAt);
    if (close <= open) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['closesAt'], message: 'closesAt must be after opensAt', params: coded('closesAt.beforeOpensAt') });
    if (r.repeat && close - open > r.repeat.everyDays * 86_400_000) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['repeat', 'everyDays'], message: 'a round must close before the next one opens', params: coded('repeat.overlapsNext') });
    }
  });
export type RoundRequest = z.infer<typeof roundRequestSchema>;

/**
 * The rounds a request schedules: one, or `repeat.count` rounds every `repeat.everyDays` days.
 * Pure; the caller checks that the survey and departments exist and that nothing opens in the past.
 */
export function roundsFor(request: RoundRequest, survey: Survey): Round[] {
  const count = request.repeat?.count ?? 1;
  const step = (request.repeat?.everyDays ?? 0) * 86_400_000;
  const open = Date.parse(request.opensAt);
  const close = Date.parse(request.closesAt);
  return Array.from({ length: count }, (_, i) => {
    const opensAt = new Date(open + i * step);
    return {
      id: newRoundId(opensAt),
      survey,
      opensAt: opensAt.toISOString(),
      closesAt: new Date(close + i * step).toISOString(),
      departments: [...request.departments],
    };
  });
}
