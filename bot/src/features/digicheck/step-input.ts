import type { Questionnaire } from '../../api/digicheck-contract';
import { isLevel } from './model';

/** Input ids on a dimension card: `q.<question id>`. */
export const ANSWER_PREFIX = 'q.';
/** The OZG question's input id. */
export const OZG_INPUT = 'ozg';

/** What the person asked for with a card button. */
export type StepMove = 'next' | 'back' | 'pause' | 'save';
const MOVES: readonly StepMove[] = ['next', 'back', 'pause', 'save'];

/** A parsed dimension card submit. */
export interface StepInput {
  cycleId: string;
  /** Index of the dimension the card shows (0 … 5). */
  step: number;
  move: StepMove;
  department?: string;
  /** The answers given on this card (question id → level). */
  answers: Record<string, number>;
  /** The OZG level given on this card; `null` when the card has the question and it was left empty. */
  ozg?: number | null;
}

/** Why a card submit was refused. */
export type StepProblem =
  | { code: 'malformed' }
  | { code: 'unknown-answer'; field: string }
  | { code: 'missing'; questionId: string }
  | { code: 'out-of-range'; questionId: string }
  | { code: 'department' }
  /** The department cannot change now (trust point 11): a round or cycle the person took part in runs until `until`. */
  | { code: 'department-locked'; until: string }
  /** A changed department was saved on its own turn; the card is to be sent again. */
  | { code: 'department-saved'; department: string };

const FIXED = new Set(['cycleId', 'step', 'move', 'department', OZG_INPUT]);

/** A card value as a level: Adaptive Cards send choices as strings, some clients as numbers. */
function levelOf(v: unknown): number | undefined | 'bad' {
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d{1,3}\s*$/.test(v) ? Number(v) : NaN;
  return isLevel(n) ? n : 'bad';
}

/**
 * Validates a dimension card's submit. Only this card's questions are accepted; every one must be
 * answered to go on (`next`, `save`), while `back` and `pause` keep what is there. The department
 * is required on the first card.
 */
export function parseStepInput(q: Questionnaire, data: unknown, departmentIds: ReadonlySet<string>): { ok: true; input: StepInput } | { ok: false; problems: StepProblem[] } {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: false, problems: [{ code: 'malformed' }] };
  const d = data as Record<string, unknown>;
  const step = typeof d.step === 'number' ? d.step : Number.NaN;
  if (typeof d.cycleId !== 'string' || d.cycleId.length === 0 || d.cycleId.length > 60 || !Number.isInteger(step) || step < 0 || step >= q.dimensions.length || !MOVES.includes(d.move as StepMove)) {
    return { ok: false, problems: [{ code: 'malformed' }] };
  }
  const move = d.move as StepMove;
  const dimension = q.dimensions[step];
  const questionIds = new Set(dimension.questions.map((x) => x.id));
  const problems: StepProblem[] = [];
  for (const key of Object.keys(d)) {
    if (FIXED.has(key)) continue;
    if (!key.startsWith(ANSWER_PREFIX) || !questionIds.has(key.slice(ANSWER_PREFIX.length))) problems.push({ code: 'unknown-answer', field: key.slice(0, 60) });
  }
  const complete = move === 'next' || move === 'save';
  const answers: Record<string, number> = {};
  for (const x of dimension.questions) {
    const v = levelOf(d[ANSWER_PREFIX + x.id]);
    if (v === 'bad') problems.push({ code: 'out-of-range', questionId: x.id });
    else if (v === undefined) {
      if (complete) problems.push({ code: 'missing', questionId: x.id });
    } else answers[x.id] = v;
  }
  let ozg: number | null | undefined;
  if (OZG_INPUT in d) {
    const v = levelOf(d[OZG_INPUT]);
    if (v === 'bad') problems.push({ code: 'out-of-range', questionId: q.ozg.id });
    else ozg = v ?? null;
  }
  let department: string | undefined;
  if (d.department !== undefined && d.department !== '') {
    if (typeof d.department !== 'string' || !departmentIds.has(d.department)) problems.push({ code: 'department' });
    else department = d.department;
  } else if (step === 0 && complete) problems.push({ code: 'department' });
  if (problems.length) return { ok: false, problems };
  return { ok: true, input: { cycleId: d.cycleId, step, move, ...(department && { department }), answers, ...(ozg !== undefined && { ozg }) } };
}
