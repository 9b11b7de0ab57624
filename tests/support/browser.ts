/**
 * Browser support for tab tests: launches Debian's Chromium through playwright-core (never a
 * downloaded browser), gives each test a fresh context, and writes screenshots to
 * tests/.artifacts/ (git-ignored) for people to look at.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** The system Chromium the tests drive. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Where {@link screenshot} writes its PNGs. */
export const ARTIFACTS_DIR = join(__dirname, '..', '.artifacts');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Launches headless Chromium. Each launch gets its own temporary profile (user-data-dir).
 * @throws when /usr/bin/chromium is missing, saying how to install it.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Browser tests drive the system Chromium: ` +
        'install it with `sudo apt-get install -y chromium` (do NOT run `npx playwright install`).',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * Opens a page in a fresh browser context (no cookies, storage or cache shared with other
 * tests). Close the returned context when done.
 */
export async function newPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 720 }, ...options });
  const page = await context.newPage();
  return { context, page };
}

/**
 * Saves a full-page PNG as tests/.artifacts/<name>.png and returns its path.
 * @param name - file name without extension; keep it descriptive (`tab-dark-en`).
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  // Animations off: a tab indicator caught mid-slide looks like a rendering bug.
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}
