import type { Infrastructure } from '../../infrastructure';
import type { Feature } from '../feature';
import { registerPulseApi } from './api';
import { RoundLifecycle } from './round-lifecycle';
import { RoundsStore } from './rounds-store';
import { pulseCommands, registerPulseRoutes } from './routes';
import { PulseService } from './service';
import { SubmissionsStore } from './submissions-store';
import { SurveysStore } from './surveys-store';

/** The pulse feature, with the parts later features build on. */
export interface PulseFeature extends Feature {
  service: PulseService;
  rounds: RoundsStore;
  surveys: SurveysStore;
}

/**
 * Pulse: short anonymous surveys in rounds. Chat answers the cards, the tab schedules rounds and
 * shows results, and its job (`pulse`) announces, reminds, closes and seals the rounds.
 */
export function pulseFeature(infra: Infrastructure): PulseFeature {
  const { config, log, people, conversations, authenticate, send } = infra;
  const rounds = new RoundsStore(infra.tables);
  const submissions = new SubmissionsStore(infra.tables);
  const surveys = new SurveysStore(infra.tables);
  const service = new PulseService({ rounds, submissions, people, departments: config.departments, log });
  const lifecycle = new RoundLifecycle({ rounds, submissions, people, conversations, send, config, log });
  return {
    name: 'pulse',
    service,
    rounds,
    surveys,
    commands: pulseCommands,
    chat: (app, { guard, personal }) => registerPulseRoutes(app, { service, people, config, log, guard, personal }),
    api: (server) => registerPulseApi(server, { authenticate, surveys, rounds, submissions, people, config }),
    jobs: [{ name: 'pulse', run: (now) => lifecycle.tick(now) }],
    // Submits store their ballots in the background; wait for them before storage closes.
    stop: () => service.idle(),
  };
}
