import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderTemplate, type JsonValue } from '../../manifest/src/render';
import {
  bundledManifestVersions,
  loadBundledSchema,
  schemaUrl,
  validateLocalization,
  validateManifest,
  withUnicodeSafePatterns,
} from '../../manifest/src/validate';
import { VALID_SETTINGS } from './fixtures';

// See render.test.ts: strip-bom 5 is an ES module Jest cannot require on Node 20.
jest.mock('strip-bom', () => ({ __esModule: true, default: (text: string) => text.replace(/^\uFEFF/, '') }));

const MANIFEST_DIR = path.resolve(__dirname, '..', '..', 'manifest');
const readJson = (file: string): JsonValue => JSON.parse(readFileSync(path.join(MANIFEST_DIR, file), 'utf8')) as JsonValue;
type Loose = any;

const validManifest = (): Loose => renderTemplate(readJson('manifest.template.json'), VALID_SETTINGS);
const validEnglish = (): Loose => renderTemplate(readJson('en.json'), VALID_SETTINGS);

describe('validateManifest', () => {
  it('returns the schema errors of a broken manifest, one line each', async () => {
    const manifest = validManifest();
    manifest.name.short = 'DigiPuls – Digitalisierung in Leopoldshöhe'; // 43 characters
    manifest.id = 'digipuls';
    const errors = await validateManifest(manifest);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^manifest\.json: \/name\/short must NOT have more than 30 characters/),
        expect.stringMatching(/^manifest\.json: \/id must match pattern/),
      ]),
    );
    expect(errors).toHaveLength(2);
  });

  it('reports missing required fields and wrong values elsewhere in the manifest', async () => {
    const manifest = validManifest();
    delete manifest.developer.privacyUrl;
    manifest.accentColor = 'blue';
    manifest.bots[0].scopes = ['personal', 'meeting'];
    manifest.configurableTabs[0].scopes = ['personal'];
    const errors = await validateManifest(manifest);
    expect(errors.join('\n')).toMatch(/\/developer must have required property 'privacyUrl'/);
    expect(errors.join('\n')).toMatch(/\/accentColor must match pattern/);
    expect(errors.join('\n')).toMatch(/\/bots\/0\/scopes\/1 must be equal to one of the allowed values/);
    expect(errors.join('\n')).toMatch(/\/configurableTabs\/0\/scopes\/0 must be equal to one of the allowed values/);
  });

  it('refuses a manifest version whose schema is not bundled, instead of downloading it', async () => {
    const manifest = { ...validManifest(), manifestVersion: '9.99' };
    await expect(validateManifest(manifest)).resolves.toEqual([
      expect.stringMatching(/^manifest\.json: no bundled manifest schema for manifestVersion "9\.99" \(bundled: 1\.0, .*1\.30/),
    ]);
  });

  it('flags a $schema that names another version than manifestVersion', async () => {
    const manifest = { ...validManifest(), $schema: schemaUrl('manifest', '1.19') };
    await expect(validateManifest(manifest)).resolves.toEqual([
      `manifest.json: $schema is "${schemaUrl('manifest', '1.19')}", expected "${schemaUrl('manifest', '1.30')}"`,
    ]);
  });

  it('accepts the $schema URL with a locale segment', async () => {
    const manifest = validManifest();
    manifest.$schema = manifest.$schema.replace('/json-schemas/', '/en-us/json-schemas/');
    await expect(validateManifest(manifest)).resolves.toEqual([]);
  });
});

describe('validateLocalization', () => {
  it('returns the schema errors of a broken language file', async () => {
    const english = validEnglish();
    english['name.short'] = 'DigiPuls for the digitalization program';
    english['bots[0].commandLists[0].commands[0].title'] = 'h'.repeat(129);
    english['unknown.key'] = 'x';
    const errors = await validateLocalization('en.json', english, '1.30');
    expect(errors.join('\n')).toMatch(/^en\.json: \/name\.short must NOT have more than 30 characters/m);
    expect(errors.join('\n')).toMatch(/\/bots\[0\]\.commandLists\[0\]\.commands\[0\]\.title must NOT have more than 128 characters/);
    expect(errors.join('\n')).toMatch(/must NOT have additional properties.*unknown\.key/);
  });
});

describe('bundled schemas', () => {
  it('bundles the manifest version of the template (1.19 or later), so validation never needs the network', () => {
    const version: string = validManifest().manifestVersion;
    expect(bundledManifestVersions()).toContain(version);
    expect(Number(version.split('.')[1])).toBeGreaterThanOrEqual(19);
  });

  it('loads the localization schema with patterns that compile as Unicode regular expressions', () => {
    const schema = loadBundledSchema('localization', '1.30') as { patternProperties: Record<string, unknown> };
    for (const pattern of Object.keys(schema.patternProperties)) {
      expect(() => new RegExp(pattern, 'u')).not.toThrow();
    }
  });
});

describe('withUnicodeSafePatterns', () => {
  it('escapes a lone ] and keeps what the pattern matches', () => {
    const schema = { patternProperties: { '^a\\[\\b([0-9])\\b]\\.b$': { type: 'string' } }, properties: { x: { pattern: '^[a-z]]$' } } };
    const safe = withUnicodeSafePatterns(schema);
    const [key] = Object.keys(safe.patternProperties);
    expect(key).toBe('^a\\[\\b([0-9])\\b\\]\\.b$');
    expect(new RegExp(key, 'u').test('a[3].b')).toBe(true);
    expect(safe.properties.x.pattern).toBe('^[a-z]\\]$');
    expect(new RegExp(safe.properties.x.pattern, 'u').test('q]')).toBe(true);
  });

  it('leaves valid patterns and ordinary keys unchanged', () => {
    const schema = { properties: { 'a]b': { pattern: '^[0-9]+$' } } };
    expect(withUnicodeSafePatterns(schema)).toEqual(schema);
  });

  it('throws for a pattern that is broken for another reason', () => {
    expect(() => withUnicodeSafePatterns({ pattern: '(unclosed' })).toThrow(/cannot be used with Unicode regular expressions/);
  });
});
