import type { Response as BotResponse } from 'botbuilder';
import type { Request, Response } from 'restify';
import type { Logger } from '../logger';
import { INTERNAL, requestIdOf, sendError } from './errors';

/** Safe answers for the refusals Bot Framework's adapter produces, by status. */
const ADAPTER_REFUSALS: Record<number, { code: string; message: string }> = {
  400: { code: 'BadRequest', message: 'not a Bot Framework activity' },
  401: { code: 'unauthenticated', message: 'the request does not carry a valid Bot Framework token' },
  405: { code: 'method-not-allowed', message: 'this route takes POST only' },
};

/**
 * Statuses the bot's own middleware answers on purpose, as bare invoke responses: 403 for an
 * activity of a tenant that is not allowed (auth/tenant-filter.ts), 429 for a person over the rate
 * limit (auth/chat-rate-limit.ts). The adapter itself never answers these, so they pass unchanged.
 */
const DELIBERATE = new Set([403, 429]);

/**
 * The response handed to Bot Framework's `CloudAdapter.process`. Success passes through
 * unchanged (invoke responses); a refusal or failure the adapter would answer with its own text —
 * for a 500 the message of whatever it caught — becomes our error answer with a stable code and
 * the request id, and the adapter's text goes to the log under that id.
 */
export function botResponse(req: Request, res: Response, log: Logger): BotResponse {
  let status = 200;
  let answered = false;
  const refuse = (detail: unknown) => {
    answered = true;
    const known = ADAPTER_REFUSALS[status];
    const fields = { requestId: requestIdOf(req), status, detail: typeof detail === 'string' ? detail : String(detail ?? '') };
    if (known) log.info(fields, 'Bot Framework adapter refused an activity');
    else log.error(fields, 'Bot Framework adapter failed');
    if (known) sendError(req, res, status, known.code, known.message);
    else sendError(req, res, INTERNAL.status, INTERNAL.code, INTERNAL.message);
  };
  return {
    socket: res.socket,
    header: (name: string, value: unknown) => res.header(name, value),
    status: (code: number) => {
      status = code;
    },
    send: (body?: unknown) => {
      if (answered) return;
      if (status >= 400 && !DELIBERATE.has(status)) return refuse(body);
      answered = true;
      res.send(status, body);
    },
    end: () => {
      if (answered) return;
      if (status >= 400 && !DELIBERATE.has(status)) return refuse(undefined);
      answered = true;
      res.send(status);
    },
  };
}
