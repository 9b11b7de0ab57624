import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';

export const TENANT_ID = '00000000-0000-4000-8000-000000000001';
export const CLIENT_ID = '22222222-3333-4444-8555-666666666666';

/**
 * A stand-in for Entra ID in tests: an RS256 key pair generated here, its public key published as
 * a JWKS on loopback (for SSO_JWKS_URL), and a signer for tokens shaped like Teams SSO tokens.
 */
export class FakeEntra {
  private server?: Server;
  private privateKey!: KeyLike;
  private jwk!: JWK;
  jwksUrl = '';
  readonly kid = 'test-key-1';

  async start(): Promise<this> {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    this.privateKey = privateKey;
    this.jwk = { ...(await exportJWK(publicKey)), kid: this.kid, alg: 'RS256', use: 'sig' };
    this.server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [this.jwk] }));
    });
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    this.jwksUrl = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/keys`;
    return this;
  }

  /**
   * The app settings that make a test app accept this stand-in's tokens and nothing else: Teams SSO
   * on, the development sign-in off. Spread it into `startTestApp({ ...entra.ssoEnv(), ROLES: … })`.
   */
  ssoEnv(): Record<string, string | undefined> {
    return { DEV_IDENTITY: undefined, DEV_ROLES: undefined, SSO_CLIENT_ID: CLIENT_ID, SSO_TENANT_ID: TENANT_ID, SSO_JWKS_URL: this.jwksUrl };
  }

  /** The published keys (for validators built without HTTP). */
  jwks(): { keys: JWK[] } {
    return { keys: [this.jwk] };
  }

  /** A token for `oid`; `claims` override the defaults (aud, iss, tid, scp, groups, exp …). */
  async token(oid: string, claims: Record<string, unknown> = {}, key: KeyLike = this.privateKey, kid = this.kid): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ oid, tid: TENANT_ID, name: `Person ${oid.slice(0, 4)}`, scp: 'access_as_user', groups: [], ...claims })
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setIssuer(String(claims.iss ?? `https://login.microsoftonline.com/${TENANT_ID}/v2.0`))
      .setAudience(String(claims.aud ?? CLIENT_ID))
      .setIssuedAt(now)
      .setExpirationTime(Number(claims.exp ?? now + 3600))
      .sign(key);
  }

  /**
   * An app-only token (client credentials): no person, so no delegated `scp`, application `roles`
   * instead and `idtyp: app`, as Entra issues it when an app calls with its own identity.
   */
  async appOnlyToken(appId: string, claims: Record<string, unknown> = {}): Promise<string> {
    return this.token(appId, { scp: undefined, name: undefined, roles: ['Roadmap.ReadWrite.All'], idtyp: 'app', azp: appId, ...claims });
  }

  /**
   * A token of a B2B guest: issued by this tenant (`iss`, `tid`), but the person was authenticated
   * by their home tenant, which Entra records in `idp` (absent for members); `acct: 1` when the app
   * asked for that optional claim.
   */
  async guestToken(oid: string, homeTenant = '00000000-0000-4000-8000-00000000a11e', claims: Record<string, unknown> = {}): Promise<string> {
    return this.token(oid, { idp: `https://sts.windows.net/${homeTenant}/`, ...claims });
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((ok) => this.server!.close(() => ok()));
  }
}
