import type { DepartmentResults, GroupResults, QuestionResult, RoundResults, RoundSummary, Trend } from '../../api/contract';
import type { Department } from '../people/departments';
import { roundState, type Round } from './round';
import { HIDDEN_GROUPS, MIN_BALLOTS, MIN_BALLOTS_FOR_COMMENTS } from './suppression';
import type { Survey } from './survey';
import { emptyTally, sumTallies, summarize, tallyPublication, type Tally } from './tally';

/** Live participation of an open round is shown (to the change team only) in steps of this many. */
export const LIVE_COUNT_STEP = 5;

/**
 * The participation a reader may see: exact once the round is final (sealed); while it runs only
 * for the change team and rounded down to {@link LIVE_COUNT_STEP}, so nobody can time single
 * submits; otherwise (viewers while it runs, everyone while it is being finalised) none.
 */
export function visibleParticipation(round: Round, count: number, changeTeam: boolean, now: Date): number | null {
  const state = roundState(round, now);
  if (state === 'closed') return round.finalizedAt ? count : null;
  return changeTeam ? Math.floor(count / LIVE_COUNT_STEP) * LIVE_COUNT_STEP : null;
}

/** The round as listed for the tab; `participation` as {@link visibleParticipation} allows. */
export function roundSummary(round: Round, participation: number | null, now: Date): RoundSummary {
  return {
    id: round.id,
    surveyId: round.survey.id,
    title: round.survey.title,
    opensAt: round.opensAt,
    closesAt: round.closesAt,
    state: roundState(round, now),
    departments: round.departments,
    participation,
    final: Boolean(round.finalizedAt),
  };
}

/**
 * A group's figures with question texts. Only the questions in `shown` carry figures; the others
 * are suppressed (too few answers in this group, or hidden so that the total minus the shown
 * groups cannot reveal a small group's answers) and carry none, not even how many answered.
 */
export function groupResults(survey: Survey, tally: Tally, shown: Set<string>): GroupResults {
  const figures = summarize(survey, tally);
  const questions: QuestionResult[] = figures.map((f) => {
    const q = survey.questions.find((x) => x.id === f.questionId)!;
    const suppressed = !shown.has(f.questionId);
    if (f.kind === 'scale' && q.kind === 'scale') {
      return suppressed
        ? { ...f, text: q.text, dimension: q.dimension, labels: q.labels, suppressed, answered: null, distribution: [], mean: null, favourable: null, neutral: null, unfavourable: null }
        : { ...f, text: q.text, dimension: q.dimension, labels: q.labels, suppressed };
    }
    if (f.kind === 'enps') {
      return suppressed
        ? { ...f, text: q.text, suppressed, answered: null, distribution: [], promoters: 0, passives: 0, detractors: 0, score: null }
        : { ...f, text: q.text, suppressed };
    }
    throw new Error(`unexpected question kind for ${f.questionId}`);
  });
  return { ballots: tally.ballots, questions };
}

/** Inputs of {@link roundResults}. */
export interface RoundResultsInput {
  round: Round;
  participation: number | null;
  /** Tally per department id. */
  tallies: Map<string, Tally>;
  comments: string[];
  departments: Department[];
  departmentsAreExample: boolean;
  now: Date;
  random?: () => number;
  /** Department moves counted while the round was open (PeopleStore.movesInto); none if absent. */
  moves?: ReadonlyMap<string, number>;
  /** Whether the reader is in the change team: only they see how many moves there were. */
  changeTeam?: boolean;
}

/**
 * What may be shown of a round: the total from {@link MIN_BALLOTS} ballots, departments after
 * threshold and complementary suppression per group and per question ({@link tallyPublication}),
 * comments from {@link MIN_BALLOTS_FOR_COMMENTS} ballots in random order. Hidden groups carry no
 * figures at all, not even their ballot count. A sealed round's {@link HIDDEN_GROUPS} tally counts
 * in the total only. Ballots that may be from people who moved into a department during the round
 * count towards no threshold (trust point 11): sealing decided so, and the same moves give the same
 * publication here.
 */
export function roundResults(i: RoundResultsInput): RoundResults {
  const survey = i.round.survey;
  const known = new Map(i.departments.map((d) => [d.id, d]));
  // Ballots from departments no longer configured still count in the total, under their id.
  const ids = [...new Set([...i.departments.map((d) => d.id), ...i.tallies.keys()])].filter((id) => id !== HIDDEN_GROUPS);
  const moves = i.moves ?? new Map<string, number>();
  const pub = tallyPublication(survey, i.tallies, moves);
  const cellsOf = (id: string) => new Set([...pub.cells].filter(([, groups]) => groups.has(id)).map(([q]) => q));
  const total = sumTallies(survey, [...i.tallies.values()]);
  const departments: DepartmentResults[] = ids.map((id) => {
    const d = known.get(id);
    const name = d ? { de: d.de, en: d.en } : { de: id, en: id };
    const shown = pub.groups.has(id);
    return shown ? { id, name, shown, results: groupResults(survey, i.tallies.get(id) ?? emptyTally(survey), cellsOf(id)) } : { id, name, shown };
  });
  return {
    round: roundSummary(i.round, i.participation, i.now),
    minBallots: MIN_BALLOTS,
    minBallotsForComments: MIN_BALLOTS_FOR_COMMENTS,
    total: pub.total ? groupResults(survey, total, pub.totalQuestions) : null,
    departments,
    departmentsAreExample: i.departmentsAreExample,
    comments: total.ballots >= MIN_BALLOTS_FOR_COMMENTS ? shuffled(i.comments, i.random ?? Math.random) : null,
    departmentMoves: i.changeTeam ? [...moves.values()].reduce((a, n) => a + n, 0) : null,
  };
}

/**
 * The survey's final rounds whose total reached the threshold, oldest first: the total's figures
 * exactly as the round's results show them. `finalising` names closed rounds that are not sealed
 * yet; they have no figures until then.
 */
export function trend(survey: Survey, rounds: Array<{ round: Round; total: Tally }>, finalising: string[] = []): Trend {
  const scale = survey.questions.filter((q) => q.kind === 'scale');
  const points = rounds
    .filter((r) => r.total.ballots >= MIN_BALLOTS)
    .sort((a, b) => a.round.closesAt.localeCompare(b.round.closesAt))
    .map(({ round, total }) => {
      const g = groupResults(round.survey, total, tallyPublication(round.survey, new Map([['all', total]])).totalQuestions);
      const means: Record<string, number | null> = {};
      for (const q of g.questions) if (q.kind === 'scale') means[q.questionId] = q.mean;
      const enps = g.questions.find((q) => q.kind === 'enps');
      return { roundId: round.id, closesAt: round.closesAt, ballots: total.ballots, means, enps: enps && enps.kind === 'enps' ? enps.score : null };
    });
  return { surveyId: survey.id, title: survey.title, questions: scale.map((q) => ({ questionId: q.id, text: q.text })), points, finalising };
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let k = out.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [out[k], out[j]] = [out[j], out[k]];
  }
  return out;
}
