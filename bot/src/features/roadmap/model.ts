import { z } from 'zod';
import { problemLines } from '../../http/app-error';
import { coded, zodProblems } from '../../http/validation';
import type {
  AffectedService,
  DecisionBody,
  DecisionState,
  FundingSource,
  RoadmapDecision,
  RoadmapInvestment,
  RoadmapItemInput,
  RoadmapMilestone,
  RoadmapOrigin,
  RoadmapStatus,
} from '../../api/roadmap-contract';

/** The program's horizon: the timeline shows these years' half-years (the strategy runs to 2030). */
export const FIRST_YEAR = 2023;
export const LAST_YEAR = 2030;

export const STATUSES = ['proposed', 'planned', 'in-progress', 'done', 'delayed', 'cancelled'] as const satisfies readonly RoadmapStatus[];
export const DECISION_BODIES = ['council', 'committee', 'mayor', 'executive-board', 'department-head', 'it-steering'] as const satisfies readonly DecisionBody[];
export const DECISION_STATES = ['open', 'decided', 'rejected', 'postponed'] as const satisfies readonly DecisionState[];
export const FUNDING_SOURCES = ['own-budget', 'state-funding', 'federal-funding', 'eu-funding', 'it-centre', 'other'] as const satisfies readonly FundingSource[];

/** Largest euro figure accepted: far above any municipal project, small enough to catch typos with extra zeros. */
export const MAX_EUROS = 100_000_000;

const HALF_YEAR = /^(\d{4})-H([12])$/;

/** Every half-year of the program, `2023-H1` … `2030-H2`. */
export function programHalfYears(): string[] {
  const out: string[] = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) out.push(`${y}-H1`, `${y}-H2`);
  return out;
}

/** The first and last day of a half-year (`2025-H2` → 2025-07-01 … 2025-12-31). */
export function halfYearSpan(halfYear: string): { from: string; to: string } {
  const m = HALF_YEAR.exec(halfYear);
  if (!m) throw new Error(`not a half-year: ${halfYear}`);
  return m[2] === '1' ? { from: `${m[1]}-01-01`, to: `${m[1]}-06-30` } : { from: `${m[1]}-07-01`, to: `${m[1]}-12-31` };
}

/** The half-year a calendar day (`YYYY-MM-DD`) falls in. */
export function halfYearOf(date: string): string {
  return `${date.slice(0, 4)}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
}

/** True for a real calendar day `YYYY-MM-DD` (rejects 2025-02-30). */
export function isCalendarDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const inProgram = (s: string) => Number(s.slice(0, 4)) >= FIRST_YEAR && Number(s.slice(0, 4)) <= LAST_YEAR;

const day = z
  .string()
  .refine(isCalendarDay, { message: 'a calendar day YYYY-MM-DD', params: coded('invalid_date') })
  .refine(inProgram, { message: `a day within the program, ${FIRST_YEAR}–${LAST_YEAR}`, params: coded('outsideProgram', { from: FIRST_YEAR, to: LAST_YEAR }) });

const halfYear = z
  .string()
  .regex(HALF_YEAR, 'a half-year like 2025-H1')
  .refine(inProgram, { message: `a half-year within the program, ${FIRST_YEAR}-H1 … ${LAST_YEAR}-H2`, params: coded('outsideProgram', { from: FIRST_YEAR, to: LAST_YEAR }) });

/** Ids of items, milestones and decisions: safe as table keys and in URLs. */
export const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'ids are 1–40 lower-case letters, digits or dashes');

const text = (max: number, required = true) => {
  const s = z.string().trim().max(max, `at most ${max} characters`);
  return required ? s.min(1, 'must not be empty') : s;
};

const euros = z.number().int('whole euros').min(0, 'not negative').max(MAX_EUROS, `at most ${MAX_EUROS.toLocaleString('en')} euros`);

const milestone = z.object({
  id: idSchema,
  title: text(200),
  date: day,
  done: z.boolean().default(false),
}).strict() satisfies z.ZodType<RoadmapMilestone, z.ZodTypeDef, unknown>;

const decision = z.object({
  id: idSchema,
  title: text(200),
  body: z.enum(DECISION_BODIES, { errorMap: () => ({ message: `one of ${DECISION_BODIES.join(', ')}` }) }),
  due: day,
  state: z.enum(DECISION_STATES, { errorMap: () => ({ message: `one of ${DECISION_STATES.join(', ')}` }) }),
  note: text(500, false).optional(),
}).strict() satisfies z.ZodType<RoadmapDecision, z.ZodTypeDef, unknown>;

const investment = z.object({
  oneOff: euros,
  yearly: euros,
  funding: z.enum(FUNDING_SOURCES, { errorMap: () => ({ message: `one of ${FUNDING_SOURCES.join(', ')}` }) }),
  fundingNote: text(200, false).optional(),
}).strict() satisfies z.ZodType<RoadmapInvestment, z.ZodTypeDef, unknown>;

const ozg = z.number().int('a whole OZG level').min(0, 'OZG levels are 0–4').max(4, 'OZG levels are 0–4');
const service = z.object({ name: text(200), ozgBefore: ozg, ozgAfter: ozg }).strict() satisfies z.ZodType<AffectedService, z.ZodTypeDef, unknown>;

const origin = z
  .object({
    kind: z.literal('digicheck'),
    cycleId: z.string().min(1).max(60),
    group: z.string().min(1).max(40),
    dimension: z.string().min(1).max(40),
    level: z.number().min(0).max(4),
    target: z.number().min(0).max(4),
  })
  .strict() satisfies z.ZodType<RoadmapOrigin, z.ZodTypeDef, unknown>;

/** Checks ids within a list are unique. */
function uniqueIds(list: Array<{ id: string }>, path: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  list.forEach((x, i) => {
    if (seen.has(x.id)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path, i, 'id'], message: `id "${x.id}" is used twice`, params: coded('id.duplicate') });
    seen.add(x.id);
  });
}

/** The fields of an item, without cross-field rules (those need the whole item; see {@link itemInputSchema}). */
export const itemFieldsSchema = z.object({
  title: text(200),
  description: text(4000, false).default(''),
  area: z.string().min(1, 'must not be empty'),
  halfYear: halfYear.optional(),
  start: day.optional(),
  end: day.optional(),
  status: z.enum(STATUSES, { errorMap: () => ({ message: `one of ${STATUSES.join(', ')}` }) }),
  owner: text(120, false).default(''),
  milestones: z.array(milestone).max(20, 'at most 20 milestones').default([]),
  dependsOn: z.array(idSchema).max(20, 'at most 20 dependencies').default([]),
  decisions: z.array(decision).max(20, 'at most 20 decisions').default([]),
  investment: investment.optional(),
  services: z.array(service).max(20, 'at most 20 services').default([]),
  origin: origin.optional(),
}).strict();

/** A whole item as an editor sends it: fields plus the rules between them. */
export const itemInputSchema = itemFieldsSchema.superRefine((item, ctx) => {
  const dated = item.start !== undefined || item.end !== undefined;
  if (item.halfYear !== undefined && dated) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['halfYear'], message: 'give either a half-year or start and end dates, not both', params: coded('halfYear.andDates') });
  } else if (item.halfYear === undefined && !dated) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['halfYear'], message: 'give a half-year (e.g. 2025-H1) or start and end dates', params: coded('halfYear.orDates') });
  } else if (dated) {
    if (item.start === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['start'], message: 'a start date is needed with an end date', params: coded('required') });
    if (item.end === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['end'], message: 'an end date is needed with a start date', params: coded('required') });
    if (item.start && item.end && item.end < item.start) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['end'], message: 'the end must not be before the start', params: coded('end.beforeStart') });
  }
  uniqueIds(item.milestones, 'milestones', ctx);
  uniqueIds(item.decisions, 'decisions', ctx);
  if (new Set(item.dependsOn).size !== item.dependsOn.length) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['dependsOn'], message: 'an item is listed twice', params: coded('dependsOn.duplicate') });
}) satisfies z.ZodType<RoadmapItemInput, z.ZodTypeDef, unknown>;

/** The readable problems of a failed parse, `path: message` each (the API's 400 message). */
export function problemsOf(error: z.ZodError, prefix = ''): string[] {
  return problemLines(zodProblems(error, prefix));
}

/** The days and half-years an item spans (derived, never stored). */
export function spanOf(item: Pick<RoadmapItemInput, 'halfYear' | 'start' | 'end'>): { from: string; to: string; halfYears: string[] } {
  const { from, to } = item.halfYear ? halfYearSpan(item.halfYear) : { from: item.start as string, to: item.end as string };
  const all = programHalfYears();
  const first = all.indexOf(halfYearOf(from));
  const last = all.indexOf(halfYearOf(to));
  return { from, to, halfYears: all.slice(first, last + 1) };
}

/** True when at least one of the item's decisions is still open. */
export function decisionNeeded(item: Pick<RoadmapItemInput, 'decisions'>): boolean {
  return item.decisions.some((d) => d.state === 'open');
}
