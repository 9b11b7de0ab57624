import type { DepartmentResults, GroupResults, QuestionResult, RoundResults, RoundSummary, Trend } from '../../api/contract';
import type { Department } from '../people/departments';
import { roundState, type Round } from './round';
import { MIN_BALLOTS, MIN_BALLOTS_FOR_COMMENTS, visibleGroups } from './suppression';
import type { Survey } from './survey';
import { emptyTally, sumTallies, summarize, type Tally } from './tally';

/** The round as listed for the tab. */
export function roundSummary(round: Round, participation: number, now: Date): RoundSummary {
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

/** A group's figures with question texts; questions answered by fewer than the threshold are suppressed. */
export function groupResults(survey: Survey, tally: Tally): GroupResults {
  const figures = summarize(survey, tally);
  const questions: QuestionResult[] = figures.map((f) => {
    const q = survey.questions.find((x) => x.id === f.questionId)!;
    const suppressed = f.answered < MIN_BALLOTS;
    if (f.kind === 'scale' && q.kind === 'scale') {
      return suppressed
        ? { ...f, text: q.text, dimension: q.dimension, labels: q.labels, suppressed, distribution: [], mean: null, favourable: null, neutral: null, unfavourable: null }
        : { ...f, text: q.text, dimension: q.dimension, labels: q.labels, suppressed };
    }
    if (f.kind === 'enps') {
      return suppressed
        ? { ...f, text: q.text, suppressed, distribution: [], promoters: 0, passives: 0, detractors: 0, score: null }
        : { ...f, text: q.text, suppressed };
    }
    throw new Error(`unexpected question kind for ${f.questionId}`);
  });
  return { ballots: tally.ballots, questions };
}

/** Inputs of {@link roundResults}. */
export interface RoundResultsInput {
  round: Round;
  participation: number;
  /** Tally per department id. */
  tallies: Map<string, Tally>;
  comments: string[];
  departments: Department[];
  departmentsAreExample: boolean;
  now: Date;
  random?: () => number;
}

/**
 * What may be shown of a round: the total from {@link MIN_BALLOTS} ballots, departments after
 * threshold and complementary suppression, comments from {@link MIN_BALLOTS_FOR_COMMENTS} ballots
 * in random order. Hidden groups carry no figures at all, not even their ballot count.
 */
export function roundResults(i: RoundResultsInput): RoundResults {
  const survey = i.round.survey;
  const known = new Map(i.departments.map((d) => [d.id, d]));
  // Ballots from departments no longer configured still count in the total, under their id.
  const ids = [...new Set([...i.departments.map((d) => d.id), ...i.tallies.keys()])];
  const visibility = visibleGroups(ids.map((id) => ({ key: id, ballots: i.tallies.get(id)?.ballots ?? 0 })));
  const total = sumTallies(survey, [...i.tallies.values()]);
  const departments: DepartmentResults[] = ids.map((id) => {
    const d = known.get(id);
    const name = d ? { de: d.de, en: d.en } : { de: id, en: id };
    const shown = visibility.visible.has(id);
    return shown ? { id, name, shown, results: groupResults(survey, i.tallies.get(id) ?? emptyTally(survey)) } : { id, name, shown };
  });
  return {
    round: roundSummary(i.round, i.participation, i.now),
    minBallots: MIN_BALLOTS,
    minBallotsForComments: MIN_BALLOTS_FOR_COMMENTS,
    total: visibility.total ? groupResults(survey, total) : null,
    departments,
    departmentsAreExample: i.departmentsAreExample,
    comments: total.ballots >= MIN_BALLOTS_FOR_COMMENTS ? shuffled(i.comments, i.random ?? Math.random) : null,
  };
}

/** The survey's closed rounds whose total reached the threshold, oldest first. */
export function trend(survey: Survey, rounds: Array<{ round: Round; total: Tally }>): Trend {
  const scale = survey.questions.filter((q) => q.kind === 'scale');
  const points = rounds
    .filter((r) => r.total.ballots >= MIN_BALLOTS)
    .sort((a, b) => a.round.closesAt.localeCompare(b.round.closesAt))
    .map(({ round, total }) => {
      const g = groupResults(round.survey, total);
      const means: Record<string, number | null> = {};
      for (const q of g.questions) if (q.kind === 'scale') means[q.questionId] = q.mean;
      const enps = g.questions.find((q) => q.kind === 'enps');
      return { roundId: round.id, closesAt: round.closesAt, ballots: total.ballots, means, enps: enps && enps.kind === 'enps' ? enps.score : null };
    });
  return { surveyId: survey.id, title: survey.title, questions: scale.map((q) => ({ questionId: q.id, text: q.text })), points };
}

function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let k = out.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    [out[k], out[j]] = [out[j], out[k]];
  }
  return out;
}
