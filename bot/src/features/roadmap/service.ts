import type { FieldProblem } from '../../api/contract';
import type { FieldChange, RoadmapArea, RoadmapItem, RoadmapItemInput } from '../../api/roadmap-contract';
import { problem, zodProblems } from '../../http/validation';
import type { Logger } from '../../logger';
import { ConcurrencyError } from '../../storage/errors';
import { decisionNeeded, itemFieldsSchema, itemInputSchema, spanOf } from './model';
import type { RoadmapStore, StoredItem } from './store';

/** The fields of an item in a fixed order (history, conflicts and CSV list them in this order). */
export const ITEM_FIELDS: Array<keyof RoadmapItemInput> = [
  'title', 'description', 'area', 'halfYear', 'start', 'end', 'status', 'owner', 'milestones', 'dependsOn', 'decisions', 'investment', 'services', 'origin',
];

/** What a save came to. The API maps each to a status code. */
export type SaveResult =
  | { kind: 'saved'; item: RoadmapItem; created: boolean }
  | { kind: 'unchanged'; item: RoadmapItem }
  | { kind: 'invalid'; problems: FieldProblem[] }
  | { kind: 'not-found' }
  | { kind: 'exists'; item: RoadmapItem }
  | { kind: 'conflict'; current: RoadmapItem; yours: RoadmapItemInput; differing: Array<keyof RoadmapItemInput> };

/** JSON with sorted keys, so equal values compare equal whatever order their keys came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** The fields where two versions of an item differ, with both values. */
export function diff(before: RoadmapItemInput | undefined, after: RoadmapItemInput): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of ITEM_FIELDS) {
    const a = before?.[field];
    const b = after[field];
    if (canonical(a) !== canonical(b)) changes.push({ field, ...(a !== undefined && { before: a }), ...(b !== undefined && { after: b }) });
  }
  return changes;
}

/** The API's view of a stored item: bookkeeping plus derived fields. */
export function toApiItem(s: StoredItem): RoadmapItem {
  return { ...s.input, id: s.id, version: s.version, etag: s.etag, example: s.example, createdAt: s.createdAt, createdBy: s.createdBy, updatedAt: s.updatedAt, updatedBy: s.updatedBy, ...spanOf(s.input), decisionNeeded: decisionNeeded(s.input) };
}

/**
 * The roadmap's rules: validation (fields, areas, dependencies), ETag-guarded edits with an audit
 * entry per change, and idempotent answers to repeated requests (double clicks, retries).
 */
export class RoadmapService {
  private readonly areaIds: Set<string>;

  constructor(private readonly deps: { store: RoadmapStore; areas: RoadmapArea[]; log: Logger; now?: () => Date }) {
    this.areaIds = new Set(deps.areas.map((a) => a.id));
  }

  get areas(): RoadmapArea[] {
    return this.deps.areas;
  }

  async list(): Promise<RoadmapItem[]> {
    return (await this.deps.store.list()).map(toApiItem);
  }

  async get(id: string): Promise<RoadmapItem | undefined> {
    const s = await this.deps.store.get(id);
    return s && toApiItem(s);
  }

  history(id: string) {
    return this.deps.store.history(id);
  }

  /**
   * Creates an item under a client-chosen id. The same request again answers `unchanged`
   * (a double click creates once); the id taken by different content answers `exists`.
   */
  async create(id: string, body: unknown, by: string, options: { example?: boolean } = {}): Promise<SaveResult> {
    // A repeated create answers by what is stored, before rules that may have changed since
    // (an area removed from the configuration, dependencies rewired by editors).
    const fields = itemInputSchema.safeParse(body);
    const existing = fields.success ? await this.deps.store.get(id) : undefined;
    if (fields.success && existing) return this.repeated(existing, fields.data);
    const checked = await this.validate(body, id);
    if (checked.kind === 'invalid') return checked;
    const input = checked.input;
    const at = this.now();
    try {
      const stored = await this.deps.store.create({ id, input, example: options.example ?? false, createdAt: at, createdBy: by }, { at, by, changes: diff(undefined, input) });
      this.deps.log.info({ item: id, by }, 'roadmap item created');
      return { kind: 'saved', item: toApiItem(stored), created: true };
    } catch (err) {
      if (!(err instanceof ConcurrencyError)) throw err;
      const raced = await this.deps.store.get(id);
      if (!raced) throw err;
      return this.repeated(raced, input);
    }
  }

  private repeated(existing: StoredItem, input: RoadmapItemInput): SaveResult {
    return diff(existing.input, input).length === 0 ? { kind: 'unchanged', item: toApiItem(existing) } : { kind: 'exists', item: toApiItem(existing) };
  }

  /** Replaces an item's fields, if unchanged since `etag`; otherwise a conflict with both versions. */
  async update(id: string, etag: string, body: unknown, by: string): Promise<SaveResult> {
    const current = await this.deps.store.get(id);
    if (!current) return { kind: 'not-found' };
    // The origin (a DigiCheck gap) is set by the app, not typed by editors: an edit without it keeps it.
    if (current.input.origin && body && typeof body === 'object' && !('origin' in body)) body = { ...body, origin: current.input.origin };
    const checked = await this.validate(body, id);
    if (checked.kind === 'invalid') return checked;
    return this.save(current, etag, checked.input, by);
  }

  /** Changes some fields (a move, a status, a decision), if unchanged since `etag`. */
  async patch(id: string, etag: string, changes: unknown, by: string): Promise<SaveResult> {
    // `null` clears an optional field (e.g. the investment, or the dates when moving to a half-year).
    const given = (changes && typeof changes === 'object' ? changes : {}) as Record<string, unknown>;
    const fields = itemFieldsSchema.partial().strict().safeParse(Object.fromEntries(Object.entries(given).filter(([, v]) => v !== null)));
    if (!fields.success) return { kind: 'invalid', problems: zodProblems(fields.error, 'changes') };
    const current = await this.deps.store.get(id);
    if (!current) return { kind: 'not-found' };
    // Only the keys the caller sent count (zod fills defaults for absent ones).
    const sent = Object.keys(given) as Array<keyof RoadmapItemInput>;
    const merged: Record<string, unknown> = { ...current.input };
    for (const key of sent) merged[key] = given[key];
    // Moving to dates drops the half-year and vice versa, so a move is one field in the request.
    if (sent.includes('halfYear') && !sent.includes('start')) delete merged.start, delete merged.end;
    if ((sent.includes('start') || sent.includes('end')) && !sent.includes('halfYear')) delete merged.halfYear;
    for (const key of Object.keys(merged)) if (merged[key] === null) delete merged[key];
    const checked = await this.validate(merged, id);
    if (checked.kind === 'invalid') return checked;
    return this.save(current, etag, checked.input, by);
  }

  private async save(current: StoredItem, etag: string, input: RoadmapItemInput, by: string): Promise<SaveResult> {
    const changes = diff(current.input, input);
    // Nothing new: the same save again (double click, retry after a lost answer) is not a conflict.
    if (changes.length === 0) return { kind: 'unchanged', item: toApiItem(current) };
    if (etag !== current.etag) return this.conflict(current, input);
    try {
      const saved = await this.deps.store.update(current, etag, input, { at: this.now(), by, changes });
      this.deps.log.info({ item: current.id, by, fields: changes.map((c) => c.field) }, 'roadmap item changed');
      return { kind: 'saved', item: toApiItem(saved), created: false };
    } catch (err) {
      if (!(err instanceof ConcurrencyError)) throw err;
      const latest = await this.deps.store.get(current.id);
      if (!latest) return { kind: 'not-found' };
      if (diff(latest.input, input).length === 0) return { kind: 'unchanged', item: toApiItem(latest) };
      return this.conflict(latest, input);
    }
  }

  private conflict(current: StoredItem, yours: RoadmapItemInput): SaveResult {
    return { kind: 'conflict', current: toApiItem(current), yours, differing: diff(current.input, yours).map((c) => c.field) };
  }

  /** Field rules, then the rules that need the configuration and the other items. */
  private async validate(body: unknown, id: string): Promise<{ kind: 'ok'; input: RoadmapItemInput } | { kind: 'invalid'; problems: FieldProblem[] }> {
    const parsed = itemInputSchema.safeParse(body);
    if (!parsed.success) return { kind: 'invalid', problems: zodProblems(parsed.error, 'item') };
    const input = parsed.data;
    const problems: FieldProblem[] = [];
    if (!this.areaIds.has(input.area)) problems.push(problem('item.area', 'area.unknown', `unknown area "${input.area}"; the areas are ${[...this.areaIds].join(', ')}`));
    if (input.dependsOn.length > 0) {
      if (input.dependsOn.includes(id)) problems.push(problem('item.dependsOn', 'dependsOn.self', 'an item cannot depend on itself'));
      const others = new Map((await this.deps.store.list()).map((s) => [s.id, s.input.dependsOn]));
      const missing = input.dependsOn.filter((d) => d !== id && !others.has(d));
      if (missing.length) problems.push(problem('item.dependsOn', 'dependsOn.unknown', `no such item: ${missing.join(', ')}`, { items: missing.join(', ') }));
      others.set(id, input.dependsOn);
      const cycle = findCycle(id, others);
      if (!missing.length && !input.dependsOn.includes(id) && cycle) problems.push(problem('item.dependsOn', 'dependsOn.circle', `this would make a circle: ${cycle.join(' → ')}`, { circle: cycle.join(' → ') }));
    }
    return problems.length ? { kind: 'invalid', problems } : { kind: 'ok', input };
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }
}

/** A dependency path from `start` back to itself, or undefined when there is none. */
export function findCycle(start: string, dependsOn: Map<string, string[]>): string[] | undefined {
  const seen = new Set<string>();
  const walk = (id: string, path: string[]): string[] | undefined => {
    for (const next of dependsOn.get(id) ?? []) {
      if (next === start) return [...path, next];
      if (seen.has(next)) continue;
      seen.add(next);
      const found = walk(next, [...path, next]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(start, [start]);
}
