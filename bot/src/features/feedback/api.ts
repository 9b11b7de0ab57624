import type { Server } from 'restify';
import type { ApiErrorBody, FeedbackBoardEntry, FeedbackItem } from '../../api/contract';
import { guard, type Authenticator } from '../../auth/api-auth';
import { paging } from '../../http/paging';
import { ConcurrencyError } from '../../storage/errors';
import { answerSchema, boardEntry } from './service';
import type { FeedbackStore } from './store';

/**
 * Feedback API: the public board ("Sie fragen – wir antworten") for everyone signed in; the inbox
 * and answering for the change team. No route ever returns an author: none is stored.
 */
export function registerFeedbackApi(server: Server, deps: { store: FeedbackStore; authenticate: Authenticator; now?: () => Date }): void {
  const now = deps.now ?? (() => new Date());
  const fail = (res: { send(status: number, body: ApiErrorBody): unknown }, status: number, code: string, message: string) => res.send(status, { code, message });

  // Newest first; the random id orders entries of the same day.
  const boardPages = paging<FeedbackBoardEntry>('feedback-board', (e) => [e.answeredAt, e.id], 'desc');
  const inboxPages = paging<FeedbackItem>('feedback', (f) => [f.receivedAt, f.id], 'desc');

  server.get('/api/feedback/board', guard(deps.authenticate, 'viewer', async (req, res) => {
    const page = boardPages.read(req, res);
    if (!page) return;
    const entries: FeedbackBoardEntry[] = (await deps.store.list()).map(boardEntry).filter((e): e is FeedbackBoardEntry => e !== undefined);
    res.send(200, boardPages.page(entries, page, res));
  }));

  server.get('/api/feedback', guard(deps.authenticate, 'changeTeam', async (req, res) => {
    const page = inboxPages.read(req, res);
    if (!page) return;
    const items: FeedbackItem[] = (await deps.store.list()).map((f) => ({ ...f, etag: f.etag ?? '' }));
    res.send(200, inboxPages.page(items, page, res));
  }));

  server.put('/api/feedback/:id/answer', guard(deps.authenticate, 'changeTeam', async (req, res) => {
    const parsed = answerSchema.safeParse(req.body ?? {});
    if (!parsed.success) return fail(res, 400, 'invalid-answer', parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; '));
    const id = String(req.params.id ?? '');
    const item = (await deps.store.list()).find((f) => f.id === id);
    if (!item) return fail(res, 404, 'not-found', 'no such feedback item');
    if (!item.mayPublish && !parsed.data.topic && !item.topic) {
      return fail(res, 400, 'invalid-answer', 'topic: the author did not allow publishing the text, so the board needs a neutral summary of the topic');
    }
    try {
      await deps.store.answer(id, parsed.data.etag, { answer: parsed.data.answer, topic: parsed.data.topic, at: now().toISOString() });
    } catch (err) {
      if (err instanceof ConcurrencyError) return fail(res, 409, 'conflict', 'changed by someone else meanwhile — reload, review and answer again');
      throw err;
    }
    res.send(200, boardEntry({ ...item, ...parsed.data, answeredAt: now().toISOString() }));
  }));
}
