import { z } from 'zod';
import type { FeedbackItem } from '../../api/contract';

/** Longest feedback text, in characters (said on the card and in the error). */
export const MAX_FEEDBACK = 1000;
/** Longest answer and topic the change team may write. */
export const MAX_ANSWER = 2000;
export const MAX_TOPIC = 200;

/** A feedback item as stored: no author, ever. The API's shape, with the ETag present once read. */
export type Feedback = Omit<FeedbackItem, 'etag'> & { etag?: string };

/** Why a feedback text is refused. */
export type FeedbackProblem = { code: 'empty' } | { code: 'too-long'; length: number; max: number };

/** Checks a feedback text; returns the trimmed text or the problem. */
export function checkFeedbackText(raw: unknown): { ok: true; text: string } | { ok: false; problem: FeedbackProblem } {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (!text) return { ok: false, problem: { code: 'empty' } };
  if (text.length > MAX_FEEDBACK) return { ok: false, problem: { code: 'too-long', length: text.length, max: MAX_FEEDBACK } };
  return { ok: true, text };
}

/** The change team's answer (API body). */
export const answerSchema = z.object({
  answer: z.string({ required_error: 'answer is required' }).trim().min(1, 'answer must not be empty').max(MAX_ANSWER, `answer must be at most ${MAX_ANSWER} characters`),
  topic: z.string().trim().max(MAX_TOPIC, `topic must be at most ${MAX_TOPIC} characters`).optional(),
  /** The ETag the change team read, so two people answering at once cannot overwrite each other. */
  etag: z.string({ required_error: 'etag is required (from GET /api/feedback)' }).min(1),
});

/** What the board shows of an answered item: the original only if its author allowed it. */
export function boardEntry(f: Feedback): { id: string; question: string; original: boolean; answer: string; answeredAt: string } | undefined {
  if (!f.answer || !f.answeredAt) return undefined;
  const question = f.mayPublish ? f.text : f.topic;
  if (!question) return undefined;
  return { id: f.id, question, original: f.mayPublish, answer: f.answer, answeredAt: f.answeredAt };
}
