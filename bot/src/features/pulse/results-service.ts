import type { FieldProblem, RoundResults, RoundSummary, Trend } from '../../api/contract';
import { problem } from '../../http/validation';
import type { Department } from '../people/departments';
import type { PeopleStore } from '../people/store';
import { roundResults, roundSummary, trend, visibleParticipation } from './results';
import { roundMovesScope, roundsFor, roundState, type Round, type RoundRequest } from './round';
import type { RoundsStore } from './rounds-store';
import type { SubmissionsStore } from './submissions-store';
import { parseSurvey, type Survey } from './survey';
import type { SurveysStore } from './surveys-store';
import { sumTallies } from './tally';

/** What the change team's and the readers' side of pulse needs. */
export interface PulseResultsDeps {
  /** Department moves counted while a round was open (trust point 11). */
  people: Pick<PeopleStore, 'movesInto'>;
  surveys: SurveysStore;
  rounds: RoundsStore;
  submissions: SubmissionsStore;
  departments: Department[];
  departmentsAreExample: boolean;
  now?: () => Date;
}

/** Why a round's results cannot be read (yet); the API maps each to a status. */
export type ResultsOutcome =
  | { kind: 'ok'; value: RoundResults }
  | { kind: 'not-found' }
  /** Still open: no interim figures, not even for the change team. */
  | { kind: 'open' }
  /** Closed, not sealed yet: the results appear once, final. */
  | { kind: 'finalising' };

/**
 * Pulse as the tab sees it, over the three pulse stores: round lists with the participation a
 * reader may see, results published once and final, the trend across closed rounds, and the change
 * team's surveys and round scheduling. Every rule lives here; api.ts parses, authorises and maps.
 */
export class PulseResultsService {
  private readonly now: () => Date;

  constructor(private readonly deps: PulseResultsDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Every round, oldest first (ids start with the opening time). */
  rounds(): Promise<Round[]> {
    return this.deps.rounds.list();
  }

  /**
   * The rounds as listed, each with a participation count only where the reader may see one: a
   * final round, or the change team's running one.
   */
  async summaries(rounds: Round[], changeTeam: boolean): Promise<RoundSummary[]> {
    const at = this.now();
    return Promise.all(
      rounds.map(async (r) => {
        const counted = Boolean(r.finalizedAt) || (changeTeam && roundState(r, at) !== 'closed');
        return roundSummary(r, counted ? visibleParticipation(r, await this.deps.submissions.participationCount(r.id), changeTeam, at) : null, at);
      }),
    );
  }

  /**
   * A round's results, after threshold and complementary suppression. No interim figures, not
   * even for the change team: two reads around one submit would give that ballot away.
   */
  async results(id: string, changeTeam: boolean): Promise<ResultsOutcome> {
    const round = id.length <= 100 ? await this.deps.rounds.get(id) : undefined;
    if (!round) return { kind: 'not-found' };
    if (roundState(round, this.now()) !== 'closed') return { kind: 'open' };
    if (!round.finalizedAt) return { kind: 'finalising' };
    const [participation, tallies, comments, moves] = await Promise.all([
      this.deps.submissions.participationCount(round.id),
      this.deps.submissions.tallies(round.id),
      this.deps.submissions.comments(round.id),
      this.deps.people.movesInto(roundMovesScope(round.id)),
    ]);
    const value = roundResults({
      round,
      participation: visibleParticipation(round, participation, changeTeam, this.now()),
      tallies,
      moves,
      changeTeam,
      comments: comments.map((c) => c.text),
      departments: this.deps.departments,
      departmentsAreExample: this.deps.departmentsAreExample,
      now: this.now(),
    });
    return { kind: 'ok', value };
  }

  /** The trend of a survey over its closed rounds (final ones with totals, the others as finalising). */
  async trend(surveyId: string): Promise<Trend | undefined> {
    const at = this.now();
    const closed = (await this.deps.rounds.list()).filter((r) => r.survey.id === surveyId && roundState(r, at) === 'closed');
    if (closed.length === 0) return undefined;
    const final = closed.filter((r) => r.finalizedAt);
    const withTotals = await Promise.all(
      final.map(async (round) => ({ round, total: sumTallies(round.survey, [...(await this.deps.submissions.tallies(round.id)).values()]) })),
    );
    const finalising = closed.filter((r) => !r.finalizedAt).map((r) => r.id);
    return trend(closed[closed.length - 1].survey, withTotals, finalising);
  }

  /** Every survey definition. */
  surveys(): Promise<Survey[]> {
    return this.deps.surveys.list();
  }

  /** Stores a new survey definition, once per id. */
  async createSurvey(body: unknown): Promise<{ kind: 'ok'; survey: Survey } | { kind: 'invalid'; problems: FieldProblem[] } | { kind: 'exists'; id: string }> {
    const parsed = parseSurvey(body);
    if (!parsed.ok) return { kind: 'invalid', problems: parsed.problems };
    if ((await this.deps.surveys.create(parsed.survey)) === 'exists') return { kind: 'exists', id: parsed.survey.id };
    return { kind: 'ok', survey: parsed.survey };
  }

  /** Schedules the rounds of a request (a known survey, known departments, not in the past). */
  async scheduleRounds(request: RoundRequest): Promise<{ kind: 'ok'; value: RoundSummary[] } | { kind: 'invalid'; problems: FieldProblem[] }> {
    const survey = await this.deps.surveys.get(request.surveyId);
    if (!survey) return { kind: 'invalid', problems: [problem('surveyId', 'surveyId.unknown', `no survey "${request.surveyId.slice(0, 60)}"`)] };
    const unknown = request.departments.filter((d) => !this.deps.departments.some((x) => x.id === d));
    if (unknown.length) {
      const names = unknown.map((d) => `"${d.slice(0, 40)}"`).join(', ');
      return { kind: 'invalid', problems: [problem('departments', 'departments.unknown', `unknown ${names}`, { departments: names })] };
    }
    if (Date.parse(request.opensAt) < this.now().getTime() - 5 * 60_000) return { kind: 'invalid', problems: [problem('opensAt', 'opensAt.inPast', 'a round cannot open in the past')] };
    const created = roundsFor(request, survey);
    for (const r of created) await this.deps.rounds.create(r);
    return { kind: 'ok', value: created.map((r) => roundSummary(r, 0, this.now())) };
  }
}
