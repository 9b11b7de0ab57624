import type { Request, Response, Server } from 'restify';
import type { ApiErrorBody, RoundSummary } from '../../api/contract';
import type { Config } from '../../config';
import { resultsCsv } from './csv';
import { roundResults, roundSummary, trend } from './results';
import { roundState } from './round';
import type { RoundsStore } from './rounds-store';
import type { SubmissionsStore } from './submissions-store';
import { sumTallies } from './tally';

/** What the pulse API needs. */
export interface PulseApiDeps {
  rounds: RoundsStore;
  submissions: SubmissionsStore;
  config: Pick<Config, 'departments' | 'departmentsAreExample'>;
  now?: () => Date;
}

const fail = (res: Response, status: number, code: string, message: string) => res.send(status, { code, message } satisfies ApiErrorBody);

/**
 * The pulse JSON API for the tab. It serves only aggregates of closed rounds, after threshold and
 * complementary suppression; an open round's results are for the change team, whose sign-in comes
 * with the roles (issue 4) — until then they are refused for everyone.
 */
export function registerPulseApi(server: Server, deps: PulseApiDeps): void {
  const now = deps.now ?? (() => new Date());

  server.get('/api/pulse/rounds', async (_req: Request, res: Response) => {
    const at = now();
    const rounds = await deps.rounds.list();
    const list: RoundSummary[] = await Promise.all(rounds.map(async (r) => roundSummary(r, await deps.submissions.participationCount(r.id), at)));
    res.send(200, list.reverse());
  });

  const loadResults = async (req: Request, res: Response) => {
    const id = String(req.params.id ?? '');
    const round = id.length <= 100 ? await deps.rounds.get(id) : undefined;
    if (!round) {
      fail(res, 404, 'not-found', `no round with id "${id.slice(0, 100)}"`);
      return undefined;
    }
    if (roundState(round, now()) !== 'closed') {
      fail(res, 403, 'round-open', 'results of a round that has not closed are only for the change team; they appear here when the round closes');
      return undefined;
    }
    const [participation, tallies, comments] = await Promise.all([
      deps.submissions.participationCount(round.id),
      deps.submissions.tallies(round.id),
      deps.submissions.comments(round.id),
    ]);
    return roundResults({
      round,
      participation,
      tallies,
      comments: comments.map((c) => c.text),
      departments: deps.config.departments,
      departmentsAreExample: deps.config.departmentsAreExample,
      now: now(),
    });
  };

  server.get('/api/pulse/rounds/:id/results', async (req: Request, res: Response) => {
    const results = await loadResults(req, res);
    if (results) res.send(200, results);
  });

  server.get('/api/pulse/rounds/:id/results.csv', async (req: Request, res: Response) => {
    const lang = req.query?.lang === 'en' ? 'en' : 'de';
    const results = await loadResults(req, res);
    if (!results) return;
    const body = resultsCsv(results, lang);
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="digipuls-${results.round.id}.csv"`,
    });
    res.end(body);
  });

  server.get('/api/pulse/trend', async (req: Request, res: Response) => {
    const surveyId = typeof req.query?.surveyId === 'string' ? req.query.surveyId : '';
    if (!surveyId) return fail(res, 400, 'bad-request', 'surveyId is required, e.g. /api/pulse/trend?surveyId=change-readiness');
    const at = now();
    const closed = (await deps.rounds.list()).filter((r) => r.survey.id === surveyId && roundState(r, at) === 'closed');
    if (closed.length === 0) return fail(res, 404, 'not-found', `no closed round of survey "${surveyId.slice(0, 60)}"`);
    const withTotals = await Promise.all(
      closed.map(async (round) => ({ round, total: sumTallies(round.survey, [...(await deps.submissions.tallies(round.id)).values()]) })),
    );
    res.send(200, trend(closed[closed.length - 1].survey, withTotals));
  });
}
