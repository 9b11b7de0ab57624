import type { Request, Response, Server } from 'restify';
import type { RoundSummary } from '../../api/contract';
import { roleGuards, type Authenticator } from '../../auth/api-auth';
import { AppError, invalid, notFound } from '../../http/app-error';
import { paging } from '../../http/paging';
import { parseOr400, problem } from '../../http/validation';
import type { Principal } from '../../auth/roles';
import type { Config } from '../../config';
import { resultsCsv } from './csv';
import { roundResults, roundSummary, trend, visibleParticipation } from './results';
import type { PeopleStore } from '../people/store';
import { roundMovesScope, roundRequestSchema, roundsFor, roundState, type Round } from './round';
import type { RoundsStore } from './rounds-store';
import { parseSurvey } from './survey';
import type { SurveysStore } from './surveys-store';
import type { SubmissionsStore } from './submissions-store';
import { sumTallies } from './tally';

/** What the pulse API needs. */
export interface PulseApiDeps {
  authenticate: Authenticator;
  /** Department moves counted while a round was open (trust point 11). */
  people: Pick<PeopleStore, 'movesInto'>;
  surveys: SurveysStore;
  rounds: RoundsStore;
  submissions: SubmissionsStore;
  config: Pick<Config, 'departments' | 'departmentsAreExample'>;
  now?: () => Date;
}

/**
 * The pulse JSON API for the tab. Everyone signed in sees the aggregates of closed rounds (after
 * threshold and complementary suppression); an open round's interim results, survey definitions
 * and scheduling are for the change team.
 */
export function registerPulseApi(server: Server, deps: PulseApiDeps): void {
  const now = deps.now ?? (() => new Date());
  const role = roleGuards(deps.authenticate);

  // Newest first (ids start with the opening time); a page is cut before participation is counted.
  const roundPages = paging<Round>('pulse-rounds', (r) => [r.id], 'desc');
  server.get('/api/pulse/rounds', role.viewer(async (req: Request, res: Response, principal: Principal) => {
    const page = roundPages.read(req, res);
    if (!page) return;
    const at = now();
    const rounds = roundPages.page(await deps.rounds.list(), page, res);
    const changeTeam = principal.roles.has('changeTeam');
    const list: RoundSummary[] = await Promise.all(
      rounds.map(async (r) => {
        // Count only where the reader may see a count (a final round, or the change team's live one).
        const counted = Boolean(r.finalizedAt) || (changeTeam && roundState(r, at) !== 'closed');
        return roundSummary(r, counted ? visibleParticipation(r, await deps.submissions.participationCount(r.id), changeTeam, at) : null, at);
      }),
    );
    res.send(200, list);
  }));

  const loadResults = async (req: Request, principal: Principal) => {
    const id = String(req.params.id ?? '');
    const round = id.length <= 100 ? await deps.rounds.get(id) : undefined;
    if (!round) throw notFound(`no round with id "${id.slice(0, 100)}"`);
    // No interim figures, not even for the change team: two reads around one submit would give
    // that ballot away. Results are published once, final, after the round is sealed.
    if (roundState(round, now()) !== 'closed') {
      throw new AppError(403, 'round-open', 'results appear here once the round has closed and its results are final; while it runs there are no figures, for nobody');
    }
    if (!round.finalizedAt) {
      throw new AppError(409, 'being-finalised', 'the round has closed and its results are being finalised; they appear in a moment, once and final', { headers: { 'Retry-After': '60' } });
    }
    const [participation, tallies, comments, moves] = await Promise.all([
      deps.submissions.participationCount(round.id),
      deps.submissions.tallies(round.id),
      deps.submissions.comments(round.id),
      deps.people.movesInto(roundMovesScope(round.id)),
    ]);
    return roundResults({
      round,
      participation: visibleParticipation(round, participation, principal.roles.has('changeTeam'), now()),
      tallies,
      moves,
      changeTeam: principal.roles.has('changeTeam'),
      comments: comments.map((c) => c.text),
      departments: deps.config.departments,
      departmentsAreExample: deps.config.departmentsAreExample,
      now: now(),
    });
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
    const at = now();
    const closed = (await deps.rounds.list()).filter((r) => r.survey.id === surveyId && roundState(r, at) === 'closed');
    if (closed.length === 0) throw notFound(`no closed round of survey "${surveyId.slice(0, 60)}"`);
    const final = closed.filter((r) => r.finalizedAt);
    const withTotals = await Promise.all(
      final.map(async (round) => ({ round, total: sumTallies(round.survey, [...(await deps.submissions.tallies(round.id)).values()]) })),
    );
    const finalising = closed.filter((r) => !r.finalizedAt).map((r) => r.id);
    res.send(200, trend(closed[closed.length - 1].survey, withTotals, finalising));
  }));

  server.get('/api/pulse/surveys', role.changeTeam(async (_req, res) => {
    res.send(200, await deps.surveys.list());
  }));

  server.post('/api/pulse/surveys', role.changeTeam(async (req, res) => {
    const parsed = parseSurvey(req.body);
    if (!parsed.ok) throw invalid('invalid-survey', parsed.problems);
    if ((await deps.surveys.create(parsed.survey)) === 'exists') throw new AppError(409, 'exists', `a survey with id "${parsed.survey.id}" exists already`);
    res.send(201, parsed.survey);
  }));

  server.post('/api/pulse/rounds', role.changeTeam(async (req, res) => {
    const request = parseOr400(roundRequestSchema, req.body, 'invalid-round');
    const survey = await deps.surveys.get(request.surveyId);
    if (!survey) throw invalid('invalid-round', [problem('surveyId', 'surveyId.unknown', `no survey "${request.surveyId.slice(0, 60)}"`)]);
    const unknown = request.departments.filter((d) => !deps.config.departments.some((x) => x.id === d));
    if (unknown.length) {
      const names = unknown.map((d) => `"${d.slice(0, 40)}"`).join(', ');
      throw invalid('invalid-round', [problem('departments', 'departments.unknown', `unknown ${names}`, { departments: names })]);
    }
    if (Date.parse(request.opensAt) < now().getTime() - 5 * 60_000) throw invalid('invalid-round', [problem('opensAt', 'opensAt.inPast', 'a round cannot open in the past')]);
    const created = roundsFor(request, survey);
    for (const r of created) await deps.rounds.create(r);
    res.send(201, created.map((r) => roundSummary(r, 0, now())));
  }));
}
