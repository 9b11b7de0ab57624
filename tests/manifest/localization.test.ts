import { checkTranslations, resolveKey, translatableKeys } from '../../manifest/src/localization';
import type { JsonValue } from '../../manifest/src/render';

const manifest: JsonValue = {
  name: { short: 'DigiPuls', full: 'DigiPuls – Digitalisierung' },
  description: { short: 'kurz', full: 'lang' },
  staticTabs: [{ entityId: 'digipuls-home', name: 'Übersicht' }],
  bots: [{ commandLists: [{ commands: [{ title: 'hilfe', description: 'Hilfe' }, { title: 'check' }] }] }],
};

const complete = {
  'name.short': 'DigiPuls',
  'name.full': 'DigiPuls – digitalization',
  'description.short': 'short',
  'description.full': 'long',
  'staticTabs[0].name': 'Overview',
  'bots[0].commandLists[0].commands[0].title': 'help',
  'bots[0].commandLists[0].commands[0].description': 'Help',
  'bots[0].commandLists[0].commands[1].title': 'check',
};

describe('resolveKey', () => {
  it('follows dotted keys with array indexes', () => {
    expect(resolveKey(manifest, 'bots[0].commandLists[0].commands[1].title')).toBe('check');
    expect(resolveKey(manifest, 'name.short')).toBe('DigiPuls');
  });

  it('returns undefined for paths that do not exist', () => {
    expect(resolveKey(manifest, 'bots[0].commandLists[0].commands[2].title')).toBeUndefined();
    expect(resolveKey(manifest, 'staticTabs.name')).toBeUndefined();
    expect(resolveKey(manifest, 'name..short')).toBeUndefined();
  });
});

describe('translatableKeys', () => {
  it('lists the texts users see, only where the manifest has them', () => {
    expect(translatableKeys(manifest)).toEqual(Object.keys(complete));
  });
});

describe('checkTranslations', () => {
  it('accepts a language file that translates every text', () => {
    expect(checkTranslations('en.json', manifest, { $schema: 'x', ...complete })).toEqual([]);
  });

  it('names untranslated texts and keys that match nothing', () => {
    const { ['bots[0].commandLists[0].commands[0].description']: _dropped, ...partial } = complete;
    expect(checkTranslations('en.json', manifest, { ...partial, 'bots[0].commandLists[0].commands[4].title': 'pulse' })).toEqual([
      'en.json: "bots[0].commandLists[0].commands[4].title" does not match a text in manifest.json',
      'en.json: no translation for "bots[0].commandLists[0].commands[0].description"',
    ]);
  });
});
