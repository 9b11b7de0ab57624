/**
 * A refused field in words: its label (`fields.<name>`) and reason (`errors.<code>`). Pure (no
 * fetch, no React), so forms and Node tests use it alike; see problems.ts for reading the answer.
 */
import type { FieldProblem } from '../../../bot/src/api/contract';
import type de from '../i18n/de.json';

type MessageKey = keyof typeof de;

/**
 * The translate function of `useT()`, declared here without importing the React i18n module, so
 * that Node tests can load this file (they do not compile JSX).
 */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** `t(key)` when the catalog has the key, else undefined (a code or field the tab does not know yet). */
export function known(t: Translate, key: string, values?: Record<string, string | number>): string | undefined {
  const text = t(key as MessageKey, values);
  return text === key ? undefined : text;
}

/**
 * Names of path segments that only the page knows (not in the catalog), e.g. the DigiCheck's
 * dimension ids → their titles from the questionnaire it loaded. They win over `fields.<name>`.
 */
export type FieldNames = Readonly<Record<string, string>>;

/**
 * A path as the reader names it: `questions.0.text.de` → "Frage 1 › Text › Deutsch";
 * with `names` { strategy: 'Strategie' }, `targets.strategy` → "Ziele › Strategie".
 */
export function fieldLabel(t: Translate, path: string, names?: FieldNames): string {
  const parts: string[] = [];
  for (const segment of path.split('.')) {
    if (segment === '' || segment === '(body)' || segment === 'item' || segment === 'announcement' || segment === 'changes') continue;
    if (/^\d+$/.test(segment) && parts.length > 0) parts[parts.length - 1] = `${parts[parts.length - 1]} ${Number(segment) + 1}`;
    else parts.push((names && Object.hasOwn(names, segment) ? names[segment] : undefined) ?? known(t, `fields.${segment}`) ?? segment);
  }
  return parts.join(' › ');
}

/** Why a field was refused, in words (`errors.<code>`), without naming the field: for a mark at the field. */
export function problemReason(t: Translate, problem: FieldProblem): string {
  // A size limit reads differently for a text, a list and a number (`errors.too_small.string`).
  const kind = typeof problem.params?.type === 'string' ? known(t, `errors.${problem.code}.${problem.params.type}`, problem.params) : undefined;
  return kind ?? known(t, `errors.${problem.code}`, problem.params) ?? t('errors.invalid');
}

/** One problem in words: "Ende: Das Ende liegt vor dem Beginn." — the field's label and {@link problemReason}. */
export function problemText(t: Translate, problem: FieldProblem, names?: FieldNames): string {
  const reason = problemReason(t, problem);
  const label = fieldLabel(t, problem.path, names);
  return label ? `${label}: ${reason}` : reason;
}
