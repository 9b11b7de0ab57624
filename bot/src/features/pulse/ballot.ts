import type { Survey } from './survey';

/** Longest accepted free-text answer, in characters (stated on the card). */
export const MAX_TEXT_ANSWER = 1000;

/** A validated ballot: answers only, nothing about who gave them. */
export interface Ballot {
  roundId: string;
  /** Scale and eNPS answers as numbers, open text as trimmed strings; skipped optional questions absent. */
  answers: Record<string, number | string>;
}

/** Why a submitted card was refused; rendered into a localized message. */
export type BallotProblem =
  | { code: 'missing'; questionId: string }
  | { code: 'out-of-range'; questionId: string }
  | { code: 'too-long'; questionId: string; max: number }
  | { code: 'unknown-answer'; field: string }
  | { code: 'malformed' };

/** Card input fields carry this prefix before the question id. */
export const ANSWER_PREFIX = 'q_';

/**
 * Validates a card submit's inputs against the survey. Pure: no storage, no Teams. Accepts numbers
 * as the strings Adaptive Cards send; rejects anything the survey did not ask (forged card data).
 */
export function validateBallot(survey: Survey, roundId: string, inputs: unknown): { ok: true; ballot: Ballot } | { ok: false; problems: BallotProblem[] } {
  if (!inputs || typeof inputs !== 'object' || Array.isArray(inputs)) return { ok: false, problems: [{ code: 'malformed' }] };
  const data = inputs as Record<string, unknown>;
  const problems: BallotProblem[] = [];
  const answers: Record<string, number | string> = {};
  const known = new Set(survey.questions.map((q) => ANSWER_PREFIX + q.id));

  for (const field of Object.keys(data)) {
    if (field.startsWith(ANSWER_PREFIX) && !known.has(field)) problems.push({ code: 'unknown-answer', field: field.slice(0, 60) });
  }
  for (const q of survey.questions) {
    const raw = data[ANSWER_PREFIX + q.id];
    const empty = raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
    if (empty) {
      if (!q.optional) problems.push({ code: 'missing', questionId: q.id });
      continue;
    }
    if (q.kind === 'text') {
      if (typeof raw !== 'string') problems.push({ code: 'out-of-range', questionId: q.id });
      else if (raw.trim().length > MAX_TEXT_ANSWER) problems.push({ code: 'too-long', questionId: q.id, max: MAX_TEXT_ANSWER });
      else answers[q.id] = raw.trim();
      continue;
    }
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,2}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
    const [min, max] = q.kind === 'scale' ? [1, 5] : [0, 10];
    if (!Number.isInteger(n) || n < min || n > max) problems.push({ code: 'out-of-range', questionId: q.id });
    else answers[q.id] = n;
  }
  return problems.length ? { ok: false, problems } : { ok: true, ballot: { roundId, answers } };
}
