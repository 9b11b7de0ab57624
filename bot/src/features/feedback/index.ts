import type { Infrastructure } from '../../infrastructure';
import type { Feature } from '../feature';
import { registerFeedbackApi } from './api';
import { feedbackCommands, registerFeedbackRoutes } from './routes';
import { FeedbackService } from './service';
import { FeedbackStore } from './store';

/** Feedback: anonymous notes in chat (`feedback`), read by the change team in the tab. */
export function feedbackFeature(infra: Infrastructure): Feature {
  const { config, log, authenticate } = infra;
  const feedback = new FeedbackService(new FeedbackStore(infra.tables));
  return {
    name: 'feedback',
    commands: feedbackCommands,
    chat: (app, { personal }) => registerFeedbackRoutes(app, { feedback, config, log, personal }),
    api: (server) => registerFeedbackApi(server, { feedback, authenticate }),
  };
}
