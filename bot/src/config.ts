import { z } from 'zod';
import { roleAssignmentsSchema, ROLES, type Role, type RoleAssignments } from './auth/roles';
import type { SsoSettings } from './auth/sso';
import { departmentSchema, EXAMPLE_CROSS_CUTTING_AREAS, EXAMPLE_DEPARTMENTS, type Department } from './features/people/departments';

/** Validated, typed application settings. Built once from the environment by {@link loadConfig}. */
export interface Config {
  /** Port the HTTP server listens on; 0 picks a free port (tests). */
  port: number;
  /**
   * Interface to bind: `HOST` when set; otherwise 0.0.0.0 for a deployment (a bot registration is
   * configured) and 127.0.0.1 in local mode, so a development identity is never reachable from the network.
   */
  host: string;
  /** Public https base URL (used in links and the manifest); optional locally. */
  publicUrl?: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Storage: a connection string for external storage, or an embedded Azurite. */
  storage:
    | { kind: 'external'; connectionString: string }
    | { kind: 'embedded'; dataDir: string; inMemory: boolean };
  /** Prefix for every table and queue name, so several installations can share one account. */
  tablePrefix: string;
  /** Bot Framework authentication; `undefined` means anonymous local mode. */
  botAuth?: {
    appId: string;
    appPassword?: string;
    appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    tenantId?: string;
  };
  /**
   * Entra tenants whose activities the bot accepts (`ALLOWED_TENANT_IDS`, else `MICROSOFT_APP_TENANT_ID`);
   * empty only in local mode, where every tenant is accepted (the Agents Playground uses a fake one).
   */
  allowedTenantIds: string[];
  /** Per-person token bucket for chat activities, card submits and API writes (in memory, per instance). */
  personRateLimit: { burst: number; perSecond: number };
  /** Things that work but deserve a warning at start (e.g. a multi-tenant bot registration). */
  warnings: string[];
  /** Language used when a person's Teams locale is unknown. */
  defaultLocale: 'de' | 'en';
  /** Name of the municipality shown in texts, e.g. "Gemeinde Leopoldshöhe"; empty when not configured. */
  municipalityName: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** How long a graceful shutdown waits for in-flight requests, in milliseconds. */
  shutdownGraceMs: number;
  /** The municipality's departments (Fachbereiche); the example list when not configured. */
  departments: Department[];
  /** True when `departments` is the built-in example, so the UI can say so. */
  departmentsAreExample: boolean;
  /** Roadmap areas that are not departments (e.g. IT infrastructure); the example list when not configured. */
  crossCuttingAreas: Department[];
  crossCuttingAreasAreExample: boolean;
  /** How often the one scheduler runs its jobs (pulse rounds, DigiCheck cycles; announcements at most every 5 s), in seconds; 0 = off. */
  pulseTickSeconds: number;
  /** Proactive sends per second of this instance (Teams allows 50 per app and tenant). */
  sendRatePerSecond: number;
  /** Parallel announcement senders in this instance; 0 = no worker here (another instance sends). */
  announceWorkers: number;
  /** How long a taken queue message stays hidden (and a delivery claimed), in seconds. */
  announceVisibilitySeconds: number;
  /**
   * How the tab's API knows who calls: Teams SSO tokens (production), an explicit development
   * identity (local only, never together with Entra settings), or not configured (API refuses).
   */
  apiAuth:
    | { kind: 'sso'; sso: SsoSettings; roles: RoleAssignments }
    | { kind: 'development'; name: string; roles: Role[] }
    | { kind: 'none' };
}

/** Thrown when the environment does not describe a valid configuration; one line per wrong variable. */
export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const LOOPBACK_HTTP = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|\/|$)/i;

/**
 * True for a connection string of a storage emulator on this machine (Azurite): `UseDevelopmentStorage=true`,
 * or the emulator's well-known account with every endpoint on loopback. Such storage is no production signal.
 */
export function isLocalEmulator(connectionString: string): boolean {
  if (/(^|;)\s*UseDevelopmentStorage=true\s*(;|$)/i.test(connectionString)) return true;
  const parts = new Map(connectionString.split(';').filter((p) => p.includes('=')).map((p) => {
    const i = p.indexOf('=');
    return [p.slice(0, i).trim().toLowerCase(), p.slice(i + 1).trim()] as const;
  }));
  if (parts.get('accountname') !== 'devstoreaccount1') return false;
  const endpoints = [...parts].filter(([k]) => k.endsWith('endpoint')).map(([, v]) => v);
  // Without explicit endpoints the SDK would go to <account>.core.windows.net: a real account.
  return endpoints.length > 0 && endpoints.every((e) => /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:|\/|$)/i.test(e));
}

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const opt = <T extends z.ZodTypeAny>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const bool = (name: string) =>
  z.preprocess(blankToUndefined, z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], {
      errorMap: () => ({ message: `${name} must be true or false` }),
    })
    .optional()
    .transform((v) => v === 'true' || v === '1' || v === 'yes'));

const intIn = (name: string, min: number, max: number, dflt: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (v === undefined) return dflt;
        const n = Number(v);
        if (!/^\d+$/.test(v) || n < min || n > max) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${name} must be a whole number from ${min} to ${max}, got "${v}"` });
          return z.NEVER;
        }
        return n;
      }),
  );

/** A JSON list of areas (departments or cross-cutting areas): 1–50 entries, unique ids. */
const areaList = (name: string, example: string) =>
  z.string().transform((raw, ctx) => {
    const expected = `${name} must be a JSON array like ${example} with 1–50 entries and unique ids`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: expected });
      return z.NEVER;
    }
    const r = z.array(departmentSchema).min(1).max(50).safeParse(parsed);
    if (!r.success || new Set(r.data.map((d) => d.id)).size !== r.data.length) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: r.success ? expected : `${expected} (${r.error.issues[0].path.join('.')}: ${r.error.issues[0].message})` });
      return z.NEVER;
    }
    return r.data;
  });

const envSchema = z.object({
  PORT: intIn('PORT', 0, 65535, 3978),
  HOST: opt(z.string().regex(/^[0-9a-zA-Z.:\-[\]]+$/, 'HOST must be a host name or IP address')),
  PUBLIC_URL: opt(
    z.string().superRefine((u, ctx) => {
      if (!URL.canParse(u)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'PUBLIC_URL must be an absolute URL such as https://digipuls.example.org' });
      else if (!/^https:\/\//.test(u) && !/^http:\/\/(localhost|127\.0\.0\.1)(:|\/|$)/.test(u)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'PUBLIC_URL must use https (http only for localhost)' });
      }
    }),
  ),
  LOG_LEVEL: opt(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    errorMap: () => ({ message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent' }),
  })),
  STORAGE_CONNECTION_STRING: opt(
    z.string().refine(
      (s) => /UseDevelopmentStorage=true/i.test(s) || (/AccountName=[^;]+/i.test(s) && /AccountKey=[^;]+/i.test(s)) || /TableEndpoint=https?:\/\/[^;]+/i.test(s),
      'STORAGE_CONNECTION_STRING must be an Azure Storage connection string (AccountName=…;AccountKey=… or TableEndpoint=…, or UseDevelopmentStorage=true)',
    ),
  ),
  DATA_DIR: opt(z.string()),
  AZURITE_IN_MEMORY: bool('AZURITE_IN_MEMORY'),
  TABLE_PREFIX: opt(z.string().regex(/^[a-z][a-z0-9]{0,19}$/, 'TABLE_PREFIX must be 1–20 lower-case letters or digits, starting with a letter')),
  MICROSOFT_APP_ID: opt(z.string().regex(GUID, 'MICROSOFT_APP_ID must be a GUID (the bot\'s Entra app id)')),
  MICROSOFT_APP_PASSWORD: opt(z.string()),
  MICROSOFT_APP_TYPE: opt(z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], {
    errorMap: () => ({ message: 'MICROSOFT_APP_TYPE must be MultiTenant, SingleTenant or UserAssignedMSI' }),
  })),
  MICROSOFT_APP_TENANT_ID: opt(z.string().regex(GUID, 'MICROSOFT_APP_TENANT_ID must be a GUID (the Entra tenant id)')),
  DEFAULT_LOCALE: opt(z.enum(['de', 'en'], { errorMap: () => ({ message: 'DEFAULT_LOCALE must be de or en' }) })),
  MUNICIPALITY_NAME: opt(z.string().max(100, 'MUNICIPALITY_NAME must be at most 100 characters')),
  MAX_BODY_BYTES: intIn('MAX_BODY_BYTES', 1024, 64 * 1024 * 1024, 512 * 1024),
  SHUTDOWN_GRACE_MS: intIn('SHUTDOWN_GRACE_MS', 0, 120000, 10000),
  PULSE_TICK_SECONDS: intIn('PULSE_TICK_SECONDS', 0, 3600, 30),
  SEND_RATE_PER_SECOND: intIn('SEND_RATE_PER_SECOND', 1, 50, 48),
  ANNOUNCE_WORKERS: intIn('ANNOUNCE_WORKERS', 0, 64, 24),
  ANNOUNCE_VISIBILITY_SECONDS: intIn('ANNOUNCE_VISIBILITY_SECONDS', 2, 600, 60),
  SSO_CLIENT_ID: opt(z.string().regex(GUID, "SSO_CLIENT_ID must be a GUID (the tab's Entra app id)")),
  SSO_APPLICATION_ID_URI: opt(z.string().regex(/^api:\/\/[^\s]+$/, 'SSO_APPLICATION_ID_URI must look like api://<host>/<client id>')),
  SSO_TENANT_ID: opt(z.string().regex(GUID, 'SSO_TENANT_ID must be a GUID (the Entra tenant id)')),
  SSO_JWKS_URL: opt(
    z.string().url('SSO_JWKS_URL must be a URL').refine(
      (u) => /^https:\/\//i.test(u) || LOOPBACK_HTTP.test(u),
      'SSO_JWKS_URL must use https (http only for 127.0.0.1 or localhost, in tests)',
    ),
  ),
  ALLOW_GUESTS: bool('ALLOW_GUESTS'),
  ALLOWED_TENANT_IDS: opt(
    z.string().transform((raw, ctx) => {
      const list = raw.split(',').map((id) => id.trim()).filter(Boolean);
      const bad = list.filter((id) => !GUID.test(id));
      if (bad.length || list.length === 0) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `ALLOWED_TENANT_IDS must be a comma list of Entra tenant ids (GUIDs); not a GUID: ${bad.join(', ')}` });
        return z.NEVER;
      }
      return list.map((id) => id.toLowerCase());
    }),
  ),
  RATE_LIMIT_BURST: intIn('RATE_LIMIT_BURST', 1, 10000, 20),
  RATE_LIMIT_PER_SECOND: intIn('RATE_LIMIT_PER_SECOND', 1, 1000, 5),
  ROLES: opt(
    z.string().transform((raw, ctx) => {
      const expected = 'ROLES must be JSON like {"editor":["<object or group id>"],"changeTeam":[],"announcer":[],"admin":[]} with GUIDs';
      try {
        const r = roleAssignmentsSchema.safeParse(JSON.parse(raw));
        if (r.success) return r.data;
      } catch {
        /* reported below */
      }
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: expected });
      return z.NEVER;
    }),
  ),
  DEV_IDENTITY: opt(z.string().max(80, 'DEV_IDENTITY must be at most 80 characters')),
  DEV_ROLES: opt(
    z.string().transform((raw, ctx) => {
      const list = raw.split(',').map((r) => r.trim()).filter(Boolean);
      const bad = list.filter((r) => !ROLES.includes(r as Role));
      if (bad.length) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `DEV_ROLES must be a comma list of ${ROLES.join(', ')}; unknown: ${bad.join(', ')}` });
        return z.NEVER;
      }
      return list as Role[];
    }),
  ),
  DEPARTMENTS: opt(areaList('DEPARTMENTS', '[{"id":"finanzen","de":"Finanzen","en":"Finance"}]')),
  CROSS_CUTTING_AREAS: opt(areaList('CROSS_CUTTING_AREAS', '[{"id":"it-infrastruktur","de":"IT-Infrastruktur","en":"IT infrastructure"}]')),
});

/**
 * Reads and validates the configuration. Every problem is reported, each as one line naming the
 * variable and what is expected, so a wrong deployment fails at start instead of at first use.
 * @throws {@link ConfigError} when any value is invalid.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0] ?? '');
        return i.message.startsWith(name) ? i.message : `${name}: ${i.message}`;
      }),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  const warnings: string[] = [];

  if (e.STORAGE_CONNECTION_STRING && (e.DATA_DIR || e.AZURITE_IN_MEMORY)) {
    problems.push('DATA_DIR and AZURITE_IN_MEMORY apply only to the embedded Azurite: leave them empty when STORAGE_CONNECTION_STRING is set');
  }

  let botAuth: Config['botAuth'];
  if (e.MICROSOFT_APP_ID) {
    // Azure Bot Service creates no multi-tenant bots since 31 July 2025; single-tenant is the safe default.
    const appType = e.MICROSOFT_APP_TYPE ?? 'SingleTenant';
    if (appType !== 'UserAssignedMSI' && !e.MICROSOFT_APP_PASSWORD) {
      problems.push(`MICROSOFT_APP_PASSWORD is required when MICROSOFT_APP_ID is set and MICROSOFT_APP_TYPE is ${appType}`);
    }
    if (appType !== 'MultiTenant' && !e.MICROSOFT_APP_TENANT_ID) {
      problems.push(`MICROSOFT_APP_TENANT_ID is required when MICROSOFT_APP_TYPE is ${appType}`);
    }
    if (appType === 'UserAssignedMSI' && e.MICROSOFT_APP_PASSWORD) {
      problems.push('MICROSOFT_APP_PASSWORD must be empty when MICROSOFT_APP_TYPE is UserAssignedMSI (the managed identity signs in)');
    }
    if (appType === 'MultiTenant' && !e.MICROSOFT_APP_TENANT_ID && !e.ALLOWED_TENANT_IDS) {
      problems.push('ALLOWED_TENANT_IDS or MICROSOFT_APP_TENANT_ID is required when MICROSOFT_APP_TYPE is MultiTenant: the bot accepts activities only from the municipality\'s own tenant(s)');
    }
    if (appType === 'MultiTenant') {
      warnings.push('MICROSOFT_APP_TYPE=MultiTenant: Azure Bot Service creates no new multi-tenant bots since 31 July 2025; prefer SingleTenant. Activities are still accepted only from ALLOWED_TENANT_IDS / MICROSOFT_APP_TENANT_ID');
    }
    botAuth = { appId: e.MICROSOFT_APP_ID, appPassword: e.MICROSOFT_APP_PASSWORD, appType, tenantId: e.MICROSOFT_APP_TENANT_ID };
  } else if (e.MICROSOFT_APP_PASSWORD || e.MICROSOFT_APP_TENANT_ID || e.MICROSOFT_APP_TYPE) {
    problems.push('MICROSOFT_APP_ID is required when MICROSOFT_APP_PASSWORD, MICROSOFT_APP_TYPE or MICROSOFT_APP_TENANT_ID is set');
  }
  // Anything that only a deployment sets; the development identity must never meet one of them.
  const productionSignals = [
    ...Object.keys(env).filter((k) => (k.startsWith('SSO_') || k.startsWith('MICROSOFT_APP_') || k === 'ROLES') && blankToUndefined(env[k]) !== undefined).sort(),
    ...(e.PUBLIC_URL?.startsWith('https://') ? ['PUBLIC_URL (https)'] : []),
    ...(e.STORAGE_CONNECTION_STRING && !isLocalEmulator(e.STORAGE_CONNECTION_STRING) ? ['STORAGE_CONNECTION_STRING (a real storage account)'] : []),
  ];
  if (e.DEV_IDENTITY && productionSignals.length) {
    problems.push(`DEV_IDENTITY (development sign-in) can never be on together with production settings: remove it (found ${productionSignals.join(', ')})`);
  }
  if (e.DEV_ROLES && !e.DEV_IDENTITY) problems.push('DEV_ROLES applies only together with DEV_IDENTITY');
  if (Boolean(e.SSO_CLIENT_ID) !== Boolean(e.SSO_TENANT_ID)) problems.push('SSO_CLIENT_ID and SSO_TENANT_ID must be set together (tab sign-in)');
  const allowedTenantIds = e.ALLOWED_TENANT_IDS ?? (e.MICROSOFT_APP_TENANT_ID ? [e.MICROSOFT_APP_TENANT_ID.toLowerCase()] : []);
  if (e.SSO_TENANT_ID && allowedTenantIds.length && !allowedTenantIds.includes(e.SSO_TENANT_ID.toLowerCase())) {
    problems.push(`SSO_TENANT_ID must be one of ALLOWED_TENANT_IDS (${allowedTenantIds.join(', ')})`);
  }
  if (!allowedTenantIds.length) {
    warnings.push('no tenant configured (ALLOWED_TENANT_IDS, MICROSOFT_APP_TENANT_ID): the bot accepts activities from every tenant, as the Agents Playground needs; local mode only');
  }
  const departmentIds = new Set((e.DEPARTMENTS ?? EXAMPLE_DEPARTMENTS).map((d) => d.id));
  const clash = (e.CROSS_CUTTING_AREAS ?? EXAMPLE_CROSS_CUTTING_AREAS).filter((a) => departmentIds.has(a.id));
  if (clash.length) problems.push(`CROSS_CUTTING_AREAS must not reuse department ids: ${clash.map((a) => a.id).join(', ')}`);
  if (problems.length > 0) throw new ConfigError(problems);
  const noRoles: RoleAssignments = { editor: [], changeTeam: [], announcer: [], admin: [] };
  const apiAuth: Config['apiAuth'] = e.SSO_CLIENT_ID && e.SSO_TENANT_ID
    ? { kind: 'sso', sso: { clientId: e.SSO_CLIENT_ID, applicationIdUri: e.SSO_APPLICATION_ID_URI, tenantId: e.SSO_TENANT_ID, jwksUrl: e.SSO_JWKS_URL, allowGuests: e.ALLOW_GUESTS }, roles: e.ROLES ?? noRoles }
    : e.DEV_IDENTITY
      // `admin` includes every role, exactly as rolesOf() grants it to a real sign-in.
      ? { kind: 'development', name: e.DEV_IDENTITY, roles: e.DEV_ROLES?.includes('admin') ? [...ROLES] : e.DEV_ROLES ?? ['viewer'] }
      : { kind: 'none' };

  return {
    port: e.PORT,
    host: e.HOST ?? (botAuth ? '0.0.0.0' : '127.0.0.1'),
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    logLevel: e.LOG_LEVEL ?? 'info',
    storage: e.STORAGE_CONNECTION_STRING
      ? { kind: 'external', connectionString: e.STORAGE_CONNECTION_STRING }
      : { kind: 'embedded', dataDir: e.DATA_DIR ?? './.data', inMemory: e.AZURITE_IN_MEMORY },
    tablePrefix: e.TABLE_PREFIX ?? 'digipuls',
    botAuth,
    allowedTenantIds,
    personRateLimit: { burst: e.RATE_LIMIT_BURST, perSecond: e.RATE_LIMIT_PER_SECOND },
    warnings,
    defaultLocale: e.DEFAULT_LOCALE ?? 'de',
    municipalityName: e.MUNICIPALITY_NAME?.trim() ?? '',
    maxBodyBytes: e.MAX_BODY_BYTES,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    departments: e.DEPARTMENTS ?? EXAMPLE_DEPARTMENTS,
    departmentsAreExample: !e.DEPARTMENTS,
    crossCuttingAreas: e.CROSS_CUTTING_AREAS ?? EXAMPLE_CROSS_CUTTING_AREAS,
    crossCuttingAreasAreExample: !e.CROSS_CUTTING_AREAS,
    pulseTickSeconds: e.PULSE_TICK_SECONDS,
    sendRatePerSecond: e.SEND_RATE_PER_SECOND,
    announceWorkers: e.ANNOUNCE_WORKERS,
    announceVisibilitySeconds: e.ANNOUNCE_VISIBILITY_SECONDS,
    apiAuth,
  };
}
