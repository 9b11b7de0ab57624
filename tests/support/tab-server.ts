/**
 * Serves the built tab (dist/tab) for browser tests through the real app server, so the tests
 * see the same `/tab/*` and `/healthz` that production serves.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, type RunningApp } from '../../bot/src/main';

/** The built tab the app serves under `/tab/`. */
export const TAB_DIST_DIR = join(__dirname, '..', '..', 'dist', 'tab');

/**
 * Starts the app in process on a free port with in-memory storage and no logging.
 * @throws when dist/tab has not been built (the app would then not serve `/tab/`).
 */
export async function startTabServer(): Promise<RunningApp> {
  if (!existsSync(join(TAB_DIST_DIR, 'index.html'))) {
    throw new Error(`${TAB_DIST_DIR}/index.html is missing: run \`npm run build:tab\` first (npm test builds).`);
  }
  return startApp({ PORT: '0', AZURITE_IN_MEMORY: 'true', LOG_LEVEL: 'silent' });
}
