/**
 * The server's refusals in the reader's language. A 400 lists each problem with a path and a
 * stable code (`{ path: 'questions.0.text.de', code: 'required' }`, see FieldProblem in
 * bot/src/api/contract.ts); the tab translates the code (`errors.<code>`) and the path's
 * segments (`fields.<name>`), and never shows the server's English `message`.
 */
import type { FieldProblem } from '../../../bot/src/api/contract';
import { ApiError } from './client';
import { known, problemText, type FieldNames, type Translate } from './problemText';

export type { FieldNames, FieldProblem };
export { fieldLabel, problemReason, problemText } from './problemText';

/** The problems of a refused request (a 400's `errors`), or none. */
export function apiProblems(error: unknown): FieldProblem[] {
  if (!(error instanceof ApiError) || !error.body || typeof error.body !== 'object') return [];
  const errors = (error.body as { errors?: unknown }).errors;
  return Array.isArray(errors) ? errors.filter((p): p is FieldProblem => typeof p === 'object' && p !== null && typeof (p as FieldProblem).code === 'string') : [];
}

/**
 * The lines a form shows for a refused request: each problem in words; a refusal without
 * problems as its code's text (`errors.<code>`), else nothing (the form says "failed" itself).
 * `names`: segments the page names itself (see {@link FieldNames}).
 */
export function problemLines(error: unknown, t: Translate, names?: FieldNames): string[] {
  const problems = apiProblems(error);
  if (problems.length > 0) return problems.map((p) => problemText(t, p, names));
  if (!(error instanceof ApiError) || error.status === 0 || !error.body || typeof error.body !== 'object') return [];
  const code = (error.body as { code?: unknown }).code;
  const text = typeof code === 'string' ? known(t, `errors.${code}`) : undefined;
  return text ? [text] : [];
}
