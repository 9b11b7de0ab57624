/**
 * Environment → validated packaging settings: the one place that reads and checks the variables
 * the app package is configured by (one deployment per municipality).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

/** Names of the environment variables packaging reads, in the order errors are reported. */
export const ENV_VARIABLES = [
  'TEAMS_APP_ID',
  'MICROSOFT_APP_ID',
  'PUBLIC_URL',
  'SSO_CLIENT_ID',
  'SSO_APPLICATION_ID_URI',
  'APP_VERSION',
  'DEVELOPER_NAME',
  'DEVELOPER_WEBSITE_URL',
  'DEVELOPER_PRIVACY_URL',
  'DEVELOPER_TERMS_URL',
] as const;

/** One of {@link ENV_VARIABLES}. */
export type EnvVariable = (typeof ENV_VARIABLES)[number];

/** Raw environment: variable name → value (unset or empty means "use the default"). */
export type RawEnv = Partial<Record<string, string | undefined>>;

/** Developer name shown in Teams when `DEVELOPER_NAME` is not set. */
export const DEFAULT_DEVELOPER_NAME = 'Ostwestfalen-Lippe-IT';

/** Everything the manifest template needs, validated and with defaults applied. */
export interface PackageSettings {
  /** Manifest `id` (`TEAMS_APP_ID`). */
  teamsAppId: string;
  /** Bot registration's app id (`MICROSOFT_APP_ID`), used as `botId`. */
  botId: string;
  /** Normalised https origin the app is served from, without a trailing slash (`PUBLIC_URL`). */
  publicUrl: string;
  /** Host (with port, if any) of {@link PackageSettings.publicUrl}: the manifest's valid domain. */
  publicHost: string;
  /** Entra ID client id used for tab SSO (`SSO_CLIENT_ID`). */
  ssoClientId: string;
  /** Application ID URI used as the SSO resource (`SSO_APPLICATION_ID_URI`). */
  ssoApplicationIdUri: string;
  /** App version, MAJOR.MINOR.PATCH (`APP_VERSION`). */
  appVersion: string;
  /** Developer block shown on the app's details page. */
  developer: {
    name: string;
    websiteUrl: string;
    privacyUrl: string;
    termsOfUseUrl: string;
  };
}

/** Result of {@link parseSettings}: settings, or one message line per wrong variable. */
export type SettingsResult =
  | { ok: true; settings: PackageSettings }
  | { ok: false; errors: string[] };

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const EXAMPLE_GUID = '00000000-0000-0000-0000-000000000000';

const guid = z.string().regex(GUID, `expected a GUID such as ${EXAMPLE_GUID}`);

const httpsUrl = z.string().refine(isHttpsUrl, 'expected an absolute https:// URL');

/** PUBLIC_URL: an https origin; a single trailing slash is tolerated and removed. */
const publicUrl = z
  .string()
  .refine(isHttpsUrl, 'expected an https:// URL such as https://digipuls.example.org')
  .refine(
    isBareOrigin,
    'expected only scheme and host (no path, query or fragment), e.g. https://digipuls.example.org',
  )
  .transform((value) => new URL(value).origin);

/**
 * SSO_APPLICATION_ID_URI: `api://<host>/...`. Teams refuses an SSO token when the resource's host differs
 * from the tab's origin, so when PUBLIC_URL is known the host must be its host.
 */
function applicationIdUri(publicHost: string | undefined) {
  return z
    .string()
    .max(2048, 'expected at most 2048 characters')
    .regex(/^api:\/\/[^/\s]+\/\S+$/, 'expected an Application ID URI such as api://digipuls.example.org/<SSO_CLIENT_ID>')
    .refine(
      (value) => publicHost === undefined || value.slice('api://'.length).split('/')[0].toLowerCase() === publicHost,
      `expected api://${publicHost}/..., the host of PUBLIC_URL (Teams tab SSO requires it)`,
    );
}

const appVersion = z.string().regex(SEMVER, 'expected a version MAJOR.MINOR.PATCH such as 1.0.0');

const developerName = z
  .string()
  .trim()
  .min(1, 'expected a non-empty name')
  .max(32, 'expected at most 32 characters (Teams limit for developer.name)');

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

function isBareOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return url.pathname === '/' && url.search === '' && url.hash === '';
  } catch {
    return false;
  }
}

/** Shortens a received value for an error line and hides credentials embedded in a URL. */
function shown(value: string): string {
  const masked = value.replace(/\/\/[^/@\s]*@/, '//***@');
  const clipped = masked.length > 80 ? `${masked.slice(0, 77)}...` : masked;
  return JSON.stringify(clipped);
}

/**
 * Validates the packaging variables and applies defaults.
 *
 * Unset and empty variables count as "not set". Every wrong variable gives exactly one line of
 * the form `NAME: expected ... (got "value")`, so all mistakes show up in one run. A default that is
 * derived from another, wrong variable (e.g. the developer URLs from PUBLIC_URL) is not reported again.
 *
 * @param env - the raw environment (usually `process.env` after {@link loadEnvFile}).
 * @param defaults - `appVersion` to use when `APP_VERSION` is not set (the root package.json version).
 */
export function parseSettings(env: RawEnv, defaults: { appVersion: string }): SettingsResult {
  const errors: string[] = [];

  /**
   * Validates one variable. `fallback` is its default: a string, `undefined` when the variable is
   * required, or `null` when the default depends on a variable that is already reported as wrong.
   */
  const check = <T>(name: EnvVariable, schema: z.ZodType<T, z.ZodTypeDef, string>, fallback?: string | null): T | undefined => {
    const given = env[name]?.trim() || undefined;
    const value = given ?? fallback;
    if (value === null) return undefined;
    if (value === undefined) {
      errors.push(`${name}: is required but not set`);
      return undefined;
    }
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    const origin = given === undefined ? ', the default' : '';
    errors.push(`${name}: ${result.error.issues[0].message} (got ${shown(value)}${origin})`);
    return undefined;
  };

  const teamsAppId = check('TEAMS_APP_ID', guid);
  const botId = check('MICROSOFT_APP_ID', guid);
  const origin = check('PUBLIC_URL', publicUrl);
  const host = origin === undefined ? undefined : new URL(origin).host;
  const ssoClientId = check('SSO_CLIENT_ID', guid, botId ?? null);
  const ssoApplicationIdUri = check(
    'SSO_APPLICATION_ID_URI',
    applicationIdUri(host),
    host !== undefined && ssoClientId !== undefined ? `api://${host}/${ssoClientId}` : null,
  );
  const appVersionValue = check('APP_VERSION', appVersion, defaults.appVersion);
  const name = check('DEVELOPER_NAME', developerName, DEFAULT_DEVELOPER_NAME);
  const home = origin === undefined ? null : `${origin}/tab/index.html`;
  const websiteUrl = check('DEVELOPER_WEBSITE_URL', httpsUrl, home);
  const privacyUrl = check('DEVELOPER_PRIVACY_URL', httpsUrl, home && `${home}#privacy`);
  const termsOfUseUrl = check('DEVELOPER_TERMS_URL', httpsUrl, home && `${home}#privacy`);

  if (
    teamsAppId === undefined ||
    botId === undefined ||
    origin === undefined ||
    host === undefined ||
    ssoClientId === undefined ||
    ssoApplicationIdUri === undefined ||
    appVersionValue === undefined ||
    name === undefined ||
    websiteUrl === undefined ||
    privacyUrl === undefined ||
    termsOfUseUrl === undefined
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    settings: {
      teamsAppId,
      botId,
      publicUrl: origin,
      publicHost: host,
      ssoClientId,
      ssoApplicationIdUri,
      appVersion: appVersionValue,
      developer: { name, websiteUrl, privacyUrl, termsOfUseUrl },
    },
  };
}

/**
 * Loads an optional `.env` file into `process.env` (variables already set win) and returns `process.env`.
 *
 * @param file - path of the file; defaults to `.env` in the working directory.
 */
export function loadEnvFile(file?: string): RawEnv {
  loadDotenv({ path: file, quiet: true });
  return process.env;
}

/**
 * Reads the `version` field of a package.json: the default for `APP_VERSION`.
 *
 * @param packageJsonPath - defaults to the repository's root package.json.
 */
export function readPackageVersion(packageJsonPath = path.resolve(__dirname, '..', '..', 'package.json')): string {
  const parsed = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { version?: unknown };
  return typeof parsed.version === 'string' ? parsed.version : '';
}
