import type { Infrastructure } from '../../infrastructure';
import type { AnnouncementService } from '../announcements/service';
import type { Feature } from '../feature';
import type { RoadmapService } from '../roadmap/service';
import { registerCheckApi } from './api';
import { inviteThroughAnnouncements } from './invite';
import { QUESTIONNAIRE } from './questionnaire';
import { remindThroughChat } from './reminder';
import { checkCommands, registerCheckRoutes } from './routes';
import { DigiCheckService } from './service';
import { DigiCheckStore } from './store';

/** The DigiCheck feature, with its service (the department lock asks it about open cycles). */
export interface DigiCheckFeature extends Feature {
  service: DigiCheckService;
}

/** What DigiCheck builds on: the roadmap its gaps go to, and the announcements it invites through. */
export interface DigiCheckNeeds {
  roadmap: RoadmapService;
  announcements: AnnouncementService;
}

/**
 * DigiCheck: the self-assessment in chat, cycles administered in the tab; its job (`digicheck`)
 * reminds the unfinished once and closes cycles whose time is up.
 */
export function digicheckFeature(infra: Infrastructure, needs: DigiCheckNeeds): DigiCheckFeature {
  const { config, log, authenticate } = infra;
  const service = new DigiCheckService({
    store: new DigiCheckStore(infra.tables),
    people: infra.people,
    roadmap: needs.roadmap,
    questionnaire: QUESTIONNAIRE,
    departments: config.departments,
    crossCuttingAreas: config.crossCuttingAreas,
    invite: inviteThroughAnnouncements(needs.announcements, config.municipalityName, log),
    remind: remindThroughChat({ conversations: infra.conversations, send: infra.send, defaultLocale: config.defaultLocale }),
    log,
  });
  return {
    name: 'digicheck',
    service,
    commands: checkCommands,
    chat: (app, { guard, personal }) => registerCheckRoutes(app, { service, config, log, guard, personal }),
    api: (server) => registerCheckApi(server, { authenticate, service }),
    // The service reads its own clock (its `now` option), so the pass ignores the scheduler's time.
    jobs: [{ name: 'digicheck', run: () => service.tick() }],
  };
}
