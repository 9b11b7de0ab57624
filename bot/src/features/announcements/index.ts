import type { Infrastructure } from '../../infrastructure';
import type { Feature } from '../feature';
import { registerAnnouncementsApi } from './api';
import { FanOut } from './fanout';
import { registerAnnouncementRoutes } from './routes';
import { AnnouncementService } from './service';
import { AnnouncementStore } from './store';
import { DeliveryWorker } from './worker';

/** The announcements feature, with the service DigiCheck invites through. */
export interface AnnouncementsFeature extends Feature {
  service: AnnouncementService;
}

/**
 * Announcements: the change team writes them in the tab; its job (`announcements`) starts
 * scheduled ones and resumes interrupted fan-outs, and this instance's delivery worker sends the
 * queued deliveries (started and stopped with the app).
 */
export function announcementsFeature(infra: Infrastructure): AnnouncementsFeature {
  const { config, log, queues, conversations, people, sender, authenticate } = infra;
  const store = new AnnouncementStore(infra.tables);
  const fanOut = new FanOut({ store, queues, conversations, people, log });
  const worker = new DeliveryWorker({
    store,
    queues,
    conversations,
    send: (reference, activity) => sender.send(reference, activity, { maxAttempts: 1 }),
    defaultLocale: config.defaultLocale,
    log,
    concurrency: config.announceWorkers,
    visibilitySeconds: config.announceVisibilitySeconds,
    onIdle: () => fanOut.tick(),
  });
  const service = new AnnouncementService({ store, fanOut, conversations, people, config, sendDirect: (record, activity) => infra.send(record, activity), log });
  const roadmapUrl = config.publicUrl?.startsWith('https://') ? `${config.publicUrl}/tab/index.html#roadmap` : undefined;
  return {
    name: 'announcements',
    service,
    chat: (app) => registerAnnouncementRoutes(app, { store, config, log }),
    api: (server) => registerAnnouncementsApi(server, { authenticate, service, municipalityName: config.municipalityName, roadmapUrl }),
    // Scheduled announcements start within 5 s of their time, even when the app's tick is longer.
    jobs: [{ name: 'announcements', maxIntervalSeconds: 5, run: () => fanOut.tick() }],
    start: () => {
      if (config.announceWorkers > 0) worker.start();
    },
    // Stops taking queue messages; the sends in flight finish and are recorded.
    stop: () => worker.stop(),
  };
}
