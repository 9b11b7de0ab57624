import type { CheckCycleSummary } from '../../api/digicheck-contract';
import { reminderDue } from '../../scheduling/due';
import { cycleMovesScope, cycleState, type Cycle } from './cycle';
import { summaryOf } from './cycles';
import type { CheckOutcome, DigiCheckDeps } from './deps';
import { aggregate, isComplete, sealAggregates } from './scoring';

/**
 * Closing waits this long after the closing time before reading the answers, so a submit that
 * passed its "still open" check a moment before the closing time has written its row by then.
 */
const CLOSE_GRACE_MS = 2000;

/**
 * Closing a cycle (aggregate per department, then delete every answer row) and the periodic pass
 * (the app's scheduler runs {@link CycleClosing.tick}) that reminds the unfinished once and closes
 * cycles whose time is up.
 */
export class CycleClosing {
  private readonly now: () => Date;
  private running?: Promise<void>;

  constructor(private readonly deps: DigiCheckDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Closes an open cycle now (or finishes an interrupted closing): aggregate, then de-link. */
  async close(id: string): Promise<CheckOutcome<CheckCycleSummary>> {
    const found = await this.deps.store.getCycle(id);
    if (!found) return { kind: 'not-found' };
    const now = this.now();
    const state = cycleState(found.cycle, now);
    if (state === 'scheduled') return { kind: 'conflict', code: 'not-open', message: 'the cycle has not opened yet' };
    if (state === 'open') {
      const moved = await this.deps.store.updateCycle({ ...found.cycle, closesAt: now.toISOString() }, found.etag);
      if (!moved) return this.close(id);
    }
    await this.finalize(id);
    const after = await this.deps.store.getCycle(id);
    return { kind: 'ok', value: summaryOf(after!.cycle, after!.etag, this.now()) };
  }

  /**
   * Closing, in steps that are each safe to repeat (a crash or a second instance just repeats
   * one): (1) add up the completed checks per department and store the totals in one transaction,
   * then mark the cycle `aggregated` with an ETag; (2) delete every answer row, then mark it
   * `closed`. Answers are no longer taken once the closing time has passed, and step 1 starts
   * {@link CLOSE_GRACE_MS} after it, so it always sees the same rows.
   */
  async finalize(id: string): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const found = await this.deps.store.getCycle(id);
      if (!found || found.cycle.phase === 'closed') return;
      if (cycleState(found.cycle, this.now()) !== 'closing') return;
      if (found.cycle.phase === 'open') {
        const wait = Date.parse(found.cycle.closesAt) + CLOSE_GRACE_MS - this.now().getTime();
        if (wait > 0) await new Promise((r) => setTimeout(r, Math.min(wait, CLOSE_GRACE_MS)));
        // Stored as published: departments that are not shown keep no totals of their own (trust 14);
        // checks that may be from people who moved in during the cycle count towards no threshold (11).
        const moves = await this.deps.people.movesInto(cycleMovesScope(id));
        const totals = sealAggregates(aggregate(this.deps.questionnaire, await collect(this.deps.store.responses(id))), moves);
        const respondents = totals.reduce((a, t) => a + t.respondents, 0);
        if (!(await this.deps.store.aggregateAndMark({ ...found.cycle, phase: 'aggregated', respondents }, found.etag, totals))) continue;
        this.deps.log.info({ cycleId: id, respondents, departments: totals.length }, 'digicheck cycle aggregated');
        continue;
      }
      const deleted = await this.deps.store.deleteResponses(id);
      if (await this.deps.store.updateCycle({ ...found.cycle, phase: 'closed' }, found.etag)) {
        this.deps.log.info({ cycleId: id, deletedAnswerRows: deleted }, 'digicheck cycle closed: answers deleted, only department totals remain');
        return;
      }
    }
  }

  /**
   * One pass: reminds people with an unfinished check once, when a quarter of the cycle (at most
   * one day) is left, and finalizes every cycle past its closing time. Overlapping calls share a pass.
   */
  tick(): Promise<void> {
    this.running ??= (async () => {
      const now = this.now();
      for (const { cycle, etag } of await this.deps.store.listCycles()) {
        const state = cycleState(cycle, now);
        if (state === 'open' && !cycle.remindedAt && this.deps.remind && reminderDue(cycle, now)) await this.remindUnfinished(cycle, etag, now);
        if (state === 'closing') await this.finalize(cycle.id);
      }
    })().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Claims the reminder on the cycle (ETag: one instance sends it), then reminds the unfinished. */
  private async remindUnfinished(cycle: Cycle, etag: string, now: Date): Promise<void> {
    if (!(await this.deps.store.updateCycle({ ...cycle, remindedAt: now.toISOString() }, etag))) return;
    const unfinished = new Set<string>();
    for await (const { personKey, response } of this.deps.store.responsesWithPeople(cycle.id)) {
      if (!isComplete(this.deps.questionnaire, response.answers)) unfinished.add(personKey);
    }
    const reached = await this.deps.remind!(unfinished, cycle);
    this.deps.log.info({ cycleId: cycle.id, unfinished: unfinished.size, reached }, 'digicheck reminder sent');
  }
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
