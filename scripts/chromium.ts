import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium: the only browser this project drives (never a downloaded build). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Headless flags for these machines: no GPU, no sandbox (root), and no background networking,
 * component updates or sync, whose connections a closed network would refuse at every start.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Launches headless Debian Chromium through playwright-core, with a fresh temporary profile.
 * @throws when /usr/bin/chromium is missing, saying how to install it.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install Debian's package with \`sudo apt-get install -y chromium\` ` +
        '(npm test does this itself; never `npx playwright install`).',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
