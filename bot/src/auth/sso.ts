import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';

/** Settings for validating Teams tab SSO tokens (Entra ID access tokens for this app). */
export interface SsoSettings {
  clientId: string;
  /** Application ID URI, e.g. api://digipuls.example.org/<clientId>; accepted as audience too. */
  applicationIdUri?: string;
  tenantId: string;
  /** Where Entra publishes its signing keys; defaults to the tenant's v2.0 keys endpoint. */
  jwksUrl?: string;
  /** Whether B2B guests of the tenant may sign in (`ALLOW_GUESTS`); members only by default. */
  allowGuests?: boolean;
}

/** The identity in a valid token. */
export interface TokenIdentity {
  oid: string;
  tenantId: string;
  name: string;
  groups: string[];
}

/** A token was refused; `reason` is safe to show the caller. */
export class TokenError extends Error {
  constructor(public readonly reason: string) {
    super(reason);
    this.name = 'TokenError';
  }
}

/**
 * Validates a bearer token the way Entra ID tokens must be validated: RS256 only (so `alg: none`
 * and HMAC tricks fail), signature against Entra's published keys, audience (client id or its
 * application ID URI), issuer of the configured tenant (v2.0 or v1 form), expiry and not-before
 * with one minute of clock tolerance, and `access_as_user`. Beyond what the signature proves it
 * admits only the municipality's own people: `tid` must be the configured tenant; app-only tokens
 * (client credentials: no delegated `scp`, or `idtyp: app`) are refused, since no person signed in;
 * guests are refused unless allowed — Entra marks them with `acct: 1` (optional claim) and, always,
 * with an `idp` naming their home directory instead of this tenant.
 */
export function createTokenValidator(s: SsoSettings, keys?: JWTVerifyGetKey): (token: string) => Promise<TokenIdentity> {
  const jwks = keys ?? createRemoteJWKSet(new URL(s.jwksUrl ?? `https://login.microsoftonline.com/${s.tenantId}/discovery/v2.0/keys`));
  const audience = [s.clientId, ...(s.applicationIdUri ? [s.applicationIdUri] : [])];
  const issuer = [`https://login.microsoftonline.com/${s.tenantId}/v2.0`, `https://sts.windows.net/${s.tenantId}/`];
  const ownIdp = new Set([...issuer, `https://login.microsoftonline.com/${s.tenantId}/`].map((i) => i.toLowerCase()));
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, jwks, { algorithms: ['RS256'], audience, issuer, clockTolerance: 60, requiredClaims: ['exp', 'oid', 'tid'] });
      if (String(payload.tid).toLowerCase() !== s.tenantId.toLowerCase()) {
        throw new TokenError('the token was issued for another tenant');
      }
      if (payload.idtyp === 'app' || typeof payload.scp !== 'string') {
        throw new TokenError('the token was issued to an application, not to a signed-in person');
      }
      if (!payload.scp.split(' ').includes('access_as_user')) {
        throw new TokenError('the token lacks the access_as_user scope');
      }
      const guest = payload.acct === 1 || payload.acct === '1' || (typeof payload.idp === 'string' && !ownIdp.has(payload.idp.toLowerCase()));
      if (guest && !s.allowGuests) {
        throw new TokenError('guest accounts have no access to DigiPuls (ALLOW_GUESTS is off)');
      }
      return {
        oid: String(payload.oid),
        tenantId: String(payload.tid),
        name: typeof payload.name === 'string' ? payload.name : '',
        groups: Array.isArray(payload.groups) ? payload.groups.map(String) : [],
      };
    } catch (err) {
      if (err instanceof TokenError) throw err;
      throw new TokenError(describe(err));
    }
  };
}

function describe(err: unknown): string {
  if (err instanceof errors.JWTExpired) return 'the token has expired';
  if (err instanceof errors.JWTClaimValidationFailed) return `the token's "${err.claim}" claim is not valid for this app`;
  if (err instanceof errors.JOSEAlgNotAllowed) return 'the token is not signed with RS256';
  if (err instanceof errors.JWSSignatureVerificationFailed) return 'the token signature is not valid';
  if (err instanceof errors.JWKSNoMatchingKey) return 'the token was not signed by a known Entra key';
  if (err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid) return 'the token is malformed';
  return 'the token could not be validated';
}
