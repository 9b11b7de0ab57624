import type { Server } from 'restify';
import { guard, type Authenticator } from '../auth/api-auth';
import type { Config } from '../config';
import type { InstallationInfo, Me } from './contract';

/** `GET /api/me`: the signed-in person's name and roles, so the tab shows only what they may use. */
export function registerMeApi(server: Server, deps: { config: Config; authenticate: Authenticator }): void {
  server.get('/api/me', guard(deps.authenticate, 'viewer', async (_req, res, principal) => {
    const me: Me = { name: principal.name, roles: [...principal.roles], signIn: deps.config.apiAuth.kind === 'sso' ? 'sso' : 'development' };
    res.send(200, me);
  }));
}

/** `GET /api/info`: what the tab needs to label itself for this municipality. */
export function registerInfoApi(server: Server, deps: { config: Config; version: string }): void {
  server.get('/api/info', async (_req, res) => {
    const info: InstallationInfo = {
      version: deps.version,
      municipalityName: deps.config.municipalityName,
      defaultLocale: deps.config.defaultLocale,
      anonymousBot: !deps.config.botAuth,
    };
    res.send(200, info);
  });
}
