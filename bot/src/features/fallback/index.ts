import type { Infrastructure } from '../../infrastructure';
import type { Feature } from '../feature';
import { registerFallbackRoutes } from './routes';

/** The catch-all answer for messages no other feature understood: must come last in route order. */
export function fallbackFeature(infra: Infrastructure): Feature {
  return { name: 'fallback', chat: (app) => registerFallbackRoutes(app, { config: infra.config }) };
}
