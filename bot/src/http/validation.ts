import { z } from 'zod';
import type { FieldProblem } from '../api/contract';
import { invalid } from './app-error';

/**
 * A problem that is not a zod issue (a rule checked against stored data, e.g. an unknown
 * department), with its path, stable code and English message.
 */
export function problem(path: string, code: string, message: string, params?: FieldProblem['params']): FieldProblem {
  return { path, code, message, ...(params && { params }) };
}

/**
 * Params for a custom zod refinement, so that its issue carries its own stable code
 * (`ctx.addIssue({ code: z.ZodIssueCode.custom, params: coded('closesAt.beforeOpensAt'), … })`).
 */
export function coded(code: string, params?: FieldProblem['params']): { code: string; params?: FieldProblem['params'] } {
  return { code, ...(params && { params }) };
}

type Params = NonNullable<FieldProblem['params']>;

/** The stable code (and its params) of one zod issue; English wording stays in `message`. */
function codeOf(i: z.ZodIssue): { code: string; params?: Params } {
  switch (i.code) {
    case 'invalid_type':
      return i.received === 'undefined' || i.received === 'null' ? { code: 'required' } : { code: 'invalid_type', params: { expected: i.expected } };
    case 'too_small':
      // An empty text where one is needed reads as "required" to a person, not as "at least 1".
      if (i.type === 'string' && Number(i.minimum) === 1) return { code: 'required' };
      return { code: 'too_small', params: { min: Number(i.minimum), type: i.type } };
    case 'too_big':
      return { code: 'too_big', params: { max: Number(i.maximum), type: i.type } };
    case 'invalid_string':
      if (i.validation === 'datetime') return { code: 'invalid_date' };
      if (i.validation === 'url') return { code: 'invalid_url' };
      return { code: 'invalid_format' };
    case 'invalid_date':
      return { code: 'invalid_date' };
    case 'invalid_enum_value':
      return { code: 'invalid_option', params: { options: i.options.join(', ') } };
    case 'invalid_literal':
    case 'invalid_union':
    case 'invalid_union_discriminator':
      return { code: 'invalid_option' };
    case 'unrecognized_keys':
      return { code: 'unknown_key', params: { keys: i.keys.join(', ') } };
    case 'not_multiple_of':
      return { code: 'not_multiple_of', params: { step: Number(i.multipleOf) } };
    case 'custom': {
      const own = i.params as { code?: unknown; params?: Params } | undefined;
      return typeof own?.code === 'string' ? { code: own.code, ...(own.params && { params: own.params }) } : { code: 'invalid' };
    }
    default:
      return { code: 'invalid' };
  }
}

/**
 * The one zod formatter: each issue as `{ path: 'questions.0.text.de', code, message, params? }`.
 * `prefix` names where the parsed value sits in the request body (e.g. `item`).
 */
export function zodProblems(error: z.ZodError, prefix = ''): FieldProblem[] {
  return error.issues.map((i) => {
    const path = [prefix, ...i.path].filter((p) => p !== '').join('.') || '(body)';
    return { path, ...codeOf(i), message: i.message };
  });
}

/** Parses `body` with `schema`, or throws a 400 `code` with every problem (see {@link zodProblems}). */
export function parseOr400<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, body: unknown, code: string, prefix = ''): T {
  const r = schema.safeParse(body ?? {});
  if (!r.success) throw invalid(code, zodProblems(r.error, prefix));
  return r.data;
}
