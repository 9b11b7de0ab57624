/**
 * What the configuration page saves for a channel tab. DOM-free and teams-js-free, so the URL
 * rules can be unit-tested in Node (tests/tab/channel-tab-config.test.ts).
 */

/** The entity id every DigiPuls channel tab is saved with. */
export const CHANNEL_TAB_ENTITY_ID = 'digipuls-channel';

/**
 * Choices made on the configuration page. Each becomes a query parameter of the content URL,
 * so the tab reads them back from its own URL (lists are comma-joined): the roadmap areas shown
 * in this channel are `{ areas: ['…', '…'] }` (absent: all areas).
 */
export type ChannelTabOptions = Record<string, string | readonly string[] | undefined>;

/** Mirrors teams-js `pages.InstanceConfig` (kept structural so this file needs no teams-js). */
export interface ChannelTabConfig {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
}

/**
 * Builds the config to save for a channel tab.
 * @param tabBaseUrl - absolute URL of the tab folder, e.g. `https://example.org/tab/`.
 * @param displayName - suggested tab name shown in the channel.
 * @param options - configuration choices, carried in the content URL's query.
 */
export function buildChannelTabConfig(
  tabBaseUrl: string,
  displayName: string,
  options: ChannelTabOptions = {},
): ChannelTabConfig {
  const content = new URL('index.html', tabBaseUrl);
  // Sorted, so the same choices always give the same URL.
  for (const key of Object.keys(options).sort()) {
    const value = options[key];
    if (value === undefined) continue;
    content.searchParams.set(key, typeof value === 'string' ? value : value.join(','));
  }
  const contentUrl = content.href;
  return {
    entityId: CHANNEL_TAB_ENTITY_ID,
    contentUrl,
    // "Go to website" in Teams opens the same view in the browser (standalone mode).
    websiteUrl: contentUrl,
    suggestedDisplayName: displayName,
  };
}

/** The configuration page's choice of roadmap areas: all of them, or the ones ticked. */
export interface AreaChoice {
  all: boolean;
  /** The ticked area ids (ignored when `all`). */
  chosen: readonly string[];
}

/**
 * Whether the choice can be saved: "all areas", or at least one area ticked that still exists.
 * @param known - the area ids the server knows, in their order.
 */
export function isAreaChoiceValid(choice: AreaChoice, known: readonly string[]): boolean {
  return choice.all || choice.chosen.some((id) => known.includes(id));
}

/**
 * The options to save for an area choice: nothing for "all areas" (the personal tab's view), else
 * `areas` with the ticked ids in the areas' own order (so the same choice gives the same URL),
 * leaving out ids the server does not know.
 */
export function areaOptions(choice: AreaChoice, known: readonly string[]): ChannelTabOptions {
  if (choice.all) return {};
  const areas = known.filter((id) => choice.chosen.includes(id));
  return areas.length > 0 ? { areas } : {};
}
