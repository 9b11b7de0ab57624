import type { Logger } from '../../logger';
import type { Department } from '../people/departments';
import type { PeopleStore } from '../people/store';
import { validateBallot, type BallotProblem } from './ballot';
import { roundIncludes, roundMovesScope, roundState, type Round } from './round';
import type { RoundsStore } from './rounds-store';
import type { SubmissionsStore } from './submissions-store';

/** Delay between a submit and the background tally it triggers. */
const TALLY_DELAY_MS = 250;

/** The outcome of a submit, for the chat layer to turn into a card. */
export type SubmitOutcome =
  | { kind: 'accepted' }
  | { kind: 'duplicate' }
  | { kind: 'unknown-round' }
  | { kind: 'not-open' }
  | { kind: 'closed' }
  | { kind: 'not-for-you' }
  | { kind: 'invalid'; round: Round; problems: BallotProblem[]; departmentMissing: boolean }
  /** The department differs from the stored one and was saved on this turn; nothing counted yet. */
  | { kind: 'department-saved'; round: Round; department: string }
  /** The department cannot change now (trust point 11); nothing stored. */
  | { kind: 'department-locked'; round: Round; department?: string; until: string };

/**
 * Called once a submit is valid, before anything is stored: may answer instead of storing (the
 * chat layer checks and saves a changed department there, on a turn without a ballot).
 */
export type DepartmentStep = (round: Round, department: string) => Promise<SubmitOutcome | undefined>;

/** What the pulse service needs. */
export interface PulseDeps {
  rounds: RoundsStore;
  submissions: SubmissionsStore;
  people: PeopleStore;
  departments: Department[];
  log: Logger;
  now?: () => Date;
}

/**
 * Answering pulses: which round is open for a person, and taking a submit exactly once.
 * No Teams types here; routes.ts translates to and from cards.
 */
export class PulseService {
  private readonly now: () => Date;
  private readonly tallying = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: PulseDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** The open rounds meant for a person in `department`, oldest first. */
  async openRoundsFor(department: string | undefined): Promise<Round[]> {
    const now = this.now();
    return (await this.deps.rounds.list()).filter((r) => roundState(r, now) === 'open' && roundIncludes(r, department));
  }

  /** Every open round, with whether the person took part in it (for the department lock). */
  async openRoundsTakenPartIn(personKey: string): Promise<Array<{ scope: string; closesAt: string; tookPart: boolean }>> {
    const now = this.now();
    const open = (await this.deps.rounds.list()).filter((r) => roundState(r, now) === 'open');
    return Promise.all(open.map(async (r) => ({ scope: roundMovesScope(r.id), closesAt: r.closesAt, tookPart: await this.deps.submissions.hasParticipated(r.id, personKey) })));
  }

  /** The first open round for the person that they have not answered yet, if any. */
  async nextRoundFor(personKey: string, department: string | undefined): Promise<{ round?: Round; answeredAll: boolean }> {
    const open = await this.openRoundsFor(department);
    for (const round of open) {
      if (!(await this.deps.submissions.hasParticipated(round.id, personKey))) return { round, answeredAll: false };
    }
    return { answeredAll: open.length > 0 };
  }

  /**
   * Validates and stores a submit. The ballot carries the department, but nothing about the
   * person. The department is the person's stored one: the chat layer saves a different choice
   * on a turn of its own first (see DepartmentGuard), so this turn writes nothing but the
   * round's participation and ballot rows, whose write time is shared anyway (trust point 12).
   */
  async submit(roundId: unknown, personKey: string, inputs: Record<string, unknown>, departmentStep?: DepartmentStep): Promise<SubmitOutcome> {
    if (typeof roundId !== 'string' || roundId.length > 100) return { kind: 'unknown-round' };
    const round = await this.deps.rounds.get(roundId);
    if (!round) return { kind: 'unknown-round' };
    const state = roundState(round, this.now());
    if (state === 'scheduled') return { kind: 'not-open' };
    if (state === 'closed') return { kind: 'closed' };

    const department = typeof inputs.department === 'string' ? inputs.department : '';
    const departmentMissing = !this.deps.departments.some((d) => d.id === department);
    const answers = Object.fromEntries(Object.entries(inputs).filter(([k]) => k !== 'department' && k !== 'roundId'));
    const checked = validateBallot(round.survey, round.id, answers);
    if (!checked.ok || departmentMissing) {
      return { kind: 'invalid', round, problems: checked.ok ? [] : checked.problems, departmentMissing };
    }
    if (!roundIncludes(round, department)) return { kind: 'not-for-you' };
    const instead = await departmentStep?.(round, department);
    if (instead) return instead;

    const result = await this.deps.submissions.submit(round.id, personKey, department, checked.ballot);
    if (result === 'duplicate') return { kind: 'duplicate' };
    this.tallySoon(round);
    return { kind: 'accepted' };
  }

  /**
   * Tallies the round's inbox in the background once enough ballots wait. Debounced: one run per
   * round at a time, started {@link TALLY_DELAY_MS} after the submit that asked for it, so a burst
   * of submits costs a few tallies instead of one each.
   */
  tallySoon(round: Round): void {
    if (this.tallying.has(round.id)) return;
    const run = new Promise((r) => setTimeout(r, TALLY_DELAY_MS))
      .then(() => this.deps.submissions.tallyInbox(round.id, round.survey))
      .catch((err) => this.deps.log.error({ err, roundId: round.id }, 'tally failed; the ballots stay in the inbox for the next run'))
      .finally(() => this.tallying.delete(round.id));
    this.tallying.set(round.id, run);
  }

  /** Waits for background tallies (tests, shutdown). */
  async idle(): Promise<void> {
    await Promise.all([...this.tallying.values()]);
  }
}
