import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { PersonalChat } from '../../proactive/personal';
import type { DigiCheckService } from '../digicheck/service';
import type { ConversationStore } from '../../conversations/store';
import type { PulseService } from '../pulse/service';
import type { PeopleStore } from './store';

/** An open pulse round or DigiCheck cycle, as far as the guard needs it. */
export interface OpenScope {
  /** `round:<id>` or `cycle:<id>`: the key of its move counters. */
  scope: string;
  closesAt: string;
}

/** What the guard needs to know about the open rounds and the open cycle. */
export interface DepartmentGuardDeps {
  people: PeopleStore;
  /** Open pulse rounds and whether the person took part in each. */
  pulseRounds(personKey: string): Promise<Array<OpenScope & { tookPart: boolean }>>;
  /** The open DigiCheck cycle, and the department of the person's answers in it if they began it. */
  checkCycle(personKey: string): Promise<(OpenScope & { tookPart: boolean; department?: string }) | undefined>;
  log: Logger;
}

/** What asking to use a department means for the person right now. */
export type DepartmentCheck =
  /** It is the stored department: nothing changes. */
  | { kind: 'same' }
  /** No department is stored yet: choosing one is a first declaration, not a move. */
  | { kind: 'first' }
  /** A move from the stored department to another; allowed, and counted when rounds are open. */
  | { kind: 'move'; from: string }
  /** Refused: the person took part in a round or cycle that is still open. */
  | { kind: 'locked'; department?: string; until: string };

/**
 * The fill-up defence (trust point 11): colleagues could declare themselves members of a tiny
 * department, lift it over the threshold of 5 and subtract their own answers from its figures.
 * So a person's department cannot change while a pulse round or DigiCheck cycle they took part in
 * is open, and every move during an open round or cycle is counted per department (a counter
 * without any person) for each of them.
 */
export class DepartmentGuard {
  constructor(private readonly deps: DepartmentGuardDeps) {}

  /** The stored department of a person, if any. */
  async stored(personKey: string): Promise<string | undefined> {
    return (await this.deps.people.get(personKey))?.department;
  }

  /**
   * The department the person is held to, and until when, if they took part in an open round or
   * cycle. Their DigiCheck answers carry their own department; otherwise the stored one holds.
   */
  async lock(personKey: string): Promise<{ department?: string; until: string } | undefined> {
    const [rounds, cycle, stored] = await Promise.all([this.deps.pulseRounds(personKey), this.deps.checkCycle(personKey), this.stored(personKey)]);
    const taken: OpenScope[] = rounds.filter((r) => r.tookPart);
    if (cycle?.tookPart) taken.push(cycle);
    if (taken.length === 0) return undefined;
    const until = taken.map((s) => s.closesAt).sort().at(-1)!;
    return { department: (cycle?.tookPart ? cycle.department : undefined) ?? stored, until };
  }

  /** Whether the person may use `department` now, and what it would mean. Writes nothing. */
  async check(personKey: string, department: string): Promise<DepartmentCheck> {
    const [lock, stored] = await Promise.all([this.lock(personKey), this.stored(personKey)]);
    if (lock?.department !== undefined && lock.department !== department) return { kind: 'locked', department: lock.department, until: lock.until };
    if (stored === department) return { kind: 'same' };
    return stored === undefined ? { kind: 'first' } : { kind: 'move', from: stored };
  }

  /**
   * Stores the person's department after {@link check} allowed it, and counts a move for every
   * open round and the open cycle. Callers do this on a turn of its own, never on the turn of a
   * submit: the row's write time must not date a ballot (trust point 12).
   */
  async save(personKey: string, department: string, checked: DepartmentCheck): Promise<void> {
    if (checked.kind === 'locked' || checked.kind === 'same') return;
    if (checked.kind === 'move') {
      // Counted before the move is stored: a count that fails leaves the move undone, never
      // uncounted (sealing subtracts these counts from the thresholds).
      const [rounds, cycle] = await Promise.all([this.deps.pulseRounds(personKey), this.deps.checkCycle(personKey)]);
      const scopes = [...rounds, ...(cycle ? [cycle] : [])].map((s) => s.scope);
      for (const scope of scopes) await this.deps.people.countMove(scope, department);
      if (scopes.length) this.deps.log.info({ department, openRoundsAndCycles: scopes.length }, 'department move during an open round or cycle counted');
    }
    await this.deps.people.setDepartment(personKey, department);
  }
}

/**
 * The two privacy helpers the chat features share, built from the bot's dependencies: the
 * department lock (trust point 11) and answering personal things in the personal chat (13).
 */
export function chatPrivacy(deps: {
  people: PeopleStore;
  pulse: Pick<PulseService, 'openRoundsTakenPartIn'>;
  digicheck: Pick<DigiCheckService, 'openCycleFor'>;
  conversations: ConversationStore;
  config: Pick<Config, 'botAuth'>;
  log: Logger;
}): { guard: DepartmentGuard; personal: PersonalChat } {
  return {
    guard: new DepartmentGuard({ people: deps.people, pulseRounds: (p) => deps.pulse.openRoundsTakenPartIn(p), checkCycle: (p) => deps.digicheck.openCycleFor(p), log: deps.log }),
    personal: new PersonalChat({ conversations: deps.conversations, botAppId: deps.config.botAuth?.appId ?? '', log: deps.log }),
  };
}
