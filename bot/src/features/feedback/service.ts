import { z } from 'zod';
import type { FeedbackBoardEntry, FeedbackItem } from '../../api/contract';
import { ConcurrencyError } from '../../storage/errors';
import type { FeedbackStore } from './store';

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
export function boardEntry(f: Feedback): FeedbackBoardEntry | undefined {
  if (!f.answer || !f.answeredAt) return undefined;
  const question = f.mayPublish ? f.text : f.topic;
  if (!question) return undefined;
  return { id: f.id, question, original: f.mayPublish, answer: f.answer, answeredAt: f.answeredAt };
}

/** What sending a feedback card came to: stored, stored before (same card), or the text's problem. */
export type SendOutcome = { kind: 'created' } | { kind: 'duplicate' } | { kind: 'invalid'; problem: FeedbackProblem };

/** What answering an item came to; the API maps each kind to a status. */
export type AnswerOutcome =
  | { kind: 'ok'; entry: FeedbackBoardEntry | undefined }
  | { kind: 'not-found' }
  /** The author did not allow publishing the text, and no neutral topic is given or stored. */
  | { kind: 'needs-topic' }
  /** Someone else answered or changed the item since the given ETag was read. */
  | { kind: 'conflict' };

/**
 * Feedback's rules between the chat, the API and the store: what is stored of a sent card (the
 * day only, never an author), what the public board shows, and when an answer may be saved.
 */
export class FeedbackService {
  constructor(
    private readonly store: Pick<FeedbackStore, 'create' | 'list' | 'answer'>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Stores a sent card once (its random `submissionId` makes a double click or redelivery harmless). */
  async send(card: { submissionId: string; text: unknown; mayPublish: boolean; lang: FeedbackItem['lang'] }): Promise<SendOutcome> {
    const checked = checkFeedbackText(card.text);
    if (!checked.ok) return { kind: 'invalid', problem: checked.problem };
    // The day only: a finer time could tie the item to its author's other activity (trust point 12).
    const result = await this.store.create({ id: card.submissionId, text: checked.text, mayPublish: card.mayPublish, lang: card.lang, receivedAt: this.now().toISOString().slice(0, 10) });
    return { kind: result };
  }

  /** The public board: answered items, each with the author's words only if they allowed it. */
  async board(): Promise<FeedbackBoardEntry[]> {
    return (await this.store.list()).map(boardEntry).filter((e): e is FeedbackBoardEntry => e !== undefined);
  }

  /** The change team's inbox: every item with the ETag to answer it by. */
  async inbox(): Promise<FeedbackItem[]> {
    return (await this.store.list()).map((f) => ({ ...f, etag: f.etag ?? '' }));
  }

  /** Saves the change team's answer if the item is unchanged since `given.etag` was read. */
  async answer(id: string, given: z.infer<typeof answerSchema>): Promise<AnswerOutcome> {
    const item = (await this.store.list()).find((f) => f.id === id);
    if (!item) return { kind: 'not-found' };
    if (!item.mayPublish && !given.topic && !item.topic) return { kind: 'needs-topic' };
    try {
      await this.store.answer(id, given.etag, { answer: given.answer, topic: given.topic, at: this.now().toISOString() });
    } catch (err) {
      if (err instanceof ConcurrencyError) return { kind: 'conflict' };
      throw err;
    }
    return { kind: 'ok', entry: boardEntry({ ...item, ...given, answeredAt: this.now().toISOString() }) };
  }
}
