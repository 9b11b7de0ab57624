import type { Server } from 'restify';
import type { FeedbackBoardEntry, FeedbackItem } from '../../api/contract';
import { roleGuards, type Authenticator } from '../../auth/api-auth';
import { AppError, invalid, notFound } from '../../http/app-error';
import { paging } from '../../http/paging';
import { parseOr400, problem } from '../../http/validation';
import { ConcurrencyError } from '../../storage/errors';
import { answerSchema, boardEntry } from './service';
import type { FeedbackStore } from './store';

/**
 * Feedback API: the public board ("Sie fragen – wir antworten") for everyone signed in; the inbox
 * and answering for the change team. No route ever returns an author: none is stored.
 */
export function registerFeedbackApi(server: Server, deps: { store: FeedbackStore; authenticate: Authenticator; now?: () => Date }): void {
  const now = deps.now ?? (() => new Date());
  const role = roleGuards(deps.authenticate);

  // Newest first; the random id orders entries of the same day.
  const boardPages = paging<FeedbackBoardEntry>('feedback-board', (e) => [e.answeredAt, e.id], 'desc');
  const inboxPages = paging<FeedbackItem>('feedback', (f) => [f.receivedAt, f.id], 'desc');

  server.get('/api/feedback/board', role.viewer(async (req, res) => {
    const page = boardPages.read(req, res);
    if (!page) return;
    const entries: FeedbackBoardEntry[] = (await deps.store.list()).map(boardEntry).filter((e): e is FeedbackBoardEntry => e !== undefined);
    res.send(200, boardPages.page(entries, page, res));
  }));

  server.get('/api/feedback', role.changeTeam(async (req, res) => {
    const page = inboxPages.read(req, res);
    if (!page) return;
    const items: FeedbackItem[] = (await deps.store.list()).map((f) => ({ ...f, etag: f.etag ?? '' }));
    res.send(200, inboxPages.page(items, page, res));
  }));

  server.put('/api/feedback/:id/answer', role.changeTeam(async (req, res) => {
    const given = parseOr400(answerSchema, req.body, 'invalid-answer');
    const id = String(req.params.id ?? '');
    const item = (await deps.store.list()).find((f) => f.id === id);
    if (!item) throw notFound('no such feedback item');
    if (!item.mayPublish && !given.topic && !item.topic) {
      throw invalid('invalid-answer', [problem('topic', 'topic.neededForPrivateText', 'the author did not allow publishing the text, so the board needs a neutral summary of the topic')]);
    }
    try {
      await deps.store.answer(id, given.etag, { answer: given.answer, topic: given.topic, at: now().toISOString() });
    } catch (err) {
      if (err instanceof ConcurrencyError) throw new AppError(409, 'conflict', 'changed by someone else meanwhile — reload, review and answer again');
      throw err;
    }
    res.send(200, boardEntry({ ...item, ...given, answeredAt: now().toISOString() }));
  }));
}
