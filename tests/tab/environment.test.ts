/** Locale, theme and page rules of the tab (pure functions, no browser). */
import {
  localeFromTag,
  localeFromTeams,
  resolveStandalone,
  themeFromParam,
  themeFromTeams,
} from '../../tab/src/environment';
import { pageFromHash } from '../../tab/src/navigation';
import { buildChannelTabConfig, CHANNEL_TAB_ENTITY_ID } from '../../tab/src/pages/TabConfig/channelTabConfig';

const browser = { search: '', languages: [] as string[], prefersDark: false, forcedColors: false };

describe('locale', () => {
  it('is English only for English Teams locales, German for everything else', () => {
    expect(localeFromTeams('en-US')).toBe('en');
    expect(localeFromTeams('EN-gb')).toBe('en');
    expect(localeFromTeams('de-DE')).toBe('de');
    expect(localeFromTeams('fr-FR')).toBe('de');
    expect(localeFromTeams('')).toBe('de');
    expect(localeFromTeams(undefined)).toBe('de');
    // "eng…" is not an English tag.
    expect(localeFromTag('eng')).toBeUndefined();
  });

  it('standalone: ?lang= wins, then the first supported browser language, then German', () => {
    expect(resolveStandalone({ ...browser, search: '?lang=en', languages: ['de-DE'] }).locale).toBe('en');
    expect(resolveStandalone({ ...browser, search: '?lang=xx', languages: ['en-US'] }).locale).toBe('en');
    expect(resolveStandalone({ ...browser, languages: ['fr-FR', 'en-GB'] }).locale).toBe('en');
    expect(resolveStandalone({ ...browser, languages: ['fr-FR', 'it'] }).locale).toBe('de');
    expect(resolveStandalone(browser).locale).toBe('de');
  });
});

describe('theme', () => {
  it('maps the Teams themes', () => {
    expect(themeFromTeams('default')).toBe('light');
    expect(themeFromTeams('dark')).toBe('dark');
    expect(themeFromTeams('contrast')).toBe('contrast');
    expect(themeFromTeams('something-new')).toBe('light');
  });

  it('standalone: ?theme= wins, then forced colours, then the colour scheme', () => {
    expect(themeFromParam('DARK')).toBe('dark');
    expect(themeFromParam('default')).toBe('light');
    expect(themeFromParam('sepia')).toBeUndefined();
    expect(resolveStandalone({ ...browser, search: '?theme=light', prefersDark: true }).theme).toBe('light');
    expect(resolveStandalone({ ...browser, prefersDark: true, forcedColors: true }).theme).toBe('contrast');
    expect(resolveStandalone({ ...browser, prefersDark: true }).theme).toBe('dark');
    expect(resolveStandalone(browser).theme).toBe('light');
  });
});

describe('page from the URL hash', () => {
  it('reads known pages and ignores everything else', () => {
    expect(pageFromHash('#results')).toBe('results');
    expect(pageFromHash('#/Privacy')).toBe('privacy');
    expect(pageFromHash('')).toBeUndefined();
    expect(pageFromHash('#settings')).toBeUndefined();
    expect(pageFromHash('#%E0%A4%A')).toBeUndefined();
  });
});

describe('channel tab configuration', () => {
  it('points the content and website URL at /tab/index.html', () => {
    expect(buildChannelTabConfig('https://digipuls.example.org/tab/', 'DigiPuls')).toEqual({
      entityId: CHANNEL_TAB_ENTITY_ID,
      contentUrl: 'https://digipuls.example.org/tab/index.html',
      websiteUrl: 'https://digipuls.example.org/tab/index.html',
      suggestedDisplayName: 'DigiPuls',
    });
  });

  it('carries configuration choices in the content URL query, in a stable order', () => {
    const config = buildChannelTabConfig('https://x.example/tab/', 'DigiPuls', {
      view: 'compact',
      areas: ['roadmap', 'results'],
      skipped: undefined,
    });
    expect(config.contentUrl).toBe('https://x.example/tab/index.html?areas=roadmap%2Cresults&view=compact');
  });
});
