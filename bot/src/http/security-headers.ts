import type { Next, Request, Response } from 'restify';

/**
 * The hosts that may frame the tab: Teams and the Microsoft 365 hosts that show Teams tabs, as
 * Microsoft lists them for tab pages ("Tab requirements", learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements).
 * `*.cloud.microsoft` is where Teams, Outlook and Microsoft 365 on the web are moving. The
 * internal test rings (outlook-sdf.*) are left out: no municipality runs them.
 */
export const TAB_FRAME_ANCESTORS = [
  "'self'",
  'teams.microsoft.com',
  '*.teams.microsoft.com',
  '*.cloud.microsoft',
  '*.microsoft365.com',
  '*.office.com',
  'outlook.office.com',
  'outlook.office365.com',
] as const;

/**
 * Where TeamsJS (2.x) fetches the current list of Microsoft host origins it accepts messages
 * from; blocked, it falls back to the list built into the library, which may miss new hosts.
 */
export const TEAMS_JS_VALID_DOMAINS = 'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json';

/**
 * The tab's policy: only its own scripts (the built index.html has no inline script) and its own
 * API plus TeamsJS's one host list; styles inline too, because Fluent UI (Griffel) inserts its
 * style rules at runtime; images also from https, because the announcement preview shows the
 * image URL the announcer entered.
 */
export const TAB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self' data:",
  `connect-src 'self' ${TEAMS_JS_VALID_DOMAINS}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${TAB_FRAME_ANCESTORS.join(' ')}`,
].join('; ');

/** Everything else is data, never a page: it loads nothing and nobody may frame it. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** One year; no `includeSubDomains`: the municipality's other hosts under the same domain are not ours to pin. */
const HSTS = 'max-age=31536000';

/**
 * Sets the security headers on every answer, before any route runs (so refusals and errors carry
 * them too): a CSP (the tab's, or "nothing, never framed" for the API), `nosniff`, no referrer,
 * `no-store` on everything but the tab's static files (API answers and exports may hold answers or
 * names and must not stay in a browser or proxy cache), and HSTS when the public URL is https.
 */
export function securityHeaders(opts: { publicUrl?: string }) {
  const https = opts.publicUrl?.startsWith('https://') ?? false;
  return (req: Request, res: Response, next: Next): void => {
    const path = (req.url ?? '/').split('?')[0];
    const tab = path === '/tab' || path.startsWith('/tab/');
    res.setHeader('content-security-policy', tab ? TAB_CSP : API_CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    if (!tab) res.setHeader('cache-control', 'no-store');
    if (https) res.setHeader('strict-transport-security', HSTS);
    next();
  };
}
