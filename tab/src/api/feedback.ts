/**
 * Typed client for the feedback API (`bot/src/features/feedback/api.ts`). No answer ever carries
 * an author: the server stores none.
 */
import { apiList, apiRequest, type RequestOptions } from './client';
import type { FeedbackBoardEntry, FeedbackItem } from './types';

export type { FeedbackBoardEntry, FeedbackItem } from './types';

/** Body of `PUT /api/feedback/:id/answer`. */
export interface FeedbackAnswer {
  answer: string;
  /** The neutral summary the board shows instead of a text its author did not allow publishing. */
  topic?: string;
  /** The item's ETag as read: the server answers 409 `conflict` when it changed meanwhile. */
  etag: string;
}

/** `GET /api/feedback/board`: answered feedback, newest answer first (every signed-in person). */
export function getFeedbackBoard(options?: RequestOptions): Promise<FeedbackBoardEntry[]> {
  return apiList<FeedbackBoardEntry>('feedback/board', options);
}

/** `GET /api/feedback`: every feedback item, newest first (change team only). */
export function getFeedbackInbox(options?: RequestOptions): Promise<FeedbackItem[]> {
  return apiList<FeedbackItem>('feedback', options);
}

/**
 * `PUT /api/feedback/:id/answer`: publishes the change team's answer on the board.
 * @returns the board entry as it now appears.
 * @throws {@link ApiError}: 400 `invalid-answer` (message says what is wrong, e.g. a missing
 *   topic), 404 `not-found`, 409 `conflict` when someone changed the item since it was read.
 */
export function answerFeedback(id: string, body: FeedbackAnswer, options?: RequestOptions): Promise<FeedbackBoardEntry> {
  return apiRequest<FeedbackBoardEntry>(`feedback/${encodeURIComponent(id)}/answer`, { ...options, method: 'PUT', json: body });
}
