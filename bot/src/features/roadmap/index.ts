import type { Infrastructure } from '../../infrastructure';
import type { Feature } from '../feature';
import type { RoundsStore } from '../pulse/rounds-store';
import type { SurveysStore } from '../pulse/surveys-store';
import { registerRoadmapApi } from './api';
import { roadmapAreas } from './areas';
import { FollowUpPulse } from './follow-up-pulse';
import { RoadmapService } from './service';
import { RoadmapStore } from './store';

/** The roadmap feature, with the service DigiCheck writes its gaps into. */
export interface RoadmapFeature extends Feature {
  service: RoadmapService;
}

/** Roadmap: the digitalisation roadmap in the tab; a milestone can schedule a follow-up pulse. */
export function roadmapFeature(infra: Infrastructure, pulse: { rounds: RoundsStore; surveys: SurveysStore }): RoadmapFeature {
  const { config, log, authenticate } = infra;
  const service = new RoadmapService({ store: new RoadmapStore(infra.tables), areas: roadmapAreas(config), log });
  const followUp = new FollowUpPulse({ roadmap: service, surveys: pulse.surveys, rounds: pulse.rounds, departments: config.departments, log });
  const areasAreExample = config.departmentsAreExample || config.crossCuttingAreasAreExample;
  const host = config.publicUrl ? new URL(config.publicUrl).host : 'digipuls.local';
  return {
    name: 'roadmap',
    service,
    api: (server) => registerRoadmapApi(server, { authenticate, roadmap: service, areasAreExample, host, followUp }),
  };
}
