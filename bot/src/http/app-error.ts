import type { FieldProblem } from '../api/contract';

/**
 * The one error a route throws to refuse a request: a status, a stable `code` the tab translates,
 * a safe English `message` (for logs and API users, never shown by the tab), and optionally the
 * per-field problems of a 400. The server's one mapper (`answerErrorsSafely` in errors.ts) turns
 * it into the answer, so no route builds an error body of its own.
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  /** Per-field problems (400 only), each with a path and a stable code. */
  readonly errors?: FieldProblem[];
  /** More fields of the body, e.g. a 409's `current` version; never internal data. */
  readonly extra?: Record<string, unknown>;
  /** Headers of the answer, e.g. `Retry-After`. */
  readonly headers?: Record<string, string>;

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    more: { errors?: FieldProblem[]; extra?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ) {
    super(message);
    if (more.errors) this.errors = more.errors;
    if (more.extra) this.extra = more.extra;
    if (more.headers) this.headers = more.headers;
  }
}

/** One line per problem, `path: message` (for logs and English API users). */
export function problemLines(problems: readonly FieldProblem[]): string[] {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
}

/** The lines of {@link problemLines} joined — the 400 `message` existing API users read. */
export function problemsMessage(problems: readonly FieldProblem[]): string {
  return problemLines(problems).join('; ');
}

/** A 400 with these problems under `code` (e.g. `invalid-item`). */
export function invalid(code: string, problems: FieldProblem[]): AppError {
  return new AppError(400, code, problemsMessage(problems), { errors: problems });
}

/** A 404 `not-found`. */
export function notFound(message: string): AppError {
  return new AppError(404, 'not-found', message);
}
