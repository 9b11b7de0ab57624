/** Typed client for `GET /api/me` (`bot/src/api/info.ts`): who the tab is signed in as. */
import { apiRequest, type RequestOptions } from './client';
import type { Me } from './types';

export type { Me } from './types';

/**
 * `GET /api/me`: the signed-in person's name and roles, so the tab offers only what they may use.
 * The server still checks every request; hiding a page is a convenience, not the protection.
 */
export function getMe(options?: RequestOptions): Promise<Me> {
  return apiRequest<Me>('me', options);
}
