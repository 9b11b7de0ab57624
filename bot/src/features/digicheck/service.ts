import type { CheckCycleSummary, CheckLinkedItem, Questionnaire } from '../../api/digicheck-contract';
import { CheckFlow, type CheckView } from './check-flow';
import { CycleClosing } from './closing';
import type { Cycle } from './cycle';
import { CycleAdmin } from './cycles';
import type { CheckOutcome, DigiCheckDeps } from './deps';
import { GapProposals } from './gaps';
import { PublishedResults, type ResultsOutcome } from './published';

export type { CheckView } from './check-flow';
export { summaryOf } from './cycles';
export type { CheckOutcome, DigiCheckDeps } from './deps';
export type { ResultsOutcome } from './published';

/**
 * The DigiCheck, one facade for chat, API and scheduler over four focused parts: the chat flow
 * through the six dimension cards ({@link CheckFlow}), the change team's cycles ({@link CycleAdmin}),
 * closing and the periodic pass ({@link CycleClosing}), and results with gaps → roadmap items
 * ({@link PublishedResults}, {@link GapProposals}).
 */
export class DigiCheckService {
  private readonly flow: CheckFlow;
  private readonly admin: CycleAdmin;
  private readonly closing: CycleClosing;
  private readonly published: PublishedResults;
  private readonly gaps: GapProposals;

  constructor(deps: DigiCheckDeps) {
    this.flow = new CheckFlow(deps);
    this.admin = new CycleAdmin(deps);
    this.closing = new CycleClosing(deps);
    this.published = new PublishedResults(deps);
    this.gaps = new GapProposals(deps, this.published);
  }

  get questionnaire(): Questionnaire {
    return this.flow.questionnaire;
  }

  // ——— chat (see CheckFlow) ———

  /** The open cycle, if any (at most one is open at a time). */
  openCycle(): Promise<Cycle | undefined> {
    return this.flow.openCycle();
  }

  /** `check`: the card to continue with — the first unanswered dimension, or the summary. */
  start(personKey: string): Promise<CheckView> {
    return this.flow.start(personKey);
  }

  /** A dimension card to change (from the summary). */
  edit(personKey: string, cycleId: unknown, step: unknown): Promise<CheckView> {
    return this.flow.edit(personKey, cycleId, step);
  }

  /** The summary of one's own answers. */
  summary(personKey: string, cycleId: unknown): Promise<CheckView> {
    return this.flow.summary(personKey, cycleId);
  }

  /** A dimension card's submit: validated, merged into the person's answers, then the next card. */
  submit(personKey: string, data: unknown): Promise<CheckView> {
    return this.flow.submit(personKey, data);
  }

  /** `check löschen`: deletes one's answers of the open cycle, or says truthfully why not. */
  erase(personKey: string): Promise<CheckView> {
    return this.flow.erase(personKey);
  }

  /** The open cycle and whether (and with which department) the person began it: for the department lock. */
  openCycleFor(personKey: string): ReturnType<CheckFlow['openCycleFor']> {
    return this.flow.openCycleFor(personKey);
  }

  // ——— cycles (see CycleAdmin, CycleClosing) ———

  /** Every cycle, newest first. */
  cycles(): Promise<CheckCycleSummary[]> {
    return this.admin.cycles();
  }

  /** Opens a cycle now or at `opensAt`; only one cycle may be scheduled or open at a time. */
  createCycle(body: unknown): Promise<CheckOutcome<CheckCycleSummary>> {
    return this.admin.createCycle(body);
  }

  /** Sets the change team's target levels, if the cycle is unchanged since `etag`. */
  setTargets(id: string, etag: string | undefined, body: unknown): Promise<CheckOutcome<CheckCycleSummary>> {
    return this.admin.setTargets(id, etag, body);
  }

  /** Closes an open cycle now (or finishes an interrupted closing): aggregate, then de-link. */
  close(id: string): Promise<CheckOutcome<CheckCycleSummary>> {
    return this.closing.close(id);
  }

  /** Finishes closing a cycle past its closing time; every step is safe to repeat. */
  finalize(id: string): Promise<void> {
    return this.closing.finalize(id);
  }

  /** One scheduler pass: reminds the unfinished once, closes cycles whose time is up. */
  tick(): Promise<void> {
    return this.closing.tick();
  }

  // ——— results (see PublishedResults, GapProposals) ———

  /** The results of a closed cycle. */
  results(id: string): Promise<ResultsOutcome> {
    return this.published.results(id);
  }

  /** Turns a shown gap into a proposed roadmap item and links it to the result. */
  proposeItem(cycleId: string, body: unknown, by: string): Promise<CheckOutcome<{ item: CheckLinkedItem; created: boolean }>> {
    return this.gaps.proposeItem(cycleId, body, by);
  }
}
