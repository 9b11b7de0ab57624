import type { Response, Server } from 'restify';
import type { CheckCycleSummary, CheckGapResponse } from '../../api/digicheck-contract';
import { roleGuards, type Authenticator } from '../../auth/api-auth';
import { AppError, invalid, notFound } from '../../http/app-error';
import { paging } from '../../http/paging';
import type { CheckOutcome, DigiCheckService } from './service';

/** What the DigiCheck API needs. */
export interface CheckApiDeps {
  authenticate: Authenticator;
  service: DigiCheckService;
}

/** Maps a service outcome to the HTTP answer: the value, or the {@link AppError} it comes to. */
function answer<T>(res: Response, outcome: CheckOutcome<T>): void {
  switch (outcome.kind) {
    case 'ok':
      res.send(outcome.created ? 201 : 200, outcome.value);
      return;
    case 'invalid':
      throw invalid(outcome.code ?? 'invalid', outcome.problems);
    case 'not-found':
      throw notFound('no DigiCheck cycle with this id');
    case 'conflict':
      throw new AppError(409, outcome.code, outcome.message, outcome.current && { extra: { current: outcome.current } });
  }
}

/**
 * The DigiCheck JSON API. Everyone signed in reads the questionnaire, the cycles and the results
 * of closed cycles (after threshold and complementary suppression); the change team opens and
 * closes cycles and sets targets; editors turn gaps into roadmap items.
 */
export function registerCheckApi(server: Server, deps: CheckApiDeps): void {
  const { service } = deps;
  const role = roleGuards(deps.authenticate);
  const id = (req: { params?: Record<string, unknown> }) => String(req.params?.id ?? '').slice(0, 60);

  server.get('/api/digicheck/questionnaire', role.viewer(async (_req, res) => void res.send(200, service.questionnaire)));
  // Newest first, as the service lists them (by opening time, then id).
  const cyclePages = paging<CheckCycleSummary>('digicheck-cycles', (c) => [c.opensAt, c.id], 'desc');
  server.get('/api/digicheck/cycles', role.viewer(async (req, res) => {
    const page = cyclePages.read(req, res);
    if (page) res.send(200, cyclePages.page(await service.cycles(), page, res));
  }));
  server.post('/api/digicheck/cycles', role.changeTeam(async (req, res) => answer(res, await service.createCycle(req.body ?? {}))));
  server.put('/api/digicheck/cycles/:id/targets', role.changeTeam(async (req, res) => answer(res, await service.setTargets(id(req), req.header('if-match') || undefined, req.body ?? {}))));
  server.post('/api/digicheck/cycles/:id/close', role.changeTeam(async (req, res) => answer(res, await service.close(id(req)))));

  server.get('/api/digicheck/cycles/:id/results', role.viewer(async (req, res) => {
    const outcome = await service.results(id(req));
    if (outcome.kind === 'open') throw new AppError(403, 'cycle-open', 'results appear when the cycle has closed and its answers are aggregated');
    if (outcome.kind === 'finalising') {
      throw new AppError(409, 'being-finalised', 'the cycle has ended and its results are being finalised; they appear in a moment, once and final', { headers: { 'Retry-After': '60' } });
    }
    answer(res, outcome);
  }));

  server.post('/api/digicheck/cycles/:id/gaps', role.editor(async (req, res, principal) => {
    const outcome = await service.proposeItem(id(req), req.body ?? {}, principal.name);
    if (outcome.kind === 'ok') return void res.send(outcome.value.created ? 201 : 200, outcome.value satisfies CheckGapResponse);
    answer(res, outcome);
  }));
}
