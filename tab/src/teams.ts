/**
 * The tab's connection to its host: Microsoft Teams when it runs there, the plain browser
 * ("standalone") otherwise. Everything that touches teams-js for context and theme lives here,
 * so components only see a {@link HostEnvironment}.
 */
import { app, authentication } from '@microsoft/teams-js';
import {
  localeFromTeams,
  resolveStandalone,
  themeFromTeams,
  type Locale,
  type ThemeName,
} from './environment';

/** Where the tab runs. */
export type HostMode = 'teams' | 'standalone';

/** The parts of the Teams context the tab uses (ids for later API calls, the frame for routing). */
export interface TeamsContextInfo {
  /** Entra object id of the signed-in user. */
  userId?: string;
  /** Entra tenant id. */
  tenantId?: string;
  /** The team's Microsoft 365 group id (channel tabs only). */
  teamGroupId?: string;
  /** The team's Teams thread id (channel tabs only). */
  teamInternalId?: string;
  /** The channel id (channel tabs only). */
  channelId?: string;
  /** `content`, `settings` (configuration page), `remove`, … */
  frameContext?: string;
  /** Deep-link target inside the tab (we use it to select a page). */
  subPageId?: string;
}

/** Everything the UI needs to know about its host. */
export interface HostEnvironment {
  mode: HostMode;
  locale: Locale;
  theme: ThemeName;
  /** Present only in Teams. */
  teams?: TeamsContextInfo;
}

/**
 * How long to wait for `app.initialize()`. Outside Teams it rejects after ~0.7 s when opened
 * directly, but never settles inside a foreign iframe, so a timeout is the only way out. Inside
 * Teams it answers well below this.
 */
export const TEAMS_INIT_TIMEOUT_MS = 1500;

let teamsReady = false;
let detection: Promise<HostEnvironment> | undefined;

/** Rejects after `ms`; used to race teams-js calls that may never settle. */
function timeout(ms: number, what: string): Promise<never> {
  return new Promise((_, reject) => {
    window.setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
}

/** Reads locale and theme from the browser when the tab runs outside Teams. */
function standaloneEnvironment(): HostEnvironment {
  const media = (query: string): boolean =>
    typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
  const languages =
    navigator.languages && navigator.languages.length > 0
      ? navigator.languages
      : [navigator.language];
  const { locale, theme } = resolveStandalone({
    search: window.location.search,
    languages,
    prefersDark: media('(prefers-color-scheme: dark)'),
    forcedColors: media('(forced-colors: active)'),
  });
  return { mode: 'standalone', locale, theme };
}

/**
 * Finds out where the tab runs. Tries to initialize teams-js (bounded by
 * {@link TEAMS_INIT_TIMEOUT_MS}); on success reads the Teams context, otherwise falls back to
 * standalone mode with the `?theme=` / `?lang=` overrides.
 * Never rejects: a tab that cannot reach Teams must still render. Runs once per page load;
 * later calls (React StrictMode runs effects twice) share the first answer.
 */
export function detectHost(): Promise<HostEnvironment> {
  detection ??= detect();
  return detection;
}

async function detect(): Promise<HostEnvironment> {
  const initializing = app.initialize();
  try {
    await Promise.race([initializing, timeout(TEAMS_INIT_TIMEOUT_MS, 'app.initialize')]);
  } catch {
    // A very slow Teams client may still answer after we gave up. The page stays in standalone
    // mode, but Teams must hear notifySuccess or it replaces the tab with an error after a while.
    initializing.then(
      () => {
        teamsReady = true;
        notifyAppLoaded();
      },
      () => undefined, // outside Teams: expected
    );
    return standaloneEnvironment();
  }
  teamsReady = true;
  try {
    const context = await Promise.race([
      app.getContext(),
      timeout(TEAMS_INIT_TIMEOUT_MS, 'app.getContext'),
    ]);
    return {
      mode: 'teams',
      locale: localeFromTeams(context.app.locale),
      theme: themeFromTeams(context.app.theme),
      teams: {
        userId: context.user?.id,
        tenantId: context.user?.tenant?.id,
        teamGroupId: context.team?.groupId,
        teamInternalId: context.team?.internalId,
        channelId: context.channel?.id,
        frameContext: context.page.frameContext,
        subPageId: context.page.subPageId,
      },
    };
  } catch {
    // Initialized but no context: still Teams (theme changes and notifySuccess work); take
    // locale and theme from the browser rather than guessing.
    return { ...standaloneEnvironment(), mode: 'teams', teams: {} };
  }
}

/**
 * Calls `handler` whenever the user switches the Teams theme, so the tab follows live.
 * Does nothing outside Teams.
 */
export function onTeamsThemeChange(handler: (theme: ThemeName) => void): void {
  if (!teamsReady) return;
  app.registerOnThemeChangeHandler((teamsTheme) => handler(themeFromTeams(teamsTheme)));
}

/**
 * Tells Teams the tab has rendered, so it hides its loading indicator. Call once, after the
 * first real render. Does nothing outside Teams.
 */
export function notifyAppLoaded(): void {
  if (!teamsReady) return;
  app.notifySuccess().catch(() => {
    // An old host without the capability: nothing to hide, nothing to do.
  });
}

/** True once teams-js has been initialized successfully by {@link detectHost}. */
export function isTeamsReady(): boolean {
  return teamsReady;
}

/**
 * The Teams SSO token for the API (an Entra access token for this app), or `undefined` outside
 * Teams, where the server decides (development identity locally, 401 otherwise). teams-js caches
 * the token and renews it when it expires.
 */
export async function getSsoToken(): Promise<string | undefined> {
  if (!teamsReady) return undefined;
  try {
    return await authentication.getAuthToken();
  } catch {
    // No consent or no SSO configured for the app: the API answers 401 with its reason.
    return undefined;
  }
}
