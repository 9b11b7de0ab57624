/**
 * Pure rules that turn what the host tells us (Teams context or browser hints) into the
 * locale and theme the tab renders with. No DOM and no teams-js here, so the rules can be
 * unit-tested in Node (see tests/tab/environment.test.ts).
 */

/** The languages the tab ships. German is the default: the program's audience is German. */
export type Locale = 'de' | 'en';

/** The three Fluent Teams themes the tab can render with. */
export type ThemeName = 'light' | 'dark' | 'contrast';

/** The locale used when nothing else says otherwise. */
export const DEFAULT_LOCALE: Locale = 'de';

/**
 * Maps a BCP 47 language tag to a shipped locale.
 * @returns `en` or `de` when the tag starts with one of them (any region), otherwise `undefined`.
 */
export function localeFromTag(tag: string | null | undefined): Locale | undefined {
  const lower = (tag ?? '').trim().toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  if (lower === 'de' || lower.startsWith('de-')) return 'de';
  return undefined;
}

/**
 * The locale inside Teams: English when the Teams locale is English, German for every other
 * language (we ship no third language, and the program's working language is German).
 */
export function localeFromTeams(teamsLocale: string | null | undefined): Locale {
  return localeFromTag(teamsLocale) === 'en' ? 'en' : DEFAULT_LOCALE;
}

/** Maps the Teams theme name (`default` | `dark` | `contrast`) to ours; unknown names fall back to light. */
export function themeFromTeams(teamsTheme: string | null | undefined): ThemeName {
  if (teamsTheme === 'dark') return 'dark';
  if (teamsTheme === 'contrast') return 'contrast';
  return 'light';
}

/**
 * Reads the `?theme=` override. Accepts `light` (and Teams' own `default`), `dark`, `contrast`.
 * @returns `undefined` for a missing or unknown value, so the caller can fall back.
 */
export function themeFromParam(value: string | null | undefined): ThemeName | undefined {
  switch ((value ?? '').trim().toLowerCase()) {
    case 'light':
    case 'default':
      return 'light';
    case 'dark':
      return 'dark';
    case 'contrast':
      return 'contrast';
    default:
      return undefined;
  }
}

/** What the browser tells us when the tab runs outside Teams. */
export interface StandaloneHints {
  /** `location.search`, e.g. `?theme=dark&lang=en`. */
  search: string;
  /** `navigator.languages` (or `[navigator.language]`), most preferred first. */
  languages: readonly string[];
  /** `(prefers-color-scheme: dark)` matches. */
  prefersDark: boolean;
  /** `(forced-colors: active)` matches (Windows high contrast). */
  forcedColors: boolean;
}

/**
 * Locale and theme outside Teams. Explicit query parameters win (tests and demo links rely on
 * them), then the browser's own preferences, then German / light.
 */
export function resolveStandalone(hints: StandaloneHints): { locale: Locale; theme: ThemeName } {
  const params = new URLSearchParams(hints.search);
  const locale =
    localeFromTag(params.get('lang')) ??
    hints.languages.map(localeFromTag).find((l): l is Locale => l !== undefined) ??
    DEFAULT_LOCALE;
  const theme =
    themeFromParam(params.get('theme')) ??
    (hints.forcedColors ? 'contrast' : hints.prefersDark ? 'dark' : 'light');
  return { locale, theme };
}
