/**
 * Security headers on every answer (issue 11, D18): the tab may be framed by Teams and Microsoft 365
 * only, nothing is sniffed, no referrer leaves, API answers and exports are never cached, and HSTS
 * is sent when the public URL is https.
 */
import type { RunningApp } from '../../../bot/src/main';
import { startApp } from '../../../bot/src/main';
import { TAB_DIST_DIR } from '../../support/tab-server';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp } from '../../support/app';
import { CLIENT_ID, TENANT_ID } from '../../support/entra';

/** Directive name → its source list, from a Content-Security-Policy value. */
function directives(csp: string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (csp ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

/** The hosts Microsoft documents for tabs (learn.microsoft.com, "Tab requirements"): Teams and Microsoft 365. */
const TEAMS_HOSTS = ['teams.microsoft.com', '*.teams.microsoft.com', '*.cloud.microsoft', '*.microsoft365.com', '*.office.com'];

describe('security headers', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestApp({ DEV_ROLES: 'admin' });
  });
  afterAll(() => app.stop());

  // Every row has two cells: jest would take a missing second argument for a `done` callback.
  const everyAnswer: Array<[string, RequestInit]> = [
    ['/healthz', {}],
    ['/api/info', {}],
    ['/api/me', {}],
    ['/api/roadmap/items', {}],
    ['/api/roadmap/export.csv', {}],
    ['/api/roadmap/export.ics', {}],
    ['/api/nothing-here', {}],
    ['/api/roadmap/items', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' }],
    ['/api/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }],
  ];

  it.each(everyAnswer)('trust 18: %s carries nosniff, a referrer policy, no-store and a CSP that forbids framing', async (path, init) => {
    const res = await fetch(`${app.url}${path}`, init);
    await res.arrayBuffer();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    // Plain http here: no HSTS (it would pin a development host to https).
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  const tabBuilt = existsSync(join(TAB_DIST_DIR, 'index.html'));
  (tabBuilt ? it.each(['/tab/index.html', '/tab/config.html']) : it.skip.each(['/tab/index.html']))(
    'trust 18: the tab page %s may be framed by Teams and Microsoft 365 only, and runs only its own scripts',
    async (path) => {
      const res = await fetch(`${app.url}${path}`);
      await res.text();
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      const csp = directives(res.headers.get('content-security-policy'));
      console.log(`trust 18: ${path} → Content-Security-Policy: ${res.headers.get('content-security-policy')}`);
      const ancestors = csp.get('frame-ancestors') ?? [];
      for (const host of TEAMS_HOSTS) expect(ancestors).toContain(host);
      expect(ancestors.filter((a) => a === '*' || a === 'https:' || a === 'http:')).toEqual([]);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'self'"]);
      // Its own API, and the one file TeamsJS reads to know Microsoft's host origins.
      expect(csp.get('connect-src')).toEqual(["'self'", 'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json']);
    },
  );
});

describe('security headers behind https', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({
      PORT: '0', HOST: '127.0.0.1', AZURITE_IN_MEMORY: 'true', LOG_LEVEL: 'silent', PULSE_TICK_SECONDS: '0',
      PUBLIC_URL: 'https://digipuls.example.org', SSO_CLIENT_ID: CLIENT_ID, SSO_TENANT_ID: TENANT_ID,
    });
  });
  afterAll(() => app.stop());

  it.each(['/healthz', '/api/info', '/api/nothing-here', '/tab/index.html'])('trust 18: %s carries HSTS when PUBLIC_URL is https', async (path) => {
    const res = await fetch(`${app.url}${path}`);
    await res.arrayBuffer();
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000');
  });
});
