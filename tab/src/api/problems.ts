/**
 * The server's refusals in the reader's language. A 400 lists each problem with a path and a
 * stable code (`{ path: 'questions.0.text.de', code: 'required' }`, see FieldProblem in
 * bot/src/api/contract.ts); the tab translates the code (`errors.<code>`) and the path's
 * segments (`fields.<name>`), and never shows the server's English `message`.
 */
import type { FieldProblem } from '../../../bot/src/api/contract';
import type { MessageKey, Translate } from '../i18n/i18n';
import { ApiError } from './client';

export type { FieldProblem };

/** The problems of a refused request (a 400's `errors`), or none. */
export function apiProblems(error: unknown): FieldProblem[] {
  if (!(error instanceof ApiError) || !error.body || typeof error.body !== 'object') return [];
  const errors = (error.body as { errors?: unknown }).errors;
  return Array.isArray(errors) ? errors.filter((p): p is FieldProblem => typeof p === 'object' && p !== null && typeof (p as FieldProblem).code === 'string') : [];
}

/** `t(key)` when the catalog has the key, else undefined (a code or field the tab does not know yet). */
function known(t: Translate, key: string, values?: Record<string, string | number>): string | undefined {
  const text = t(key as MessageKey, values);
  return text === key ? undefined : text;
}

/** A path as the reader names it: `questions.0.text.de` → "Frage 1 › Text › Deutsch". */
export function fieldLabel(t: Translate, path: string): string {
  const parts: string[] = [];
  for (const segment of path.split('.')) {
    if (segment === '' || segment === '(body)' || segment === 'item' || segment === 'announcement' || segment === 'changes') continue;
    if (/^\d+$/.test(segment) && parts.length > 0) parts[parts.length - 1] = `${parts[parts.length - 1]} ${Number(segment) + 1}`;
    else parts.push(known(t, `fields.${segment}`) ?? segment);
  }
  return parts.join(' › ');
}

/** One problem in words: "Ende: liegt vor dem Beginn." — the reason from `errors.<code>`. */
export function problemText(t: Translate, problem: FieldProblem): string {
  // A size limit reads differently for a text, a list and a number (`errors.too_small.string`).
  const kind = typeof problem.params?.type === 'string' ? known(t, `errors.${problem.code}.${problem.params.type}`, problem.params) : undefined;
  const reason = kind ?? known(t, `errors.${problem.code}`, problem.params) ?? t('errors.invalid');
  const label = fieldLabel(t, problem.path);
  return label ? `${label}: ${reason}` : reason;
}

/**
 * The lines a form shows for a refused request: each problem in words; a refusal without
 * problems as its code's text (`errors.<code>`), else nothing (the form says "failed" itself).
 */
export function problemLines(error: unknown, t: Translate): string[] {
  const problems = apiProblems(error);
  if (problems.length > 0) return problems.map((p) => problemText(t, p));
  if (!(error instanceof ApiError) || error.status === 0 || !error.body || typeof error.body !== 'object') return [];
  const code = (error.body as { code?: unknown }).code;
  const text = typeof code === 'string' ? known(t, `errors.${code}`) : undefined;
  return text ? [text] : [];
}
