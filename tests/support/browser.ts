/**
 * Browser support for tab tests: launches Debian's Chromium through playwright-core (never a
 * downloaded browser), gives each test a fresh context, and writes screenshots to
 * tests/.artifacts/ (git-ignored) for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium';

/** Where {@link screenshot} writes its PNGs. */
export const ARTIFACTS_DIR = join(__dirname, '..', '.artifacts');

/**
 * Launches headless Chromium. Each launch gets its own temporary profile (user-data-dir).
 * @throws when /usr/bin/chromium is missing, saying how to install it.
 */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
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

/**
 * Pages for one test file: each opened in a fresh context whose uncaught page errors fail the
 * test; {@link PageTracker.cleanup} (in `afterEach`) checks that and closes the contexts.
 */
export class PageTracker {
  private readonly cleanups: Array<() => Promise<void>> = [];

  /** Opens a page in a fresh context; uncaught errors in it fail the test at cleanup. */
  async open(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
    const { context, page } = await newPage(browser, options);
    this.cleanups.push(() => context.close());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    this.cleanups.push(async () => expect(errors).toEqual([]));
    return page;
  }

  /** A page in a fresh context without the error check (for pages expected to fail). */
  async openPlain(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
    const { context, page } = await newPage(browser, options);
    this.cleanups.push(() => context.close());
    return page;
  }

  async cleanup(): Promise<void> {
    for (const cleanup of this.cleanups.splice(0)) await cleanup();
  }
}
