import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fillTemplate, referencedFiles, renderTemplate, TemplateError, type JsonValue } from '../../manifest/src/render';
import { validateLocalization, validateManifest } from '../../manifest/src/validate';
import { VALID_SETTINGS } from './fixtures';

// @microsoft/app-manifest loads strip-bom 5, an ES module that Jest's CommonJS runtime cannot require
// on Node 20 (plain Node and tsx can). Packaging never reads files through it, so a stand-in suffices.
jest.mock('strip-bom', () => ({ __esModule: true, default: (text: string) => text.replace(/^\uFEFF/, '') }));

const MANIFEST_DIR = path.resolve(__dirname, '..', '..', 'manifest');
const readJson = (file: string): JsonValue => JSON.parse(readFileSync(path.join(MANIFEST_DIR, file), 'utf8')) as JsonValue;

/** The rendered manifest as a typed object, for reading fields in assertions. */
const rendered = renderTemplate(readJson('manifest.template.json'), VALID_SETTINGS) as any;

describe('the DigiPuls manifest template', () => {
  it('renders to a manifest that validates against the bundled schema with zero errors', async () => {
    await expect(validateManifest(rendered)).resolves.toEqual([]);
  });

  it('renders an English language file that validates against the bundled localization schema', async () => {
    const english = renderTemplate(readJson('en.json'), VALID_SETTINGS);
    await expect(validateLocalization('en.json', english, rendered.manifestVersion)).resolves.toEqual([]);
  });

  it('leaves no placeholder behind', () => {
    expect(JSON.stringify(rendered)).not.toContain('${');
  });

  it('fills ids, URLs and SSO from the settings', () => {
    expect(rendered.id).toBe(VALID_SETTINGS.teamsAppId);
    expect(rendered.version).toBe('1.2.3');
    expect(rendered.bots[0].botId).toBe(VALID_SETTINGS.botId);
    expect(rendered.staticTabs[0]).toMatchObject({
      entityId: 'digipuls-home',
      contentUrl: 'https://digipuls.example.org/tab/index.html',
      scopes: ['personal'],
    });
    expect(rendered.configurableTabs[0]).toMatchObject({
      configurationUrl: 'https://digipuls.example.org/tab/config.html',
      scopes: ['team', 'groupChat'],
    });
    expect(rendered.configurableTabs[0].context).toContain('channelTab');
    expect(rendered.validDomains).toEqual(['digipuls.example.org']);
    expect(rendered.webApplicationInfo).toEqual({
      id: VALID_SETTINGS.ssoClientId,
      resource: VALID_SETTINGS.ssoApplicationIdUri,
    });
    expect(rendered.developer).toEqual(VALID_SETTINGS.developer);
  });

  it('declares the bot in all three scopes with the German commands, German as default language', () => {
    expect(rendered.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    const titles = rendered.bots[0].commandLists[0].commands.map((command: { title: string }) => command.title);
    expect(titles).toEqual(['hilfe', 'umfrage', 'feedback', 'check']);
    expect(rendered.localizationInfo).toEqual({
      defaultLanguageTag: 'de',
      additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
    });
  });

  it('lists the icon and language files the package must contain', () => {
    expect(referencedFiles(rendered)).toEqual({ colorIcon: 'color.png', outlineIcon: 'outline.png', languageFiles: ['en.json'] });
  });
});

describe('fillTemplate', () => {
  it('replaces placeholders inside strings, in nested objects and arrays, and leaves keys alone', () => {
    const template: JsonValue = { '${A}': 'x', list: ['${A}/path', { deep: 'pre-${B}-post' }], n: 1, flag: true, none: null };
    expect(fillTemplate(template, { A: 'a', B: 'b' })).toEqual({
      '${A}': 'x',
      list: ['a/path', { deep: 'pre-b-post' }],
      n: 1,
      flag: true,
      none: null,
    });
  });

  it('names every unknown placeholder once', () => {
    const attempt = () => fillTemplate({ a: '${MISSING}', b: ['${MISSING}', '${OTHER}'] }, {});
    expect(attempt).toThrow(TemplateError);
    expect(attempt).toThrow('Unknown template placeholder(s): ${MISSING}, ${OTHER}');
  });

  it('does not change the template', () => {
    const template: JsonValue = { a: '${A}' };
    fillTemplate(template, { A: 'filled' });
    expect(template).toEqual({ a: '${A}' });
  });
});
