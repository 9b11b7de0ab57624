import type { Server } from 'restify';
import type { Config } from '../config';
import type { InstallationInfo } from './contract';

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
