import { createLocalJWKSet, generateKeyPair, SignJWT } from 'jose';
import { createTokenValidator, TokenError } from '../../../bot/src/auth/sso';
import { CLIENT_ID, FakeEntra, TENANT_ID } from '../../support/entra';

const OID = '33333333-4444-4555-8666-777777777777';

describe('Teams SSO token validation (keys generated in the test)', () => {
  let entra: FakeEntra;
  let validate: (token: string) => Promise<unknown>;

  beforeAll(async () => {
    entra = await new FakeEntra().start();
    validate = createTokenValidator({ clientId: CLIENT_ID, applicationIdUri: `api://digipuls.example.org/${CLIENT_ID}`, tenantId: TENANT_ID }, createLocalJWKSet(entra.jwks()));
  });
  afterAll(() => entra.stop());

  const refused = async (token: string, reason: RegExp) => {
    const err = await validate(token).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(TokenError);
    expect((err as TokenError).reason).toMatch(reason);
  };

  it('accepts a valid token and returns who it is', async () => {
    await expect(validate(await entra.token(OID, { groups: ['g1'] }))).resolves.toEqual({ oid: OID, tenantId: TENANT_ID, name: expect.any(String), groups: ['g1'] });
  });

  it('accepts the application ID URI as audience and the v1 issuer form', async () => {
    await expect(validate(await entra.token(OID, { aud: `api://digipuls.example.org/${CLIENT_ID}`, iss: `https://sts.windows.net/${TENANT_ID}/` }))).resolves.toMatchObject({ oid: OID });
  });

  it('refuses an expired token', async () => {
    await refused(await entra.token(OID, { exp: Math.floor(Date.now() / 1000) - 120 }), /expired/);
  });

  it('refuses a token for another app (audience)', async () => {
    await refused(await entra.token(OID, { aud: '99999999-3333-4444-8555-666666666666' }), /"aud"/);
  });

  it('refuses a token from another tenant (issuer)', async () => {
    await refused(await entra.token(OID, { iss: 'https://login.microsoftonline.com/11111111-0000-4000-8000-000000000009/v2.0' }), /"iss"/);
  });

  it('refuses a token signed with a different key under the known key id (bad signature)', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    await refused(await entra.token(OID, {}, privateKey), /signature/);
  });

  it('refuses alg "none" and HMAC-signed tokens', async () => {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const body = enc({ oid: OID, tid: TENANT_ID, aud: CLIENT_ID, iss: `https://login.microsoftonline.com/${TENANT_ID}/v2.0`, exp: Math.floor(Date.now() / 1000) + 600 });
    await refused(`${enc({ alg: 'none', typ: 'JWT' })}.${body}.`, /RS256|malformed/);
    const hs = await new SignJWT({ oid: OID, tid: TENANT_ID }).setProtectedHeader({ alg: 'HS256' }).setAudience(CLIENT_ID).setIssuer(`https://login.microsoftonline.com/${TENANT_ID}/v2.0`).setExpirationTime('1h').sign(new TextEncoder().encode('a-shared-secret-of-enough-length-000'));
    await refused(hs, /RS256/);
  });

  it('refuses a token without the access_as_user scope, and garbage', async () => {
    await refused(await entra.token(OID, { scp: 'User.Read' }), /access_as_user/);
    await refused('not.a.token', /malformed|could not/);
  });
});

describe('trust 6: tab sign-in admits only delegated tokens of the own tenant’s members', () => {
  let entra: FakeEntra;
  const settings = { clientId: CLIENT_ID, tenantId: TENANT_ID };
  const OTHER_TENANT = '11111111-0000-4000-8000-000000000009';

  beforeAll(async () => {
    entra = await new FakeEntra().start();
  });
  afterAll(() => entra.stop());

  const outcome = async (token: string, allowGuests = false) => {
    const validate = createTokenValidator({ ...settings, allowGuests }, createLocalJWKSet(entra.jwks()));
    return validate(token).then(() => 'accepted', (e: unknown) => (e instanceof TokenError ? `refused: ${e.reason}` : `error: ${String(e)}`));
  };

  it('trust 6: a token whose tid is another tenant is refused even when the issuer is ours', async () => {
    expect(await outcome(await entra.token(OID, { tid: OTHER_TENANT }))).toMatch(/^refused: .*tenant/);
  });

  it('trust 6: app-only tokens (no delegated scp, idtyp app) are refused', async () => {
    expect(await outcome(await entra.appOnlyToken('44444444-5555-4666-8777-888888888888'))).toMatch(/^refused: .*person/);
    expect(await outcome(await entra.token(OID, { scp: undefined }))).toMatch(/^refused: .*person/);
    expect(await outcome(await entra.token(OID, { idtyp: 'app' }))).toMatch(/^refused: .*person/);
  });

  it('trust 6: guest accounts get no access unless ALLOW_GUESTS=true', async () => {
    expect(await outcome(await entra.guestToken(OID))).toMatch(/^refused: .*guest/);
    expect(await outcome(await entra.token(OID, { acct: 1 }))).toMatch(/^refused: .*guest/);
    expect(await outcome(await entra.guestToken(OID), true)).toBe('accepted');
    // A member's idp, when present at all, is the own tenant.
    expect(await outcome(await entra.token(OID, { idp: `https://sts.windows.net/${TENANT_ID}/`, acct: 0 }))).toBe('accepted');
  });
});
