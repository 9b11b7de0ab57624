import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The app version from package.json, read once (works from bot/src under ts-jest and from dist/bot). */
export const APP_VERSION: string = (() => {
  for (const rel of ['../../package.json', '../../../package.json']) {
    try {
      return JSON.parse(readFileSync(join(__dirname, rel), 'utf8')).version as string;
    } catch {
      /* try the next location */
    }
  }
  return '0.0.0';
})();
