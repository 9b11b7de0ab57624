import type { CheckLinkedItem, CheckResults } from '../../api/digicheck-contract';
import { cycleState } from './cycle';
import { summaryOf } from './cycles';
import type { CheckOutcome, DigiCheckDeps } from './deps';
import { checkResults } from './results';
import type { DigiCheckStore } from './store';

/** What {@link PublishedResults.results} answers: the results, or why there are none yet. */
export type ResultsOutcome = CheckOutcome<CheckResults> | { kind: 'open' } | { kind: 'finalising' };

/** The results of closed cycles, with the roadmap items linked to their gaps. */
export class PublishedResults {
  private readonly now: () => Date;
  /** Totals of closed cycles never change; cached per instance. */
  private readonly closedTotals = new Map<string, Awaited<ReturnType<DigiCheckStore['aggregates']>>>();

  constructor(private readonly deps: DigiCheckDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** The results of a closed cycle. */
  async results(id: string): Promise<ResultsOutcome> {
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
}
