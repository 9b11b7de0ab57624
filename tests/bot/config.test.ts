import { ConfigError, loadConfig } from '../../bot/src/config';

const GUID = '11111111-2222-4333-8444-555555555555';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives working defaults for local use: port 3978, embedded Azurite on disk, German, anonymous bot', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3978);
    expect(c.storage).toEqual({ kind: 'embedded', dataDir: './.data', inMemory: false });
    expect(c.defaultLocale).toBe('de');
    expect(c.botAuth).toBeUndefined();
    expect(c.tablePrefix).toBe('digipuls');
  });

  it('treats empty values like unset ones (a .env with KEY= lines)', () => {
    expect(loadConfig({ PORT: '', MICROSOFT_APP_ID: '', LOG_LEVEL: ' ' }).port).toBe(3978);
  });

  it('uses external storage when a connection string is set', () => {
    const c = loadConfig({ STORAGE_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=eQ==;EndpointSuffix=core.windows.net' });
    expect(c.storage.kind).toBe('external');
  });

  it('accepts a complete single-tenant bot registration', () => {
    const c = loadConfig({ MICROSOFT_APP_ID: GUID, MICROSOFT_APP_PASSWORD: 's3cret', MICROSOFT_APP_TYPE: 'SingleTenant', MICROSOFT_APP_TENANT_ID: GUID });
    expect(c.botAuth).toEqual({ appId: GUID, appPassword: 's3cret', appType: 'SingleTenant', tenantId: GUID });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number from 0 to 65535, got "abc"'],
    [{ PORT: '70000' }, 'PORT must be a whole number from 0 to 65535, got "70000"'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent'],
    [{ AZURITE_IN_MEMORY: 'maybe' }, 'AZURITE_IN_MEMORY must be true or false'],
    [{ PUBLIC_URL: 'not a url' }, 'PUBLIC_URL must be an absolute URL such as https://digipuls.example.org'],
    [{ PUBLIC_URL: 'http://digipuls.example.org' }, 'PUBLIC_URL must use https (http only for localhost)'],
    [{ STORAGE_CONNECTION_STRING: 'hello' }, 'STORAGE_CONNECTION_STRING must be an Azure Storage connection string'],
    [{ TABLE_PREFIX: 'Digi-Puls' }, 'TABLE_PREFIX must be 1–20 lower-case letters or digits, starting with a letter'],
    [{ MICROSOFT_APP_ID: 'bot' }, "MICROSOFT_APP_ID must be a GUID (the bot's Entra app id)"],
    [{ MICROSOFT_APP_ID: GUID, MICROSOFT_APP_TENANT_ID: GUID }, 'MICROSOFT_APP_PASSWORD is required when MICROSOFT_APP_ID is set and MICROSOFT_APP_TYPE is SingleTenant'],
    [{ MICROSOFT_APP_ID: GUID, MICROSOFT_APP_PASSWORD: 'x', MICROSOFT_APP_TYPE: 'SingleTenant' }, 'MICROSOFT_APP_TENANT_ID is required when MICROSOFT_APP_TYPE is SingleTenant'],
    [{ MICROSOFT_APP_ID: GUID, MICROSOFT_APP_TYPE: 'UserAssignedMSI', MICROSOFT_APP_TENANT_ID: GUID, MICROSOFT_APP_PASSWORD: 'x' }, 'MICROSOFT_APP_PASSWORD must be empty when MICROSOFT_APP_TYPE is UserAssignedMSI'],
    [{ MICROSOFT_APP_TYPE: 'Bot' }, 'MICROSOFT_APP_TYPE must be MultiTenant, SingleTenant or UserAssignedMSI'],
    [{ MICROSOFT_APP_PASSWORD: 'x' }, 'MICROSOFT_APP_ID is required when MICROSOFT_APP_PASSWORD, MICROSOFT_APP_TYPE or MICROSOFT_APP_TENANT_ID is set'],
    [{ DEFAULT_LOCALE: 'fr' }, 'DEFAULT_LOCALE must be de or en'],
    [{ MAX_BODY_BYTES: '10' }, 'MAX_BODY_BYTES must be a whole number from 1024 to 67108864, got "10"'],
    [{ STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true', DATA_DIR: '/tmp/x' }, 'DATA_DIR and AZURITE_IN_MEMORY apply only to the embedded Azurite'],
  ])('rejects %j with a message naming the variable', (env, expected) => {
    const problems = problemsOf(env as Record<string, string>);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });

  it('reports every wrong variable at once, one line each', () => {
    expect(problemsOf({ PORT: '-1', LOG_LEVEL: 'x', DEFAULT_LOCALE: 'fr' })).toHaveLength(3);
  });
});

describe('DEPARTMENTS', () => {
  it('defaults to the example structure, marked as example', () => {
    const c = loadConfig({});
    expect(c.departmentsAreExample).toBe(true);
    expect(c.departments.length).toBeGreaterThan(3);
  });

  it('takes the municipality’s own list', () => {
    const c = loadConfig({ DEPARTMENTS: '[{"id":"fb1","de":"Fachbereich 1","en":"Department 1"}]' });
    expect(c.departments).toEqual([{ id: 'fb1', de: 'Fachbereich 1', en: 'Department 1' }]);
    expect(c.departmentsAreExample).toBe(false);
  });

  it.each(['not json', '[]', '[{"id":"A b","de":"x","en":"y"}]', '[{"id":"a","de":"x","en":"y"},{"id":"a","de":"x","en":"y"}]'])(
    'rejects %s with one line naming DEPARTMENTS',
    (value) => {
      try {
        loadConfig({ DEPARTMENTS: value });
        throw new Error('expected a ConfigError');
      } catch (err) {
        expect((err as ConfigError).problems).toHaveLength(1);
        expect((err as ConfigError).problems[0]).toMatch(/^DEPARTMENTS must be a JSON array/);
      }
    },
  );
});

describe('CROSS_CUTTING_AREAS (roadmap areas beyond the departments)', () => {
  it('defaults to an example list, marked as example, and takes the municipality’s own', () => {
    expect(loadConfig({}).crossCuttingAreasAreExample).toBe(true);
    const c = loadConfig({ CROSS_CUTTING_AREAS: '[{"id":"it","de":"IT","en":"IT"}]' });
    expect(c.crossCuttingAreas).toEqual([{ id: 'it', de: 'IT', en: 'IT' }]);
    expect(c.crossCuttingAreasAreExample).toBe(false);
  });

  it('rejects malformed lists and ids that a department uses already', () => {
    expect(problemsOf({ CROSS_CUTTING_AREAS: '{}' })[0]).toMatch(/^CROSS_CUTTING_AREAS must be a JSON array/);
    expect(problemsOf({ CROSS_CUTTING_AREAS: '[{"id":"finanzen","de":"F","en":"F"}]' })).toEqual(['CROSS_CUTTING_AREAS must not reuse department ids: finanzen']);
  });
});

describe('tab sign-in settings', () => {
  const SSO = { SSO_CLIENT_ID: GUID, SSO_TENANT_ID: GUID };

  it('is not configured by default (the API then answers 401), SSO with client and tenant id', () => {
    expect(loadConfig({}).apiAuth).toEqual({ kind: 'none' });
    expect(loadConfig({ ...SSO, ROLES: `{"changeTeam":["${GUID}"]}` }).apiAuth).toMatchObject({ kind: 'sso', roles: { changeTeam: [GUID], editor: [] } });
  });

  it('has an explicit development identity with chosen roles', () => {
    expect(loadConfig({ DEV_IDENTITY: 'Dev', DEV_ROLES: 'editor, changeTeam' }).apiAuth).toEqual({ kind: 'development', name: 'Dev', roles: ['editor', 'changeTeam'] });
  });

  it.each([
    [{ ...SSO, DEV_IDENTITY: 'Dev' }, 'DEV_IDENTITY (development sign-in) can never be on together with production settings'],
    [{ MICROSOFT_APP_ID: GUID, MICROSOFT_APP_PASSWORD: 'x', MICROSOFT_APP_TENANT_ID: GUID, DEV_IDENTITY: 'Dev' }, 'DEV_IDENTITY (development sign-in) can never be on together with production settings'],
    [{ DEV_IDENTITY: 'Dev', DEV_ROLES: 'editor,boss' }, 'DEV_ROLES must be a comma list of viewer, editor, changeTeam, announcer, admin; unknown: boss'],
    [{ DEV_ROLES: 'editor' }, 'DEV_ROLES applies only together with DEV_IDENTITY'],
    [{ SSO_CLIENT_ID: GUID }, 'SSO_CLIENT_ID and SSO_TENANT_ID must be set together'],
    [{ ...SSO, ROLES: '{"bosses":[]}' }, 'ROLES must be JSON like'],
    [{ SSO_CLIENT_ID: 'abc', SSO_TENANT_ID: GUID }, "SSO_CLIENT_ID must be a GUID (the tab's Entra app id)"],
  ])('rejects %j with one clear line', (env, expected) => {
    const problems = problemsOf(env as Record<string, string>);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });
});

describe('trust hardening of the configuration (issue 11)', () => {
  const TENANT = '00000000-0000-4000-8000-000000000001';
  const OTHER = '00000000-0000-4000-8000-000000000002';
  const AZURITE = 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;';

  it('trust 4: the bot accepts the configured tenant(s): ALLOWED_TENANT_IDS, else MICROSOFT_APP_TENANT_ID; none in local mode', () => {
    expect(loadConfig({}).allowedTenantIds).toEqual([]);
    expect(loadConfig({ ALLOWED_TENANT_IDS: `${TENANT}, ${OTHER}` }).allowedTenantIds).toEqual([TENANT, OTHER]);
    expect(loadConfig({ MICROSOFT_APP_ID: GUID, MICROSOFT_APP_PASSWORD: 'x', MICROSOFT_APP_TENANT_ID: TENANT }).allowedTenantIds).toEqual([TENANT]);
    expect(problemsOf({ ALLOWED_TENANT_IDS: 'contoso' })).toEqual(['ALLOWED_TENANT_IDS must be a comma list of Entra tenant ids (GUIDs); not a GUID: contoso']);
    // A multi-tenant registration still accepts only named tenants.
    expect(problemsOf({ MICROSOFT_APP_ID: GUID, MICROSOFT_APP_PASSWORD: 'x', MICROSOFT_APP_TYPE: 'MultiTenant' })[0]).toContain('ALLOWED_TENANT_IDS or MICROSOFT_APP_TENANT_ID is required');
    expect(problemsOf({ SSO_CLIENT_ID: GUID, SSO_TENANT_ID: OTHER, ALLOWED_TENANT_IDS: TENANT })).toEqual([`SSO_TENANT_ID must be one of ALLOWED_TENANT_IDS (${TENANT})`]);
  });

  it('trust 5: MICROSOFT_APP_TYPE defaults to SingleTenant; MultiTenant works but is warned about at start', () => {
    expect(loadConfig({ MICROSOFT_APP_ID: GUID, MICROSOFT_APP_PASSWORD: 'x', MICROSOFT_APP_TENANT_ID: TENANT }).botAuth?.appType).toBe('SingleTenant');
    expect(problemsOf({ MICROSOFT_APP_ID: GUID, MICROSOFT_APP_PASSWORD: 'x' })).toEqual(['MICROSOFT_APP_TENANT_ID is required when MICROSOFT_APP_TYPE is SingleTenant']);
    const multi = loadConfig({ MICROSOFT_APP_ID: GUID, MICROSOFT_APP_PASSWORD: 'x', MICROSOFT_APP_TYPE: 'MultiTenant', ALLOWED_TENANT_IDS: TENANT });
    expect(multi.botAuth?.appType).toBe('MultiTenant');
    expect(multi.warnings.join('\n')).toMatch(/MICROSOFT_APP_TYPE=MultiTenant.*31 July 2025/);
    expect(loadConfig({ MICROSOFT_APP_ID: GUID, MICROSOFT_APP_PASSWORD: 'x', MICROSOFT_APP_TENANT_ID: TENANT }).warnings).toEqual([]);
  });

  it.each([
    [{ ROLES: '{}' }, 'ROLES'],
    [{ SSO_JWKS_URL: 'https://login.microsoftonline.com/x/keys' }, 'SSO_JWKS_URL'],
    [{ SSO_APPLICATION_ID_URI: `api://digipuls.example.org/${GUID}` }, 'SSO_APPLICATION_ID_URI'],
    [{ MICROSOFT_APP_TENANT_ID: TENANT }, 'MICROSOFT_APP_TENANT_ID'],
    [{ MICROSOFT_APP_TYPE: 'SingleTenant' }, 'MICROSOFT_APP_TYPE'],
    [{ PUBLIC_URL: 'https://digipuls.example.org' }, 'PUBLIC_URL (https)'],
    [{ STORAGE_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=prod;AccountKey=eQ==;EndpointSuffix=core.windows.net' }, 'STORAGE_CONNECTION_STRING (a real storage account)'],
    [{ STORAGE_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=eQ==;EndpointSuffix=core.windows.net' }, 'STORAGE_CONNECTION_STRING (a real storage account)'],
  ])('trust 7: DEV_IDENTITY is refused together with the production signal %j', (env, named) => {
    const problems = problemsOf({ DEV_IDENTITY: 'Dev', ...env } as Record<string, string>).join('\n');
    expect(problems).toContain('DEV_IDENTITY (development sign-in) can never be on');
    expect(problems).toContain(named);
  });

  it('trust 7: a local storage emulator on loopback is no production signal; local mode binds to loopback unless HOST is set', () => {
    expect(loadConfig({ DEV_IDENTITY: 'Dev', STORAGE_CONNECTION_STRING: AZURITE }).apiAuth.kind).toBe('development');
    expect(loadConfig({ DEV_IDENTITY: 'Dev', STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' }).apiAuth.kind).toBe('development');
    expect(loadConfig({ DEV_IDENTITY: 'Dev', PUBLIC_URL: 'http://localhost:3978' }).apiAuth.kind).toBe('development');
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ DEV_IDENTITY: 'Dev' }).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    // A deployment (a bot registration) keeps listening on every interface, as containers need.
    expect(loadConfig({ MICROSOFT_APP_ID: GUID, MICROSOFT_APP_PASSWORD: 'x', MICROSOFT_APP_TENANT_ID: TENANT }).host).toBe('0.0.0.0');
  });

  it('trust 7: DEV_ROLES=admin means every role, as admin does for a real sign-in', () => {
    expect(loadConfig({ DEV_IDENTITY: 'Dev', DEV_ROLES: 'admin' }).apiAuth).toEqual({ kind: 'development', name: 'Dev', roles: ['viewer', 'editor', 'changeTeam', 'announcer', 'admin'] });
  });

  it('trust 6: SSO_JWKS_URL must be https (http only on loopback, for tests); ALLOW_GUESTS defaults to false', () => {
    const SSO = { SSO_CLIENT_ID: GUID, SSO_TENANT_ID: TENANT };
    expect(problemsOf({ ...SSO, SSO_JWKS_URL: 'http://keys.example.org/keys' })).toEqual(['SSO_JWKS_URL must use https (http only for 127.0.0.1 or localhost, in tests)']);
    expect(loadConfig({ ...SSO, SSO_JWKS_URL: 'http://127.0.0.1:4000/keys' }).apiAuth).toMatchObject({ kind: 'sso', sso: { jwksUrl: 'http://127.0.0.1:4000/keys', allowGuests: false } });
    expect(loadConfig({ ...SSO, ALLOW_GUESTS: 'true' }).apiAuth).toMatchObject({ sso: { allowGuests: true } });
  });

  it('trust 3: per-person rate limits default to a burst of 20 and 5 per second, and can be tuned', () => {
    expect(loadConfig({}).personRateLimit).toEqual({ burst: 20, perSecond: 5 });
    expect(loadConfig({ RATE_LIMIT_BURST: '50', RATE_LIMIT_PER_SECOND: '10' }).personRateLimit).toEqual({ burst: 50, perSecond: 10 });
    expect(problemsOf({ RATE_LIMIT_BURST: '0' })[0]).toContain('RATE_LIMIT_BURST must be a whole number from 1 to 10000');
  });
});
