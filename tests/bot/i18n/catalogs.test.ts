import de from '../../../bot/src/i18n/de.json';
import en from '../../../bot/src/i18n/en.json';
import { langFromLocale, t } from '../../../bot/src/i18n';

describe('bot message catalogs', () => {
  it('have the same keys in German and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    for (const v of [...Object.values(de), ...Object.values(en)]) expect(v.trim()).not.toBe('');
  });

  it('fill placeholders', () => {
    expect(t('de', 'welcome.municipality', { name: 'Gemeinde Leopoldshöhe' })).toBe(' der Gemeinde Leopoldshöhe');
  });

  it.each([
    ['de-DE', 'de'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['fr-FR', 'de'],
    [undefined, 'de'],
  ])('maps Teams locale %s to %s (German default)', (locale, lang) => {
    expect(langFromLocale(locale, 'de')).toBe(lang);
  });
});
