/**
 * The editor form's rules: an item as editable text fields (a draft) and back, the checks the
 * form makes before sending (the server checks everything again and explains the rest), and what
 * changed between two versions — for the conflict view and for re-applying one's own changes onto
 * someone else's newer version. DOM-free, unit-tested in Node (tests/tab/roadmap.logic.test.ts).
 */
import type {
  DecisionBody,
  DecisionState,
  FundingSource,
  HalfYear,
  RoadmapItem,
  RoadmapItemInput,
  RoadmapStatus,
} from '../../api/types';
import { ITEM_FIELDS, type MessageKey } from './format';
import { dayIndex } from './timeline';

/** A milestone as the form edits it. */
export interface MilestoneDraft {
  id: string;
  title: string;
  date: string;
  done: boolean;
}

/** A decision as the form edits it. */
export interface DecisionDraft {
  id: string;
  title: string;
  body: DecisionBody;
  due: string;
  state: DecisionState;
  note: string;
}

/** An affected service as the form edits it; `key` only tells rows apart (services have no id). */
export interface ServiceDraft {
  key: string;
  name: string;
  ozgBefore: number;
  ozgAfter: number;
}

/** The editor form's state: every field as the inputs hold it. */
export interface ItemDraft {
  title: string;
  description: string;
  area: string;
  /** Whether the item runs one half-year (the program's half-year projects) or between two days. */
  when: 'halfYear' | 'dates';
  halfYear: HalfYear;
  start: string;
  end: string;
  status: RoadmapStatus;
  owner: string;
  milestones: MilestoneDraft[];
  dependsOn: string[];
  decisions: DecisionDraft[];
  hasInvestment: boolean;
  /** Euros as typed (`48.000` is read as 48000). */
  oneOff: string;
  yearly: string;
  funding: FundingSource;
  fundingNote: string;
  services: ServiceDraft[];
  /** Where the item came from (a DigiCheck gap); the form does not edit it, and saving keeps it. */
  origin?: RoadmapItemInput['origin'];
}

/** A new random key, e.g. `() => crypto.randomUUID().slice(0, 8)` (passed in: this file stays DOM-free). */
export type KeyMaker = () => string;

/**
 * The draft of an existing item, or of a new one in `defaults.area` and `defaults.halfYear`.
 */
export function draftFromInput(input: RoadmapItemInput | undefined, defaults: { area: string; halfYear: HalfYear }, newKey: KeyMaker): ItemDraft {
  const dated = input !== undefined && input.halfYear === undefined;
  return {
    title: input?.title ?? '',
    description: input?.description ?? '',
    area: input?.area ?? defaults.area,
    when: dated ? 'dates' : 'halfYear',
    halfYear: input?.halfYear ?? defaults.halfYear,
    start: input?.start ?? '',
    end: input?.end ?? '',
    status: input?.status ?? 'planned',
    owner: input?.owner ?? '',
    milestones: (input?.milestones ?? []).map((m) => ({ ...m })),
    dependsOn: [...(input?.dependsOn ?? [])],
    decisions: (input?.decisions ?? []).map((d) => ({ ...d, note: d.note ?? '' })),
    hasInvestment: input?.investment !== undefined,
    oneOff: input?.investment ? String(input.investment.oneOff) : '',
    yearly: input?.investment ? String(input.investment.yearly) : '',
    funding: input?.investment?.funding ?? 'own-budget',
    fundingNote: input?.investment?.fundingNote ?? '',
    services: (input?.services ?? []).map((s) => ({ ...s, key: newKey() })),
    ...(input?.origin ? { origin: { ...input.origin } } : {}),
  };
}

/** One thing the form found wrong: where (`title`, `milestones.0.date`, …) and what (a message key). */
export interface DraftProblem {
  path: string;
  message: MessageKey;
}

/** Reads typed euros: digits with optional thousands separators (`48.000`, `48 000`, `48,000 €`). */
export function parseEuros(typed: string): number | undefined {
  const digits = typed.replace(/[\s.,'’€]/g, '');
  return /^\d{1,10}$/.test(digits) ? Number(digits) : undefined;
}

const isDay = (value: string) => !Number.isNaN(dayIndex(value));

/**
 * The item a draft describes, or what is missing or wrong. Only what a person can fix at a glance
 * is checked here (required fields, days, order of dates, euros); limits and ids are the server's.
 */
export function inputFromDraft(draft: ItemDraft): { input: RoadmapItemInput; problems: [] } | { input?: undefined; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const need = (ok: boolean, path: string, message: MessageKey) => {
    if (!ok) problems.push({ path, message });
  };
  need(draft.title.trim() !== '', 'title', 'roadmap.form.required');
  need(draft.area !== '', 'area', 'roadmap.form.required');
  if (draft.when === 'halfYear') need(draft.halfYear !== '', 'halfYear', 'roadmap.form.required');
  else {
    need(isDay(draft.start), 'start', 'roadmap.form.dayRequired');
    need(isDay(draft.end), 'end', 'roadmap.form.dayRequired');
    if (isDay(draft.start) && isDay(draft.end)) need(draft.end >= draft.start, 'end', 'roadmap.form.endBeforeStart');
  }
  draft.milestones.forEach((m, i) => {
    need(m.title.trim() !== '', `milestones.${i}.title`, 'roadmap.form.required');
    need(isDay(m.date), `milestones.${i}.date`, 'roadmap.form.dayRequired');
  });
  draft.decisions.forEach((d, i) => {
    need(d.title.trim() !== '', `decisions.${i}.title`, 'roadmap.form.required');
    need(isDay(d.due), `decisions.${i}.due`, 'roadmap.form.dayRequired');
  });
  draft.services.forEach((s, i) => need(s.name.trim() !== '', `services.${i}.name`, 'roadmap.form.required'));
  const oneOff = draft.hasInvestment ? parseEuros(draft.oneOff) : 0;
  const yearly = draft.hasInvestment ? parseEuros(draft.yearly === '' ? '0' : draft.yearly) : 0;
  need(oneOff !== undefined, 'oneOff', 'roadmap.form.euros');
  need(yearly !== undefined, 'yearly', 'roadmap.form.euros');
  if (problems.length > 0) return { problems };

  const input: RoadmapItemInput = {
    title: draft.title.trim(),
    description: draft.description.trim(),
    area: draft.area,
    ...(draft.when === 'halfYear' ? { halfYear: draft.halfYear } : { start: draft.start, end: draft.end }),
    status: draft.status,
    owner: draft.owner.trim(),
    milestones: draft.milestones.map((m) => ({ id: m.id, title: m.title.trim(), date: m.date, done: m.done })),
    dependsOn: [...draft.dependsOn],
    decisions: draft.decisions.map((d) => ({
      id: d.id,
      title: d.title.trim(),
      body: d.body,
      due: d.due,
      state: d.state,
      ...(d.note.trim() ? { note: d.note.trim() } : {}),
    })),
    ...(draft.hasInvestment
      ? {
          investment: {
            oneOff: oneOff as number,
            yearly: yearly as number,
            funding: draft.funding,
            ...(draft.fundingNote.trim() ? { fundingNote: draft.fundingNote.trim() } : {}),
          },
        }
      : {}),
    services: draft.services.map((s) => ({ name: s.name.trim(), ozgBefore: s.ozgBefore, ozgAfter: s.ozgAfter })),
    ...(draft.origin ? { origin: draft.origin } : {}),
  };
  return { input, problems: [] };
}

/** The editable fields of a stored item (what a PUT sends back), without bookkeeping and derived fields. */
export function inputOf(item: RoadmapItem | RoadmapItemInput): RoadmapItemInput {
  const input: Record<string, unknown> = {};
  for (const field of ITEM_FIELDS) if (item[field] !== undefined) input[field] = item[field];
  return input as unknown as RoadmapItemInput;
}

/** JSON with sorted keys, so values compare equal whatever order their keys came in (as the server compares). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  ) ?? 'undefined';
}

/** Whether two values of a field are the same (absent and `undefined` are). */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** The fields where two versions differ, in the server's field order. */
export function changedFields(before: RoadmapItemInput, after: RoadmapItemInput): Array<keyof RoadmapItemInput> {
  return ITEM_FIELDS.filter((field) => !sameValue(before[field], after[field]));
}

/** When an item runs is one choice in three fields: they move together. */
const WHEN: ReadonlyArray<keyof RoadmapItemInput> = ['halfYear', 'start', 'end'];

/**
 * Takes over someone else's newer version and re-applies one's own changes to it: every field the
 * editor changed (compared with the version they started from) comes from `yours`, every other
 * field from `current`. Half-year and dates count as one field, so the result is always either.
 * @returns the merged item, the fields re-applied, and those the other person changed too (the
 *   editor should look at these before saving: their own value wins in the merge).
 */
export function reapplyChanges(
  base: RoadmapItemInput,
  yours: RoadmapItemInput,
  current: RoadmapItemInput,
): { merged: RoadmapItemInput; reapplied: Array<keyof RoadmapItemInput>; both: Array<keyof RoadmapItemInput> } {
  const mine = new Set(changedFields(base, yours));
  const theirs = new Set(changedFields(base, current));
  if (WHEN.some((field) => mine.has(field))) WHEN.forEach((field) => mine.add(field));
  const merged: Record<string, unknown> = {};
  for (const field of ITEM_FIELDS) {
    const value = mine.has(field) ? yours[field] : current[field];
    if (value !== undefined) merged[field] = value;
  }
  const reapplied = ITEM_FIELDS.filter((field) => mine.has(field) && !sameValue(yours[field], current[field]));
  const both = reapplied.filter((field) => theirs.has(field));
  return { merged: merged as unknown as RoadmapItemInput, reapplied, both };
}
