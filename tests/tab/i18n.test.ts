/** Every user-facing string of the tab exists in German and English. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const load = (locale: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(__dirname, '..', '..', 'tab', 'src', 'i18n', `${locale}.json`), 'utf8'));

describe('tab i18n catalogs', () => {
  const de = load('de');
  const en = load('en');

  it('have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });

  it('have non-empty strings with the same placeholders', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(de)) {
      expect([key, typeof de[key]]).toEqual([key, 'string']);
      expect([key, typeof en[key]]).toEqual([key, 'string']);
      expect([key, (de[key] as string).trim().length > 0, (en[key] as string).trim().length > 0]).toEqual([key, true, true]);
      expect([key, placeholders(en[key] as string)]).toEqual([key, placeholders(de[key] as string)]);
    }
  });
});
