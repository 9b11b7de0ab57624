/**
 * Shapes of the server's JSON answers as the tab reads them.
 *
 * TODO(contract): once bot/src exports its API types, import them from there instead
 * (one contract for server and tab, never two copies).
 */

/** `GET /healthz`: liveness plus what the server runs on. */
export interface HealthStatus {
  /** `ok` when the server can serve requests. */
  status: string;
  /** Which table storage the server uses (e.g. Azurite in memory, Azure). */
  storage: string;
  /** The server's version (package.json version). */
  version: string;
}
