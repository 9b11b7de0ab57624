/**
 * The tab's Content-Security-Policy in a real browser (issue 11, D18): every page of the built tab
 * renders without a single CSP violation (Fluent's runtime styles, the card preview with its
 * https image), and a page of another origin cannot frame the tab (clickjacking).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import type { RunningApp } from '../../../bot/src/main';
import { startTestApp } from '../../support/app';
import { launchBrowser, PageTracker } from '../../support/browser';

let app: RunningApp;
let browser: Browser;
let evil: Server;
const pages = new PageTracker();

beforeAll(async () => {
  app = await startTestApp({ DEV_ROLES: 'admin', MUNICIPALITY_NAME: 'Gemeinde Leopoldshöhe' });
  browser = await launchBrowser();
  // An attacker's page on another origin (localhost ≠ 127.0.0.1) that frames the tab.
  evil = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><iframe id="victim" src="${app.url}/tab/index.html#roadmap" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((ok) => evil.listen(0, '127.0.0.1', ok));
}, 60_000);
afterEach(() => pages.cleanup());
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  evil?.closeAllConnections();
  await new Promise((ok) => evil?.close(ok));
});

/** Opens a page that records every CSP violation (from the first script on) and every CSP console error. */
async function watched(): Promise<{ page: Page; violations: string[] }> {
  const page = await pages.open(browser, { viewport: { width: 1280, height: 900 } });
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
  await page.addInitScript(`document.addEventListener('securitypolicyviolation', (e) => window.reportCspViolation(e.violatedDirective + ' ' + e.blockedURI));`);
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return { page, violations };
}

it.each(['roadmap', 'results', 'digicheck', 'feedback', 'privacy', 'change-team'])('trust 18: the tab page #%s renders under its CSP without a violation', async (id) => {
  const { page, violations } = await watched();
  await page.goto(`${app.url}/tab/index.html?lang=de#${id}`);
  await page.waitForSelector('html[data-host="standalone"]', { timeout: 10_000 });
  await page.locator(`[role="tabpanel"][data-page="${id}"]`).waitFor({ timeout: 10_000 });
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});

it('trust 18: the announcement preview (Adaptive Card renderer, an https image) renders without a violation', async () => {
  const { page, violations } = await watched();
  await page.goto(`${app.url}/tab/index.html?lang=de#announcements`);
  await page.waitForSelector('html[data-host="standalone"]', { timeout: 10_000 });
  await page.getByRole('button', { name: 'Vorlage: Auftakt' }).click();
  await page.getByTestId('compose').waitFor();
  await page.getByTestId('image-url').fill('https://digipuls.example.org/kickoff.png');
  await page.locator('[data-testid="card-preview"][data-ready="true"] .ac-adaptiveCard').first().waitFor({ timeout: 15_000 });
  expect(violations).toEqual([]);
});

it('trust 18: the channel tab configuration page renders without a violation', async () => {
  const { page, violations } = await watched();
  await page.goto(`${app.url}/tab/config.html?lang=de`);
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});

it('trust 18: a page of another origin cannot frame the tab', async () => {
  const page = await pages.openPlain(browser);
  const blocked: string[] = [];
  page.on('console', (m) => {
    if (/frame-ancestors/i.test(m.text())) blocked.push(m.text());
  });
  await page.goto(`http://localhost:${(evil.address() as AddressInfo).port}/`);
  await page.waitForTimeout(1500);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  const rendered = frame ? await frame.locator('#root > *').count().catch(() => 0) : 0;
  console.log(`trust 18: attacker page frames the tab → frame url ${frame?.url()}, tab rendered: ${rendered > 0}; browser: ${blocked[0] ?? '(no message)'}`);
  expect(rendered).toBe(0);
  expect(blocked.length).toBeGreaterThan(0);
});
