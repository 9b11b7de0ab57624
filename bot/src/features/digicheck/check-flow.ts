import type { Questionnaire } from '../../api/digicheck-contract';
import { cycleMovesScope, cycleState, type Cycle } from './cycle';
import type { DigiCheckDeps } from './deps';
import { firstOpenStep, isComplete } from './scoring';
import { parseStepInput, type StepProblem } from './step-input';
import type { CheckResponse } from './store';

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

/** Write attempts when the same person saves from two cards at once. */
const SAVE_ATTEMPTS = 4;

/**
 * The DigiCheck in the chat: taking a person through the six dimension cards. Answers stay with
 * the person until the cycle closes, so they can pause, resume, change and erase them.
 */
export class CheckFlow {
  private readonly now: () => Date;
  private readonly departmentIds: Set<string>;

  constructor(private readonly deps: DigiCheckDeps) {
    this.now = deps.now ?? (() => new Date());
    this.departmentIds = new Set(deps.departments.map((d) => d.id));
  }

  get questionnaire(): Questionnaire {
    return this.deps.questionnaire;
  }

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
}
