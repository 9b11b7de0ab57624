import type { Request, Response, Server } from 'restify';
import type { RoundSummary } from '../../api/contract';
import { roleGuards, type Authenticator } from '../../auth/api-auth';
import { AppError, invalid, notFound } from '../../http/app-error';
import { paging } from '../../http/paging';
import { parseOr400 } from '../../http/validation';
import type { Principal } from '../../auth/roles';
import { resultsCsv } from './csv';
import type { Config } from '../../config';
import { PulseResultsService, type PulseResultsDeps } from './results-service';
import { roundRequestSchema, type Round } from './round';

/** What the pulse API needs: the stores its {@link PulseResultsService} reads, and the sign-in. */
export interface PulseApiDeps extends Omit<PulseResultsDeps, 'departments' | 'departmentsAreExample'> {
  authenticate: Authenticator;
  config: Pick<Config, 'departments' | 'departmentsAreExample'>;
}

/**
 * The pulse JSON API for the tab. Everyone signed in sees the aggregates of closed rounds (after
 * threshold and complementary suppression); an open round's interim results, survey definitions
 * and scheduling are for the change team.
 */
export function registerPulseApi(server: Server, deps: PulseApiDeps): void {
  const role = roleGuards(deps.authenticate);
  // The rules behind every route (results, trend, surveys, scheduling); this file parses, authorises and maps.
  const pulse = new PulseResultsService({ ...deps, departments: deps.config.departments, departmentsAreExample: deps.config.departmentsAreExample });

  // Newest first (ids start with the opening time); a page is cut before participation is counted.
  const roundPages = paging<Round>('pulse-rounds', (r) => [r.id], 'desc');
  server.get('/api/pulse/rounds', role.viewer(async (req: Request, res: Response, principal: Principal) => {
    const page = roundPages.read(req, res);
    if (!page) return;
    const rounds = roundPages.page(await pulse.rounds(), page, res);
    const list: RoundSummary[] = await pulse.summaries(rounds, principal.roles.has('changeTeam'));
    res.send(200, list);
  }));

  const loadResults = async (req: Request, principal: Principal) => {
    const id = String(req.params.id ?? '');
    const outcome = await pulse.results(id, principal.roles.has('changeTeam'));
    if (outcome.kind === 'not-found') throw notFound(`no round with id "${id.slice(0, 100)}"`);
    if (outcome.kind === 'open') {
      throw new AppError(403, 'round-open', 'results appear here once the round has closed and its results are final; while it runs there are no figures, for nobody');
    }
    if (outcome.kind === 'finalising') {
      throw new AppError(409, 'being-finalised', 'the round has closed and its results are being finalised; they appear in a moment, once and final', { headers: { 'Retry-After': '60' } });
    }
    return outcome.value;
  };

  server.get('/api/pulse/rounds/:id/results', role.viewer(async (req, res, principal) => {
    res.send(200, await loadResults(req, principal));
  }));

  server.get('/api/pulse/rounds/:id/results.csv', role.viewer(async (req, res, principal) => {
    const lang = req.query?.lang === 'en' ? 'en' : 'de';
    const results = await loadResults(req, principal);
    const body = resultsCsv(results, lang);
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="digipuls-${results.round.id}.csv"`,
    });
    res.end(body);
  }));

  server.get('/api/pulse/trend', role.viewer(async (req, res) => {
    const surveyId = typeof req.query?.surveyId === 'string' ? req.query.surveyId : '';
    if (!surveyId) throw new AppError(400, 'bad-request', 'surveyId is required, e.g. /api/pulse/trend?surveyId=change-readiness');
    const trend = await pulse.trend(surveyId);
    if (!trend) throw notFound(`no closed round of survey "${surveyId.slice(0, 60)}"`);
    res.send(200, trend);
  }));

  server.get('/api/pulse/surveys', role.changeTeam(async (_req, res) => {
    res.send(200, await pulse.surveys());
  }));

  server.post('/api/pulse/surveys', role.changeTeam(async (req, res) => {
    const created = await pulse.createSurvey(req.body);
    if (created.kind === 'invalid') throw invalid('invalid-survey', created.problems);
    if (created.kind === 'exists') throw new AppError(409, 'exists', `a survey with id "${created.id}" exists already`);
    res.send(201, created.survey);
  }));

  server.post('/api/pulse/rounds', role.changeTeam(async (req, res) => {
    const request = parseOr400(roundRequestSchema, req.body, 'invalid-round');
    const scheduled = await pulse.scheduleRounds(request);
    if (scheduled.kind === 'invalid') throw invalid('invalid-round', scheduled.problems);
    res.send(201, scheduled.value);
  }));
}
