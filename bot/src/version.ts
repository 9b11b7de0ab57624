import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The app version from package.json; bot/src and dist/bot both sit two levels below the root. */
export const APP_VERSION: string = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')).version;
