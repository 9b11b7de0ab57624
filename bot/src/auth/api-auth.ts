import type { Request, Response } from 'restify';
import type { JWTVerifyGetKey } from 'jose';
import type { Config } from '../config';
import { AppError } from '../http/app-error';
import { rolesOf, type Principal, type Role } from './roles';
import { createTokenValidator, TokenError } from './sso';

/** Why a request was refused: 401 (who are you?), 403 (not allowed) or 429 (too many at once, see rate-limit.ts). */
export class AuthError extends Error {
  /** Seconds to wait before trying again; sent as `Retry-After` (429 only). */
  retryAfterSeconds?: number;

  constructor(public readonly status: 401 | 403 | 429, public readonly code: string, message: string) {
    super(message);
  }
}

/** Finds out who calls: resolves to the principal or throws {@link AuthError}. */
export type Authenticator = (req: Request) => Promise<Principal>;

/**
 * The API's one authenticator, chosen by configuration:
 * - `sso`: a Teams SSO bearer token, validated (see sso.ts); roles from `ROLES`;
 * - `development`: everyone is the configured development identity (loudly logged at start);
 * - `none`: every protected route answers 401 saying sign-in is not configured.
 */
export function createAuthenticator(config: Pick<Config, 'apiAuth'>, keys?: JWTVerifyGetKey): Authenticator {
  const auth = config.apiAuth;
  if (auth.kind === 'development') {
    const principal: Principal = { oid: '00000000-0000-0000-0000-00000000dev0', tenantId: 'development', name: auth.name, roles: new Set<Role>(['viewer', ...auth.roles]) };
    return async () => principal;
  }
  if (auth.kind === 'none') {
    return async () => {
      throw new AuthError(401, 'sign-in-not-configured', 'sign-in is not configured on this server: set SSO_CLIENT_ID and SSO_TENANT_ID (or DEV_IDENTITY for local development)');
    };
  }
  const validate = createTokenValidator(auth.sso, keys);
  return async (req) => {
    const header = req.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) throw new AuthError(401, 'unauthenticated', 'sign in through Teams: the request has no bearer token');
    try {
      const id = await validate(m[1]);
      return { oid: id.oid, tenantId: id.tenantId, name: id.name, roles: rolesOf(id.oid, id.groups, auth.roles) };
    } catch (err) {
      if (err instanceof TokenError) throw new AuthError(401, 'invalid-token', err.reason);
      throw err;
    }
  };
}

/** A route handler that knows who calls. */
export type GuardedHandler = (req: Request, res: Response, principal: Principal) => Promise<unknown>;

/**
 * Wraps a handler so that it runs only for a caller with `role`; otherwise it throws an
 * {@link AppError} 401, 403 or 429 that the server's one error mapper answers.
 */
export function guard(authenticate: Authenticator, role: Role, handler: GuardedHandler) {
  return async (req: Request, res: Response) => {
    let principal: Principal;
    try {
      principal = await authenticate(req);
    } catch (err) {
      // Anything else (key set unreachable, a bug) is not the caller's doing: the server's error
      // handler answers 500 `internal` without the cause and logs it under the request id.
      if (!(err instanceof AuthError)) throw err;
      const headers = err.retryAfterSeconds !== undefined ? { 'Retry-After': String(err.retryAfterSeconds) } : undefined;
      throw new AppError(err.status, err.code, err.message, { headers });
    }
    if (!principal.roles.has(role)) {
      throw new AppError(403, 'forbidden', `this needs the role "${role}"; ask the DigiPuls administrators for it`);
    }
    await handler(req, res, principal);
  };
}

/** A guarded route handler of one role, as restify takes it. */
export type RoleGuard = (handler: GuardedHandler) => ReturnType<typeof guard>;

/**
 * The role guards of one API, so that every route names its role where it is declared:
 * `server.post('/api/x', roles.changeTeam(async (req, res, who) => …))`.
 */
export function roleGuards(authenticate: Authenticator): Record<Role, RoleGuard> {
  const of = (role: Role): RoleGuard => (handler) => guard(authenticate, role, handler);
  return { viewer: of('viewer'), editor: of('editor'), changeTeam: of('changeTeam'), announcer: of('announcer'), admin: of('admin') };
}
