import type { Infrastructure } from '../../infrastructure';
import type { Feature } from '../feature';
import { helpCommand, registerInstallRoutes } from './routes';

/**
 * Install: keeps the conversation references proactive messages need, greets once per install,
 * and answers `hilfe` / `help` with every feature's commands. First in route order, so that its
 * before-turn hook sees every turn.
 */
export function installFeature(infra: Infrastructure): Feature {
  const { conversations: store, config, log } = infra;
  return {
    name: 'install',
    commands: [helpCommand],
    chat: (app, { commands }) => registerInstallRoutes(app, { store, config, log, commands: () => commands }),
  };
}
