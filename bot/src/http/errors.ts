import { randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import type { ApiErrorBody } from '../api/contract';
import type { Logger } from '../logger';
import { AppError } from './app-error';

/** Response header carrying the request id; the same id is in every error body and log line. */
export const REQUEST_ID_HEADER = 'x-request-id';

const ids = new WeakMap<object, string>();

/**
 * Gives the request an id of our own and names it in the answer's header. Never the caller's
 * `x-request-id`: an id the caller chose could make someone else's log lines look like theirs.
 */
export function assignRequestId(req: Request, res: Response): string {
  const id = randomUUID();
  ids.set(req, id);
  res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

/** The id {@link assignRequestId} gave this request ('unknown' before that ran). */
export function requestIdOf(req: Request): string {
  return ids.get(req) ?? 'unknown';
}

/** What the caller of a failed request learns: a status, a stable code and a message safe to show. */
export interface ErrorAnswer {
  status: number;
  code: string;
  message: string;
  /** More of the body: a 400's `errors`, a 409's `current`; see {@link AppError}. */
  extra?: Record<string, unknown>;
  /** Headers of the answer (`Retry-After`). */
  headers?: Record<string, string>;
}

/** The one answer to everything we did not foresee: it says nothing about the cause. */
export const INTERNAL: ErrorAnswer = {
  status: 500,
  code: 'internal',
  message: 'something went wrong on the server and it has been logged; if it persists, tell the DigiPuls administrators this request id',
};

/**
 * The message of an answer; an `internal` one also names the request id, because the tab shows
 * the message, and the person should be able to quote the id to the administrators.
 */
function messageOf(code: string, message: string, requestId: string): string {
  return code === INTERNAL.code ? `${message}: ${requestId}` : message;
}

/**
 * Refusals restify itself produces while routing, by error name. Only these keep their status:
 * anything else thrown in a route — a storage library's RestError with its own `statusCode`
 * included — is a failure of ours and answers {@link INTERNAL}.
 */
const ROUTING_ERRORS: Record<string, ErrorAnswer> = {
  ResourceNotFoundError: { status: 404, code: 'not-found', message: 'no such route' },
  MethodNotAllowedError: { status: 405, code: 'method-not-allowed', message: 'this route does not take this method' },
  NotAcceptableError: { status: 406, code: 'not-acceptable', message: 'this route answers application/json only' },
  BadRequestError: { status: 400, code: 'bad-request', message: 'the request is malformed (check its query string)' },
  UriTooLongError: { status: 414, code: 'uri-too-long', message: 'the request URI is too long' },
};

/**
 * The one mapper: a thrown {@link AppError} answers as it says (status, code, message, field
 * problems, extra fields); restify's own routing refusals keep theirs; anything else is {@link INTERNAL}.
 */
export function errorAnswer(err: unknown): ErrorAnswer {
  if (err instanceof AppError) {
    const extra = { ...err.extra, ...(err.errors && { errors: err.errors }) };
    return { status: err.status, code: err.code, message: err.message, ...(Object.keys(extra).length && { extra }), ...(err.headers && { headers: err.headers }) };
  }
  const name = (err as { name?: unknown })?.name;
  return (typeof name === 'string' && Object.hasOwn(ROUTING_ERRORS, name) && ROUTING_ERRORS[name]) || INTERNAL;
}

/**
 * Sends an error answer as JSON with the request id. Routes do not call it: they throw an
 * {@link AppError}, and {@link answerErrorsSafely} sends it; middleware outside the routes uses it.
 */
export function sendError(req: Request, res: Response, status: number, code: string, message: string, extra?: Record<string, unknown>): void {
  res.setHeader('content-type', 'application/json; charset=utf-8');
  const requestId = requestIdOf(req);
  res.send(status, { ...extra, code, message: messageOf(code, message, requestId), requestId } satisfies ApiErrorBody);
}

/**
 * Restify's JSON formatter with two guarantees: an `Error` is never serialised (its fields can
 * carry a storage library's request, headers and message), and every error body
 * (`{code, message}` with a status ≥ 400) carries the request id — also those the feature routes send.
 */
export function jsonFormatter(log: Logger) {
  return (req: Request, res: Response, body: unknown): string => {
    let out = body;
    if (body instanceof Error) {
      log.error({ err: body, requestId: requestIdOf(req), method: req.method, url: req.url }, 'an error object was about to be sent');
      res.statusCode = INTERNAL.status;
      out = { code: INTERNAL.code, message: messageOf(INTERNAL.code, INTERNAL.message, requestIdOf(req)), requestId: requestIdOf(req) } satisfies ApiErrorBody;
    } else if (res.statusCode >= 400 && isErrorBody(body) && body.requestId === undefined) {
      out = { ...body, requestId: requestIdOf(req) };
    }
    const data = body === undefined ? 'null' : JSON.stringify(out);
    res.setHeader('Content-Length', Buffer.byteLength(data));
    return data;
  };
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  return typeof body === 'object' && body !== null && typeof (body as ApiErrorBody).code === 'string' && typeof (body as ApiErrorBody).message === 'string';
}

/**
 * Answers every error that reaches restify — a route that threw, a rejected promise, an unknown
 * route — with a safe {@link ErrorAnswer} and the request id, and logs the details under that id.
 */
export function answerErrorsSafely(server: Server, log: Logger): void {
  server.on('restifyError', (req: Request, res: Response, err: unknown, callback: () => void) => {
    const answer = errorAnswer(err);
    const requestId = requestIdOf(req);
    if (answer.status >= 500) log.error({ err, requestId, method: req.method, url: req.url }, 'request failed');
    else log.debug({ requestId, status: answer.status, method: req.method, url: req.url }, 'request refused');
    if (res.headersSent) return callback();
    for (const [name, value] of Object.entries(answer.headers ?? {})) res.header(name, value);
    sendError(req, res, answer.status, answer.code, answer.message, answer.extra);
    return callback();
  });
}
