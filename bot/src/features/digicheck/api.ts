import type { Response, Server } from 'restify';
import type { ApiErrorBody } from '../../api/contract';
import type { CheckCycleSummary, CheckGapResponse } from '../../api/digicheck-contract';
import { guard, type Authenticator } from '../../auth/api-auth';
import { paging } from '../../http/paging';
import type { CheckOutcome, DigiCheckService } from './service';

/** What the DigiCheck API needs. */
export interface CheckApiDeps {
  authenticate: Authenticator;
  service: DigiCheckService;
}

const fail = (res: Response, status: number, code: string, message: string) => res.send(status, { code, message } satisfies ApiErrorBody);

/** Maps a service outcome to the HTTP answer. */
function answer<T>(res: Response, outcome: CheckOutcome<T>): void {
  switch (outcome.kind) {
    case 'ok':
      res.send(outcome.created ? 201 : 200, outcome.value);
      return;
    case 'invalid': {
      const notAGap = outcome.problems.find((p) => p.startsWith('not-a-gap: '));
      if (notAGap) return void fail(res, 400, 'not-a-gap', notAGap.slice('not-a-gap: '.length));
      return void fail(res, 400, 'invalid', outcome.problems.join('; '));
    }
    case 'not-found':
      return void fail(res, 404, 'not-found', 'no DigiCheck cycle with this id');
    case 'conflict':
      res.send(409, { code: outcome.code, message: outcome.message, ...(outcome.current && { current: outcome.current }) });
  }
}

/**
 * The DigiCheck JSON API. Everyone signed in reads the questionnaire, the cycles and the results
 * of closed cycles (after threshold and complementary suppression); the change team opens and
 * closes cycles and sets targets; editors turn gaps into roadmap items.
 */
export function registerCheckApi(server: Server, deps: CheckApiDeps): void {
  const { service } = deps;
  const as = (role: Parameters<typeof guard>[1]) => (h: Parameters<typeof guard>[2]) => guard(deps.authenticate, role, h);
  const viewer = as('viewer');
  const changeTeam = as('changeTeam');
  const editor = as('editor');
  const id = (req: { params?: Record<string, unknown> }) => String(req.params?.id ?? '').slice(0, 60);

  server.get('/api/digicheck/questionnaire', viewer(async (_req, res) => void res.send(200, service.questionnaire)));
  // Newest first, as the service lists them (by opening time, then id).
  const cyclePages = paging<CheckCycleSummary>('digicheck-cycles', (c) => [c.opensAt, c.id], 'desc');
  server.get('/api/digicheck/cycles', viewer(async (req, res) => {
    const page = cyclePages.read(req, res);
    if (page) res.send(200, cyclePages.page(await service.cycles(), page, res));
  }));
  server.post('/api/digicheck/cycles', changeTeam(async (req, res) => answer(res, await service.createCycle(req.body ?? {}))));
  server.put('/api/digicheck/cycles/:id/targets', changeTeam(async (req, res) => answer(res, await service.setTargets(id(req), req.header('if-match') || undefined, req.body ?? {}))));
  server.post('/api/digicheck/cycles/:id/close', changeTeam(async (req, res) => answer(res, await service.close(id(req)))));

  server.get('/api/digicheck/cycles/:id/results', viewer(async (req, res) => {
    const outcome = await service.results(id(req));
    if (outcome.kind === 'open') return void fail(res, 403, 'cycle-open', 'results appear when the cycle has closed and its answers are aggregated');
    if (outcome.kind === 'finalising') {
      res.header('Retry-After', '60');
      return void fail(res, 409, 'being-finalised', 'the cycle has ended and its results are being finalised; they appear in a moment, once and final');
    }
    answer(res, outcome);
  }));

  server.post('/api/digicheck/cycles/:id/gaps', editor(async (req, res, principal) => {
    const outcome = await service.proposeItem(id(req), req.body ?? {}, principal.name);
    if (outcome.kind === 'ok') return void res.send(outcome.value.created ? 201 : 200, outcome.value satisfies CheckGapResponse);
    answer(res, outcome);
  }));
}
