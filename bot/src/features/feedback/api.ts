import type { Server } from 'restify';
import type { FeedbackBoardEntry, FeedbackItem } from '../../api/contract';
import { roleGuards, type Authenticator } from '../../auth/api-auth';
import { AppError, invalid, notFound } from '../../http/app-error';
import { paging } from '../../http/paging';
import { parseOr400, problem } from '../../http/validation';
import { answerSchema, type FeedbackService } from './service';

/**
 * Feedback API: the public board ("Sie fragen – wir antworten") for everyone signed in; the inbox
 * and answering for the change team. No route ever returns an author: none is stored.
 */
export function registerFeedbackApi(server: Server, deps: { feedback: FeedbackService; authenticate: Authenticator }): void {
  const role = roleGuards(deps.authenticate);

  // Newest first; the random id orders entries of the same day.
  const boardPages = paging<FeedbackBoardEntry>('feedback-board', (e) => [e.answeredAt, e.id], 'desc');
  const inboxPages = paging<FeedbackItem>('feedback', (f) => [f.receivedAt, f.id], 'desc');

  server.get('/api/feedback/board', role.viewer(async (req, res) => {
    const page = boardPages.read(req, res);
    if (!page) return;
    res.send(200, boardPages.page(await deps.feedback.board(), page, res));
  }));

  server.get('/api/feedback', role.changeTeam(async (req, res) => {
    const page = inboxPages.read(req, res);
    if (!page) return;
    res.send(200, inboxPages.page(await deps.feedback.inbox(), page, res));
  }));

  server.put('/api/feedback/:id/answer', role.changeTeam(async (req, res) => {
    const given = parseOr400(answerSchema, req.body, 'invalid-answer');
    const outcome = await deps.feedback.answer(String(req.params.id ?? ''), given);
    if (outcome.kind === 'not-found') throw notFound('no such feedback item');
    if (outcome.kind === 'needs-topic') {
      throw invalid('invalid-answer', [problem('topic', 'topic.neededForPrivateText', 'the author did not allow publishing the text, so the board needs a neutral summary of the topic')]);
    }
    if (outcome.kind === 'conflict') throw new AppError(409, 'conflict', 'changed by someone else meanwhile — reload, review and answer again');
    res.send(200, outcome.entry);
  }));
}
