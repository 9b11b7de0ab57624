import { createHash } from 'node:crypto';
import type { CheckLinkedItem, DimensionId } from '../../api/digicheck-contract';
import type { RoadmapItemInput } from '../../api/roadmap-contract';
import { formatDecimal } from '../../cards';
import { problem } from '../../http/validation';
import { t } from '../../i18n';
import { halfYearOf, LAST_YEAR } from '../roadmap/model';
import type { CheckOutcome, DigiCheckDeps } from './deps';
import type { PublishedResults } from './published';
import { WHOLE } from './results';

/** Gap → roadmap: a shown gap of a closed cycle becomes a proposed roadmap item, linked to the result. */
export class GapProposals {
  private readonly now: () => Date;

  constructor(
    private readonly deps: DigiCheckDeps,
    private readonly published: PublishedResults,
  ) {
    this.now = deps.now ?? (() => new Date());
  }

  /**
   * Turns a shown gap into a proposed roadmap item (area, dimension and target prefilled) and links
   * it to the result. The item id follows from cycle, group and dimension, so repeating the action
   * answers the item made the first time.
   */
  async proposeItem(cycleId: string, body: unknown, by: string): Promise<CheckOutcome<{ item: CheckLinkedItem; created: boolean }>> {
    const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    if (typeof b.group !== 'string' || typeof b.dimension !== 'string') return { kind: 'invalid', problems: [problem('', 'gap.required', 'group and dimension are required')] };
    const results = await this.published.results(cycleId);
    if (results.kind === 'open' || results.kind === 'finalising') return { kind: 'conflict', code: results.kind === 'open' ? 'cycle-open' : 'being-finalised', message: 'gaps exist once the cycle is closed' };
    if (results.kind !== 'ok') return results;
    const gap = results.value.gaps.find((g) => g.group === b.group && g.dimension === b.dimension);
    if (!gap) return { kind: 'invalid', code: 'not-a-gap', problems: [problem('', 'not-a-gap', `"${String(b.group).slice(0, 40)}" / "${String(b.dimension).slice(0, 40)}" is not a shown gap of this cycle`)] };
    if (!gap.area) return { kind: 'invalid', problems: [problem('', 'gap.noArea', 'no roadmap area for whole-administration gaps: configure CROSS_CUTTING_AREAS')] };
    const id = `digicheck-${createHash('sha256').update(`${cycleId}|${gap.group}|${gap.dimension}`).digest('hex').slice(0, 12)}`;
    const dimension = this.deps.questionnaire.dimensions.find((d) => d.id === gap.dimension)!;
    // Roadmap items are written in the administration's language: German.
    const l = 'de';
    const department = this.deps.departments.find((d) => d.id === gap.group)?.[l] ?? gap.group;
    const [group, groupIn] = gap.group === WHOLE ? [t(l, 'check.gap.whole'), t(l, 'check.gap.wholeIn')] : [department, department];
    const input: RoadmapItemInput = {
      title: t(l, 'check.gap.title', { dimension: dimension.title[l], group, target: gap.target }).slice(0, 200),
      description: t(l, 'check.gap.description', { cycle: cycleId, dimension: dimension.title[l], groupIn, level: formatDecimal(gap.level, l), target: gap.target }),
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

/** The half-year after the current one, within the program's horizon. */
function nextHalfYear(now: Date): string {
  const current = halfYearOf(now.toISOString().slice(0, 10));
  const [y, h] = [Number(current.slice(0, 4)), current.endsWith('H1') ? 1 : 2];
  const next = h === 1 ? `${y}-H2` : `${y + 1}-H1`;
  return Number(next.slice(0, 4)) > LAST_YEAR ? `${LAST_YEAR}-H2` : next;
}

