/**
 * Offline schema validation of the manifest and its language files against the JSON schemas bundled
 * in `@microsoft/app-manifest`, through `AppManifestUtils.validateAgainstSchema`. Never fetches a schema.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AppManifestUtils, type AppManifest } from '@microsoft/app-manifest';
import type { JsonValue } from './render';

/** Which of the bundled Teams schemas to use. */
export type SchemaKind = 'manifest' | 'localization';

type Schema = { [key: string]: unknown };
type LibrarySchema = Parameters<typeof AppManifestUtils.validateAgainstSchema>[1];

const SCHEMA_FILES: Record<SchemaKind, string> = {
  manifest: 'MicrosoftTeams.schema.json',
  localization: 'MicrosoftTeams.Localization.schema.json',
};

const SCHEMA_URL_BASE = 'https://developer.microsoft.com/json-schemas/teams';

function teamsSchemaDir(): string {
  const packageRoot = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return path.join(packageRoot, 'build', 'json-schemas', 'teams');
}

/** Manifest versions (e.g. `1.30`) whose schemas `@microsoft/app-manifest` bundles, oldest first; previews left out. */
export function bundledManifestVersions(): string[] {
  return readdirSync(teamsSchemaDir())
    .filter((name) => /^v\d+\.\d+$/.test(name))
    .map((name) => name.slice(1))
    .sort((a, b) => {
      const [aMajor, aMinor] = a.split('.').map(Number);
      const [bMajor, bMinor] = b.split('.').map(Number);
      return aMajor - bMajor || aMinor - bMinor;
    });
}

/** The canonical `$schema` URL of a Teams manifest or localization file of the given version. */
export function schemaUrl(kind: SchemaKind, manifestVersion: string): string {
  return `${SCHEMA_URL_BASE}/v${manifestVersion}/${SCHEMA_FILES[kind]}`;
}

/** Whether `url` is {@link schemaUrl}, optionally with a locale segment (`.../en-us/json-schemas/...`). */
function isSchemaUrl(url: string, kind: SchemaKind, manifestVersion: string): boolean {
  const canonical = schemaUrl(kind, manifestVersion);
  return url === canonical || url.replace(/^(https:\/\/developer\.microsoft\.com)\/[a-z]{2}(?:-[a-z]{2})?\//i, '$1/') === canonical;
}

function compilesAsUnicode(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/** Escapes every `]` that does not close a character class: legal without the `u` flag, an error with it. */
function escapeLoneBrackets(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i];
    if (char === '\\') {
      out += char + (pattern[i + 1] ?? '');
      i += 1;
    } else if (char === '[' && !inClass) {
      inClass = true;
      out += char;
    } else if (char === ']') {
      out += inClass ? char : '\\]';
      inClass = false;
    } else {
      out += char;
    }
  }
  return out;
}

function unicodeSafe(pattern: string): string {
  if (compilesAsUnicode(pattern)) return pattern;
  const repaired = escapeLoneBrackets(pattern);
  if (!compilesAsUnicode(repaired)) throw new Error(`Schema pattern cannot be used with Unicode regular expressions: ${pattern}`);
  return repaired;
}

/**
 * Returns a copy of a JSON schema whose `pattern`s and `patternProperties` keys compile as Unicode
 * regular expressions, which is how Ajv compiles them. The bundled Teams localization schemas contain
 * patterns like `...\b]\.description$` whose lone `]` only compiles without the `u` flag; escaping it
 * keeps the meaning (a literal `]`).
 *
 * @throws Error if a pattern is invalid for another reason.
 */
export function withUnicodeSafePatterns<T>(schema: T): T {
  const walk = (node: unknown, parentKey?: string): unknown => {
    if (Array.isArray(node)) return node.map((item) => walk(item));
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => {
        const safeKey = parentKey === 'patternProperties' ? unicodeSafe(key) : key;
        const safeValue = key === 'pattern' && typeof value === 'string' ? unicodeSafe(value) : walk(value, key);
        return [safeKey, safeValue];
      }),
    );
  };
  return walk(schema) as T;
}

const schemaCache = new Map<string, Schema>();

/**
 * Loads a schema bundled in `@microsoft/app-manifest`, with {@link withUnicodeSafePatterns} applied.
 *
 * @returns the schema, or `undefined` if the package does not bundle that version.
 */
export function loadBundledSchema(kind: SchemaKind, manifestVersion: string): Schema | undefined {
  const file = path.join(teamsSchemaDir(), `v${manifestVersion}`, SCHEMA_FILES[kind]);
  const cached = schemaCache.get(file);
  if (cached !== undefined) return cached;
  if (!/^\d+\.\d+$/.test(manifestVersion) || !existsSync(file)) return undefined;
  const schema = withUnicodeSafePatterns(JSON.parse(readFileSync(file, 'utf8')) as Schema);
  schemaCache.set(file, schema);
  return schema;
}

async function validateWith(kind: SchemaKind, document: JsonValue, manifestVersion: string, label: string): Promise<string[]> {
  const schema = loadBundledSchema(kind, manifestVersion);
  if (schema === undefined) {
    return [`${label}: no bundled ${kind} schema for manifestVersion "${manifestVersion}" (bundled: ${bundledManifestVersions().join(', ')})`];
  }
  const errors: string[] = [];
  const declared = typeof document === 'object' && document !== null && !Array.isArray(document) ? document.$schema : undefined;
  if (declared !== undefined && (typeof declared !== 'string' || !isSchemaUrl(declared, kind, manifestVersion))) {
    errors.push(`${label}: $schema is ${JSON.stringify(declared)}, expected ${JSON.stringify(schemaUrl(kind, manifestVersion))}`);
  }
  const failures = await AppManifestUtils.validateAgainstSchema(
    document as unknown as AppManifest,
    schema as unknown as LibrarySchema,
  );
  return [...errors, ...failures.map((failure) => `${label}: ${failure.trim()}`)];
}

/**
 * Validates a rendered manifest against the bundled schema of its own `manifestVersion`.
 *
 * @returns every schema error as one line prefixed with `manifest.json:`; empty when valid.
 */
export async function validateManifest(manifest: JsonValue): Promise<string[]> {
  const version =
    typeof manifest === 'object' && manifest !== null && !Array.isArray(manifest) ? manifest.manifestVersion : undefined;
  if (typeof version !== 'string') return ['manifest.json: manifestVersion is missing or not a string'];
  return validateWith('manifest', manifest, version, 'manifest.json');
}

/**
 * Validates a language file against the bundled localization schema of the manifest's version
 * (Teams requires both to use the same version).
 *
 * @param file - the file's name in the package, used to prefix each error.
 * @returns every schema error as one line; empty when valid.
 */
export async function validateLocalization(file: string, localization: JsonValue, manifestVersion: string): Promise<string[]> {
  return validateWith('localization', localization, manifestVersion, file);
}
