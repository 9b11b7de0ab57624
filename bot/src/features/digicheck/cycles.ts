import type { CheckCycleSummary, CheckTargets } from '../../api/digicheck-contract';
import type { FieldProblem } from '../../api/contract';
import { problem, zodProblems } from '../../http/validation';
import { cycleState, newCycleId, overlaps, type Cycle } from './cycle';
import type { CheckOutcome, DigiCheckDeps } from './deps';
import { cycleRequestSchema, fullTargets, targetsSchema } from './model';

/** The change team's cycle administration: list, open (one at a time) and set target levels. */
export class CycleAdmin {
  private readonly now: () => Date;

  constructor(private readonly deps: DigiCheckDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Every cycle, newest first. */
  async cycles(): Promise<CheckCycleSummary[]> {
    const now = this.now();
    return (await this.deps.store.listCycles()).map(({ cycle, etag }) => summaryOf(cycle, etag, now)).reverse();
  }

  /** Opens a cycle now or at `opensAt`; only one cycle may be scheduled or open at a time. */
  async createCycle(body: unknown): Promise<CheckOutcome<CheckCycleSummary>> {
    const parsed = cycleRequestSchema.safeParse(body);
    if (!parsed.success) return { kind: 'invalid', problems: zodProblems(parsed.error) };
    const now = this.now();
    const opensAt = parsed.data.opensAt ? new Date(parsed.data.opensAt) : now;
    const closesAt = new Date(parsed.data.closesAt);
    const problems: FieldProblem[] = [];
    if (opensAt.getTime() < now.getTime() - 60_000) problems.push(problem('opensAt', 'opensAt.inPast', 'must not lie in the past (omit it to open now)'));
    if (closesAt <= opensAt) problems.push(problem('closesAt', 'closesAt.beforeOpensAt', 'must be after opensAt'));
    if (closesAt.getTime() - opensAt.getTime() > 120 * 86_400_000) problems.push(problem('closesAt', 'closesAt.tooLong', 'a cycle runs at most 120 days', { days: 120 }));
    if (problems.length) return { kind: 'invalid', problems };
    const cycle: Cycle = { id: newCycleId(opensAt), opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString(), targets: fullTargets(parsed.data.targets), phase: 'open' };
    // Read the slot before the list: a creation that races this one moves the slot, and then
    // this claim fails, so two requests can never both pass the overlap check.
    const slot = await this.deps.store.slotEtag();
    const clash = (await this.deps.store.listCycles()).find((c) => cycleState(c.cycle, now) !== 'closed' && overlaps(c.cycle, cycle));
    if (clash) return { kind: 'conflict', code: 'overlap', message: `cycle ${clash.cycle.id} runs ${clash.cycle.opensAt} – ${clash.cycle.closesAt}; close it first or choose a later time` };
    if (!(await this.deps.store.claimSlot(cycle.id, slot))) return { kind: 'conflict', code: 'overlap', message: 'another cycle was opened at the same moment; reload the list' };
    if (!(await this.deps.store.createCycle(cycle))) return { kind: 'conflict', code: 'exists', message: 'try again' };
    this.deps.log.info({ cycleId: cycle.id, opensAt: cycle.opensAt, closesAt: cycle.closesAt }, 'digicheck cycle created');
    await this.deps.invite?.(cycle).catch((err) => this.deps.log.warn({ err, cycleId: cycle.id }, 'could not schedule the invitation'));
    const stored = await this.deps.store.getCycle(cycle.id);
    return { kind: 'ok', value: summaryOf(stored!.cycle, stored!.etag, now), created: true };
  }

  /** Sets the change team's target levels, if the cycle is unchanged since `etag`. */
  async setTargets(id: string, etag: string | undefined, body: unknown): Promise<CheckOutcome<CheckCycleSummary>> {
    const found = await this.deps.store.getCycle(id);
    if (!found) return { kind: 'not-found' };
    const parsed = targetsSchema.safeParse((body as { targets?: unknown })?.targets);
    if (!parsed.success) return { kind: 'invalid', problems: zodProblems(parsed.error, 'targets') };
    const now = this.now();
    if (!etag) return { kind: 'invalid', problems: [problem('If-Match', 'etag.required', 'send the etag the targets were read with')] };
    const newEtag = etag === found.etag ? await this.deps.store.updateCycle({ ...found.cycle, targets: parsed.data as CheckTargets }, etag) : undefined;
    if (!newEtag) {
      const current = await this.deps.store.getCycle(id);
      return { kind: 'conflict', code: 'conflict', message: 'the targets were changed meanwhile; review the current values and retry', current: current && summaryOf(current.cycle, current.etag, now) };
    }
    return { kind: 'ok', value: summaryOf({ ...found.cycle, targets: parsed.data as CheckTargets }, newEtag, now) };
  }
}

/** A cycle as the API lists it. */
export function summaryOf(cycle: Cycle, etag: string, now: Date): CheckCycleSummary {
  return {
    id: cycle.id,
    opensAt: cycle.opensAt,
    closesAt: cycle.closesAt,
    state: cycleState(cycle, now),
    targets: cycle.targets,
    ...(cycle.phase === 'closed' && { respondents: cycle.respondents ?? 0 }),
    etag,
  };
}
