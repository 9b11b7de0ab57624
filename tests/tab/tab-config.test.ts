/**
 * The channel tab's configuration rules (no browser): which area choices can be saved, and the
 * content URL that carries them (`index.html?areas=a,b`), read back by the roadmap page.
 */
import { areaOptions, buildChannelTabConfig, isAreaChoiceValid } from '../../tab/src/pages/TabConfig/channelTabConfig';
import { channelAreasFromSearch } from '../../tab/src/pages/Roadmap/filters';

const KNOWN = ['finanzen', 'bauen-umwelt', 'e-akte'];

describe('channel tab area choice', () => {
  it('is complete with "all areas" or at least one known area ticked', () => {
    expect(isAreaChoiceValid({ all: true, chosen: [] }, KNOWN)).toBe(true);
    expect(isAreaChoiceValid({ all: false, chosen: ['e-akte'] }, KNOWN)).toBe(true);
    expect(isAreaChoiceValid({ all: false, chosen: [] }, KNOWN)).toBe(false);
    expect(isAreaChoiceValid({ all: false, chosen: ['removed'] }, KNOWN)).toBe(false);
    // Without the list of areas (it failed to load), only "all" can be saved.
    expect(isAreaChoiceValid({ all: false, chosen: ['e-akte'] }, [])).toBe(false);
  });

  it('saves nothing for "all" and the ticked areas in the areas’ own order otherwise', () => {
    expect(areaOptions({ all: true, chosen: ['e-akte'] }, KNOWN)).toEqual({});
    expect(areaOptions({ all: false, chosen: ['e-akte', 'finanzen', 'removed'] }, KNOWN)).toEqual({ areas: ['finanzen', 'e-akte'] });
    expect(areaOptions({ all: false, chosen: [] }, KNOWN)).toEqual({});
  });

  it('builds a content URL the roadmap page reads the same areas back from', () => {
    const config = buildChannelTabConfig('https://digipuls.example.org/tab/', 'DigiPuls – Finanzen', areaOptions({ all: false, chosen: ['e-akte', 'finanzen'] }, KNOWN));
    expect(config.contentUrl).toBe('https://digipuls.example.org/tab/index.html?areas=finanzen%2Ce-akte');
    expect(config.websiteUrl).toBe(config.contentUrl);
    expect(config.suggestedDisplayName).toBe('DigiPuls – Finanzen');
    expect(channelAreasFromSearch(new URL(config.contentUrl).search)).toEqual(['finanzen', 'e-akte']);
    // "All areas" is the personal tab's view: no query at all.
    expect(buildChannelTabConfig('https://digipuls.example.org/tab/', 'DigiPuls', areaOptions({ all: true, chosen: [] }, KNOWN)).contentUrl).toBe(
      'https://digipuls.example.org/tab/index.html',
    );
  });
});
