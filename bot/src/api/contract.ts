/**
 * The JSON contract between the server and the tab: types only, no runtime imports, so the tab
 * imports this very file (one contract, never two copies).
 */

/** `GET /healthz`: 200 with `ok` when storage answers, 503 with `degraded` when it does not. */
export interface HealthStatus {
  status: 'ok' | 'degraded';
  storage: 'reachable' | 'unreachable';
  /** The server's version (package.json). */
  version: string;
}

/** `GET /api/info`: public facts about this installation that the tab shows (no secrets). */
export interface InstallationInfo {
  version: string;
  municipalityName: string;
  defaultLocale: 'de' | 'en';
  /** True when the bot runs without Bot Framework authentication (local development). */
  anonymousBot: boolean;
}
