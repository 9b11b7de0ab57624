import { parseSettings, readPackageVersion } from '../../manifest/src/env';
import { VALID_ENV, VALID_SETTINGS } from './fixtures';

const defaults = { appVersion: '1.2.3' };

/** The error lines for one environment, or a failure if it was accepted. */
function errorsFor(env: Record<string, string>): string[] {
  const result = parseSettings({ ...VALID_ENV, ...env }, defaults);
  if (result.ok) throw new Error(`expected ${JSON.stringify(env)} to be rejected`);
  return result.errors;
}

describe('parseSettings', () => {
  it('accepts the required variables and fills every default', () => {
    expect(parseSettings(VALID_ENV, defaults)).toEqual({ ok: true, settings: VALID_SETTINGS });
  });

  it('uses optional variables when they are set', () => {
    const result = parseSettings(
      {
        ...VALID_ENV,
        PUBLIC_URL: 'https://DigiPuls.Example.org:8443/',
        SSO_CLIENT_ID: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        SSO_APPLICATION_ID_URI: 'api://digipuls.example.org:8443/botid-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        APP_VERSION: '2.10.0',
        DEVELOPER_NAME: 'Gemeinde Leopoldshöhe',
        DEVELOPER_WEBSITE_URL: 'https://www.example.org/digipuls',
        DEVELOPER_PRIVACY_URL: 'https://www.example.org/datenschutz',
        DEVELOPER_TERMS_URL: 'https://www.example.org/nutzungsbedingungen',
      },
      defaults,
    );
    expect(result).toEqual({
      ok: true,
      settings: {
        ...VALID_SETTINGS,
        publicUrl: 'https://digipuls.example.org:8443',
        publicHost: 'digipuls.example.org:8443',
        ssoClientId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        ssoApplicationIdUri: 'api://digipuls.example.org:8443/botid-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
        appVersion: '2.10.0',
        developer: {
          name: 'Gemeinde Leopoldshöhe',
          websiteUrl: 'https://www.example.org/digipuls',
          privacyUrl: 'https://www.example.org/datenschutz',
          termsOfUseUrl: 'https://www.example.org/nutzungsbedingungen',
        },
      },
    });
  });

  it('derives the Application ID URI from PUBLIC_URL and SSO_CLIENT_ID', () => {
    const result = parseSettings({ ...VALID_ENV, SSO_CLIENT_ID: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' }, defaults);
    expect(result.ok && result.settings.ssoApplicationIdUri).toBe(
      'api://digipuls.example.org/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    );
  });

  it('treats empty and blank values as not set', () => {
    const result = parseSettings({ ...VALID_ENV, SSO_CLIENT_ID: '', DEVELOPER_NAME: '   ' }, defaults);
    expect(result).toEqual({ ok: true, settings: VALID_SETTINGS });
  });

  it.each([
    ['TEAMS_APP_ID', 'not-a-guid', 'TEAMS_APP_ID: expected a GUID such as 00000000-0000-0000-0000-000000000000 (got "not-a-guid")'],
    ['MICROSOFT_APP_ID', '1234', 'MICROSOFT_APP_ID: expected a GUID such as 00000000-0000-0000-0000-000000000000 (got "1234")'],
    ['PUBLIC_URL', 'http://digipuls.example.org', 'PUBLIC_URL: expected an https:// URL such as https://digipuls.example.org (got "http://digipuls.example.org")'],
    ['PUBLIC_URL', 'digipuls.example.org', 'PUBLIC_URL: expected an https:// URL such as https://digipuls.example.org (got "digipuls.example.org")'],
    ['PUBLIC_URL', 'https://digipuls.example.org/app', 'PUBLIC_URL: expected only scheme and host (no path, query or fragment), e.g. https://digipuls.example.org (got "https://digipuls.example.org/app")'],
    ['PUBLIC_URL', 'https://digipuls.example.org?x=1', 'PUBLIC_URL: expected only scheme and host (no path, query or fragment), e.g. https://digipuls.example.org (got "https://digipuls.example.org?x=1")'],
    ['SSO_CLIENT_ID', 'client', 'SSO_CLIENT_ID: expected a GUID such as 00000000-0000-0000-0000-000000000000 (got "client")'],
    ['SSO_APPLICATION_ID_URI', 'https://digipuls.example.org', 'SSO_APPLICATION_ID_URI: expected an Application ID URI such as api://digipuls.example.org/<SSO_CLIENT_ID> (got "https://digipuls.example.org")'],
    ['SSO_APPLICATION_ID_URI', 'api://0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'SSO_APPLICATION_ID_URI: expected an Application ID URI such as api://digipuls.example.org/<SSO_CLIENT_ID> (got "api://0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")'],
    ['SSO_APPLICATION_ID_URI', 'api://sso.example.org/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'SSO_APPLICATION_ID_URI: expected api://digipuls.example.org/..., the host of PUBLIC_URL (Teams tab SSO requires it) (got "api://sso.example.org/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")'],
    ['APP_VERSION', '1.0', 'APP_VERSION: expected a version MAJOR.MINOR.PATCH such as 1.0.0 (got "1.0")'],
    ['APP_VERSION', '1.0.0-beta.1', 'APP_VERSION: expected a version MAJOR.MINOR.PATCH such as 1.0.0 (got "1.0.0-beta.1")'],
    ['DEVELOPER_NAME', 'Ostwestfalen-Lippe-IT Kommunale IT', 'DEVELOPER_NAME: expected at most 32 characters (Teams limit for developer.name) (got "Ostwestfalen-Lippe-IT Kommunale IT")'],
    ['DEVELOPER_WEBSITE_URL', 'www.example.org', 'DEVELOPER_WEBSITE_URL: expected an absolute https:// URL (got "www.example.org")'],
    ['DEVELOPER_PRIVACY_URL', 'http://example.org/datenschutz', 'DEVELOPER_PRIVACY_URL: expected an absolute https:// URL (got "http://example.org/datenschutz")'],
    ['DEVELOPER_TERMS_URL', 'ftp://example.org/terms', 'DEVELOPER_TERMS_URL: expected an absolute https:// URL (got "ftp://example.org/terms")'],
  ])('rejects %s=%j with one clear line', (name, value, message) => {
    expect(errorsFor({ [name]: value })).toEqual([message]);
  });

  it('names each missing required variable', () => {
    expect(parseSettings({}, defaults)).toEqual({
      ok: false,
      errors: ['TEAMS_APP_ID: is required but not set', 'MICROSOFT_APP_ID: is required but not set', 'PUBLIC_URL: is required but not set'],
    });
  });

  it('reports every wrong variable at once, but not defaults derived from a wrong one', () => {
    const errors = errorsFor({ MICROSOFT_APP_ID: 'bot', PUBLIC_URL: 'http://x', APP_VERSION: 'v1' });
    expect(errors.map((line) => line.split(':')[0])).toEqual(['MICROSOFT_APP_ID', 'PUBLIC_URL', 'APP_VERSION']);
  });

  it('says when a default is wrong', () => {
    const result = parseSettings(VALID_ENV, { appVersion: '0.1' });
    expect(result).toEqual({ ok: false, errors: ['APP_VERSION: expected a version MAJOR.MINOR.PATCH such as 1.0.0 (got "0.1", the default)'] });
  });

  it('does not print credentials embedded in a URL', () => {
    expect(errorsFor({ DEVELOPER_WEBSITE_URL: 'http://admin:secret@example.org' })).toEqual([
      'DEVELOPER_WEBSITE_URL: expected an absolute https:// URL (got "http://***@example.org")',
    ]);
  });
});

describe('readPackageVersion', () => {
  it('reads the root package.json version, a valid APP_VERSION default', () => {
    const version = readPackageVersion();
    expect(parseSettings(VALID_ENV, { appVersion: version }).ok).toBe(true);
  });
});
