import { createHash } from 'node:crypto';
import type { FieldProblem } from '../../api/contract';
import type { CheckCycleSummary, CheckLinkedItem, CheckResults, CheckTargets, DimensionId, Questionnaire } from '../../api/digicheck-contract';
import type { RoadmapItemInput } from '../../api/roadmap-contract';
import { problem, zodProblems } from '../../http/validation';
import type { Logger } from '../../logger';
import type { Department } from '../people/departments';
import type { PeopleStore } from '../people/store';
import { halfYearOf, LAST_YEAR } from '../roadmap/model';
import type { RoadmapService } from '../roadmap/service';
import { reminderDue } from '../../scheduling/due';
import { cycleMovesScope, cycleState, newCycleId, overlaps, type Cycle } from './cycle';
import { cycleRequestSchema, fullTargets, targetsSchema } from './model';
import { checkResults, WHOLE } from './results';
import { aggregate, firstOpenStep, isComplete, sealAggregates } from './scoring';
import { parseStepInput, type StepProblem } from './step-input';
import type { CheckResponse, DigiCheckStore } from './store';

/** What the chat shows next; routes.ts turns it into a card. */
export type CheckView =
  | { kind: 'no-cycle'; scheduled?: Cycle }
  | { kind: 'step'; cycle: Cycle; step: number; response: CheckResponse; mode: 'flow' | 'edit'; resumed?: boolean; problems?: StepProblem[]; given?: Record<string, unknown> }
  | { kind: 'summary'; cycle: Cycle; response: CheckResponse }
  | { kind: 'paused'; cycle: Cycle; step: number; response: CheckResponse }
  | { kind: 'deleted' }
  /** `check löschen` when nothing was deleted now: none stored, being counted after closing, or closed. */
  | { kind: 'erase-info'; what: 'nothing' | 'pending' | 'closed'; closedAt?: string }
  | { kind: 'refused'; reason: 'closed' | 'not-open' | 'unknown-cycle' | 'malformed' | 'save-failed' };

/** An API outcome: a value, or a problem the API maps to a status. */
export type CheckOutcome<T> =
  | { kind: 'ok'; value: T; created?: boolean }
  /** `code` names the 400's code when it is not the generic `invalid` (e.g. `not-a-gap`). */
  | { kind: 'invalid'; problems: FieldProblem[]; code?: string }
  | { kind: 'not-found' }
  | { kind: 'conflict'; code: string; message: string; current?: CheckCycleSummary };

/** What the service needs. */
export interface DigiCheckDeps {
  store: DigiCheckStore;
  people: PeopleStore;
  roadmap: RoadmapService;
  questionnaire: Questionnaire;
  departments: Department[];
  /** Cross-cutting roadmap areas; the first takes whole-administration gaps. */
  crossCuttingAreas: Department[];
  /** Invites everyone when a cycle opens (through announcements); failures are logged, not fatal. */
  invite?: (cycle: Cycle) => Promise<void>;
  /** Reminds these people (their check is unfinished) in their personal chat; answers how many were reached. */
  remind?: (personKeys: Set<string>, cycle: Cycle) => Promise<number>;
  log: Logger;
  now?: () => Date;
}

/** Write attempts when the same person saves from two cards at once. */
const SAVE_ATTEMPTS = 4;
/**
 * Closing waits this long after the closing time before reading the answers, so a submit that
 * passed its "still open" check a moment before the closing time has written its row by then.
 */
const CLOSE_GRACE_MS = 2000;

/**
 * The DigiCheck: taking a person through the six dimension cards (answers stored with the person
 * until the cycle closes, so they can pause, resume and change them), closing a cycle (aggregate
 * per department, then delete every answer row), results and gaps → roadmap items.
 */
export class DigiCheckService {
  private readonly now: () => Date;
  private readonly departmentIds: Set<string>;
  /** Totals of closed cycles never change; cached per instance. */
  private readonly closedTotals = new Map<string, Awaited<ReturnType<DigiCheckStore['aggregates']>>>();
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(private readonly deps: DigiCheckDeps) {
    this.now = deps.now ?? (() => new Date());
    this.departmentIds = new Set(deps.departments.map((d) => d.id));
  }

  get questionnaire(): Questionnaire {
    return this.deps.questionnaire;
  }

  // ——— chat ———

  /** The open cycle, if any (at most one is open at a time). */
  async openCycle(): Promise<Cycle | undefined> {
    const now = this.now();
    return (await this.deps.store.listCycles()).map((c) => c.cycle).find((c) => cycleState(c, now) === 'open');
  }

  /** `check`: the card to continue with — the first unanswered dimension, or the summary. */
  async start(personKey: string): Promise<CheckView> {
    const cycle = await this.openCycle();
    if (!cycle) {
      const now = this.now();
      const scheduled = (await this.deps.store.listCycles()).map((c) => c.cycle).find((c) => cycleState(c, now) === 'scheduled');
      return { kind: 'no-cycle', scheduled };
    }
    const stored = (await this.deps.store.getResponse(cycle.id, personKey))?.response;
    const response = stored ?? { department: (await this.deps.people.get(personKey))?.department, answers: {}, updatedAt: '' };
    const step = firstOpenStep(this.deps.questionnaire, response.answers);
    if (step === undefined) return { kind: 'summary', cycle, response };
    return { kind: 'step', cycle, step, response, mode: 'flow', resumed: stored !== undefined };
  }

  /** A dimension card to change (from the summary). */
  async edit(personKey: string, cycleId: unknown, step: unknown): Promise<CheckView> {
    const checked = await this.cycleForAnswer(cycleId);
    if ('kind' in checked) return checked;
    const s = typeof step === 'number' ? step : Number(step);
    if (!Number.isInteger(s) || s < 0 || s >= this.deps.questionnaire.dimensions.length) return { kind: 'refused', reason: 'malformed' };
    const response = (await this.deps.store.getResponse(checked.cycle.id, personKey))?.response ?? { answers: {}, updatedAt: '' };
    return { kind: 'step', cycle: checked.cycle, step: s, response, mode: firstOpenStep(this.deps.questionnaire, response.answers) === undefined ? 'edit' : 'flow' };
  }

  /** The summary of one's own answers (`check` after completing shows it too). */
  async summary(personKey: string, cycleId: unknown): Promise<CheckView> {
    const checked = await this.cycleForAnswer(cycleId);
    if ('kind' in checked) return checked;
    const response = (await this.deps.store.getResponse(checked.cycle.id, personKey))?.response;
    if (!response) return this.start(personKey);
    return { kind: 'summary', cycle: checked.cycle, response };
  }

  /**
   * A dimension card's submit: validated, merged into the person's answers (ETag-guarded, so two
   * cards of the same person cannot overwrite each other), then the next card. Repeating a submit
   * (Teams redelivers, double clicks) stores the same answers again and shows the same next card.
   */
  async submit(personKey: string, data: unknown): Promise<CheckView> {
    const parsed = parseStepInput(this.deps.questionnaire, data, this.departmentIds);
    const d = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
    const checked = await this.cycleForAnswer(d.cycleId);
    if ('kind' in checked) return checked;
    const { cycle } = checked;
    if (!parsed.ok) {
      const step = typeof d.step === 'number' && Number.isInteger(d.step) && d.step >= 0 && d.step < this.deps.questionnaire.dimensions.length ? d.step : undefined;
      if (step === undefined || parsed.problems.some((p) => p.code === 'malformed')) return { kind: 'refused', reason: 'malformed' };
      const response = (await this.deps.store.getResponse(cycle.id, personKey))?.response ?? { answers: {}, updatedAt: '' };
      return { kind: 'step', cycle, step, response, mode: d.move === 'save' ? 'edit' : 'flow', problems: parsed.problems, given: d };
    }
    const input = parsed.input;
    let response: CheckResponse | undefined;
    for (let attempt = 0; attempt < SAVE_ATTEMPTS && !response; attempt++) {
      const current = await this.deps.store.getResponse(cycle.id, personKey);
      const next: CheckResponse = {
        department: input.department ?? current?.response.department,
        answers: { ...current?.response.answers, ...input.answers },
        ...(input.ozg !== undefined ? (input.ozg === null ? {} : { ozg: input.ozg }) : current?.response.ozg !== undefined ? { ozg: current.response.ozg } : {}),
        updatedAt: this.now().toISOString(),
      };
      if (!next.department) next.department = (await this.deps.people.get(personKey))?.department;
      if (await this.deps.store.putResponse(cycle.id, personKey, next, current?.etag)) response = next;
    }
    if (!response) return { kind: 'refused', reason: 'save-failed' };
    // The person's stored department is not written here: a row written on the turn of an answer
    // would date it (trust point 12). The chat saves a changed department on a turn of its own.

    const last = this.deps.questionnaire.dimensions.length - 1;
    switch (input.move) {
      case 'pause':
        return { kind: 'paused', cycle, step: input.step, response };
      case 'back':
        return { kind: 'step', cycle, step: Math.max(0, input.step - 1), response, mode: 'flow' };
      case 'save':
        return isComplete(this.deps.questionnaire, response.answers) ? { kind: 'summary', cycle, response } : { kind: 'step', cycle, step: firstOpenStep(this.deps.questionnaire, response.answers)!, response, mode: 'flow' };
      case 'next': {
        if (input.step < last) return { kind: 'step', cycle, step: input.step + 1, response, mode: 'flow' };
        const open = firstOpenStep(this.deps.questionnaire, response.answers);
        return open === undefined ? { kind: 'summary', cycle, response } : { kind: 'step', cycle, step: open, response, mode: 'flow' };
      }
    }
  }

  /**
   * `check löschen`: deletes one's answers of the open cycle, and says truthfully what happened
   * otherwise. After the closing time the answers are part of the totals being built (closing
   * reads them after a grace period), so they are not deleted one by one any more: closing deletes
   * them within minutes, and the person is told so (trust point 15).
   */
  async erase(personKey: string): Promise<CheckView> {
    const now = this.now();
    const cycles = (await this.deps.store.listCycles()).map((c) => c.cycle);
    const open = cycles.find((c) => cycleState(c, now) === 'open');
    if (open) {
      if (!(await this.deps.store.getResponse(open.id, personKey))) return { kind: 'erase-info', what: 'nothing' };
      await this.deps.store.deleteResponse(open.id, personKey);
      return { kind: 'deleted' };
    }
    const closing = cycles.find((c) => cycleState(c, now) === 'closing');
    if (closing && (await this.deps.store.getResponse(closing.id, personKey))) return { kind: 'erase-info', what: 'pending', closedAt: closing.closesAt };
    if (cycles.some((c) => c.phase === 'closed')) return { kind: 'erase-info', what: 'closed' };
    return { kind: 'erase-info', what: 'nothing' };
  }

  /** The open cycle and whether (and with which department) the person began it: for the department lock. */
  async openCycleFor(personKey: string): Promise<{ scope: string; closesAt: string; tookPart: boolean; department?: string } | undefined> {
    const cycle = await this.openCycle();
    if (!cycle) return undefined;
    const response = (await this.deps.store.getResponse(cycle.id, personKey))?.response;
    return { scope: cycleMovesScope(cycle.id), closesAt: cycle.closesAt, tookPart: response !== undefined, department: response?.department };
  }

  private async cycleForAnswer(cycleId: unknown): Promise<{ cycle: Cycle } | Extract<CheckView, { kind: 'refused' }>> {
    if (typeof cycleId !== 'string' || cycleId.length === 0 || cycleId.length > 60) return { kind: 'refused', reason: 'malformed' };
    const found = await this.deps.store.getCycle(cycleId);
    if (!found) return { kind: 'refused', reason: 'unknown-cycle' };
    const state = cycleState(found.cycle, this.now());
    if (state === 'scheduled') return { kind: 'refused', reason: 'not-open' };
    if (state !== 'open') return { kind: 'refused', reason: 'closed' };
    return { cycle: found.cycle };
  }

  // ——— cycles (change team) ———

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

  /** Ticks every `intervalMs` (0 = never; tests call {@link tick}): closes cycles whose time is up. */
  startTicking(intervalMs: number): void {
    if (intervalMs <= 0) return;
    this.timer = setInterval(() => void this.tick().catch((err) => this.deps.log.error({ err }, 'digicheck tick failed')), intervalMs);
    this.timer.unref();
  }

  async stopTicking(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
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

  // ——— results ———

  /** The results of a closed cycle. */
  async results(id: string): Promise<CheckOutcome<CheckResults> | { kind: 'open' } | { kind: 'finalising' }> {
    const all = await this.deps.store.listCycles();
    const index = all.findIndex((c) => c.cycle.id === id);
    if (index < 0) return { kind: 'not-found' };
    const { cycle, etag } = all[index];
    const now = this.now();
    // Published once, final: nothing between the closing time and the end of closing.
    if (cycle.phase !== 'closed') return { kind: cycleState(cycle, now) === 'closing' ? 'finalising' : 'open' };
    const previous = all.filter((c) => c.cycle.phase === 'closed' && c.cycle.closesAt < cycle.closesAt).pop()?.cycle;
    const [aggregates, prevAggregates, links] = await Promise.all([this.totals(id), previous ? this.totals(previous.id) : undefined, this.deps.store.links(id)]);
    const items = new Map<string, CheckLinkedItem>();
    await Promise.all(
      [...new Set(links.map((l) => l.itemId))].map(async (itemId) => {
        const item = await this.deps.roadmap.get(itemId);
        if (item) items.set(itemId, { id: item.id, title: item.title, status: item.status });
      }),
    );
    return {
      kind: 'ok',
      value: checkResults({
        questionnaire: this.deps.questionnaire,
        cycle: summaryOf(cycle, etag, now),
        aggregates,
        previous: previous && prevAggregates ? { cycleId: previous.id, aggregates: prevAggregates } : undefined,
        departments: this.deps.departments.map((d) => d.id),
        wholeArea: this.deps.crossCuttingAreas[0]?.id,
        links,
        items,
      }),
    };
  }

  private async totals(cycleId: string) {
    let t = this.closedTotals.get(cycleId);
    if (!t) {
      t = await this.deps.store.aggregates(cycleId);
      this.closedTotals.set(cycleId, t);
    }
    return t;
  }

  /**
   * Turns a shown gap into a proposed roadmap item (area, dimension and target prefilled) and links
   * it to the result. The item id follows from cycle, group and dimension, so repeating the action
   * answers the item made the first time.
   */
  async proposeItem(cycleId: string, body: unknown, by: string): Promise<CheckOutcome<{ item: CheckLinkedItem; created: boolean }>> {
    const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    if (typeof b.group !== 'string' || typeof b.dimension !== 'string') return { kind: 'invalid', problems: [problem('', 'gap.required', 'group and dimension are required')] };
    const results = await this.results(cycleId);
    if (results.kind === 'open' || results.kind === 'finalising') return { kind: 'conflict', code: results.kind === 'open' ? 'cycle-open' : 'being-finalised', message: 'gaps exist once the cycle is closed' };
    if (results.kind !== 'ok') return results;
    const gap = results.value.gaps.find((g) => g.group === b.group && g.dimension === b.dimension);
    if (!gap) return { kind: 'invalid', code: 'not-a-gap', problems: [problem('', 'not-a-gap', `"${String(b.group).slice(0, 40)}" / "${String(b.dimension).slice(0, 40)}" is not a shown gap of this cycle`)] };
    if (!gap.area) return { kind: 'invalid', problems: [problem('', 'gap.noArea', 'no roadmap area for whole-administration gaps: configure CROSS_CUTTING_AREAS')] };
    const id = `digicheck-${createHash('sha256').update(`${cycleId}|${gap.group}|${gap.dimension}`).digest('hex').slice(0, 12)}`;
    const dimension = this.deps.questionnaire.dimensions.find((d) => d.id === gap.dimension)!;
    const groupName = gap.group === WHOLE ? 'der Gesamtverwaltung' : this.deps.departments.find((d) => d.id === gap.group)?.de ?? gap.group;
    const input: RoadmapItemInput = {
      title: `${dimension.title.de}: ${gap.group === WHOLE ? 'Gesamtverwaltung' : groupName} auf Stufe ${gap.target} bringen`.slice(0, 200),
      description: `Vorschlag aus dem DigiCheck ${cycleId}: „${dimension.title.de}“ steht in ${groupName} bei ${gap.level.toFixed(1)} von 4; das Ziel des Change-Teams ist ${gap.target}.`,
      area: gap.area,
      halfYear: nextHalfYear(this.now()),
      status: 'proposed',
      owner: '',
      milestones: [],
      dependsOn: [],
      decisions: [],
      services: [],
      origin: { kind: 'digicheck', cycleId, group: gap.group, dimension: gap.dimension, level: gap.level, target: gap.target },
    };
    const existing = await this.deps.roadmap.get(id);
    let created = false;
    let item = existing;
    if (!item) {
      const saved = await this.deps.roadmap.create(id, input, by);
      if (saved.kind === 'invalid') return { kind: 'invalid', problems: saved.problems };
      if (saved.kind !== 'saved' && saved.kind !== 'unchanged' && saved.kind !== 'exists') throw new Error(`unexpected roadmap answer ${saved.kind}`);
      item = saved.item;
      created = saved.kind === 'saved';
    }
    await this.deps.store.addLink(cycleId, { group: gap.group, dimension: gap.dimension as DimensionId, itemId: id });
    return { kind: 'ok', value: { item: { id: item.id, title: item.title, status: item.status }, created }, created };
  }
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** The half-year after the current one, within the program's horizon. */
function nextHalfYear(now: Date): string {
  const current = halfYearOf(now.toISOString().slice(0, 10));
  const [y, h] = [Number(current.slice(0, 4)), current.endsWith('H1') ? 1 : 2];
  const next = h === 1 ? `${y}-H2` : `${y + 1}-H1`;
  return Number(next.slice(0, 4)) > LAST_YEAR ? `${LAST_YEAR}-H2` : next;
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
