import type { Ballot } from './ballot';
import { HIDDEN_GROUPS, publication, type Publication } from './suppression';
import type { Survey } from './survey';

/**
 * Counters for one group (a department, or everyone) in one round: how many ballots, and per
 * question how often each value was chosen. Open-text answers are not counted here; they are
 * stored apart as comments.
 */
export interface Tally {
  ballots: number;
  /** Scale: index 0–4 for values 1–5; eNPS: index 0–10 for values 0–10. */
  counts: Record<string, number[]>;
}

/** An empty tally shaped for the survey. */
export function emptyTally(survey: Survey): Tally {
  const counts: Record<string, number[]> = {};
  for (const q of survey.questions) {
    if (q.kind === 'scale') counts[q.id] = [0, 0, 0, 0, 0];
    if (q.kind === 'enps') counts[q.id] = new Array(11).fill(0);
  }
  return { ballots: 0, counts };
}

/** Adds ballots to a tally (returns a new tally; the input is not changed). */
export function addBallots(survey: Survey, tally: Tally, ballots: Ballot[]): Tally {
  const next: Tally = { ballots: tally.ballots, counts: Object.fromEntries(Object.entries(tally.counts).map(([k, v]) => [k, [...v]])) };
  for (const b of ballots) {
    next.ballots++;
    for (const q of survey.questions) {
      const v = b.answers[q.id];
      if (typeof v !== 'number') continue;
      const row = (next.counts[q.id] ??= q.kind === 'scale' ? [0, 0, 0, 0, 0] : new Array(11).fill(0));
      row[q.kind === 'scale' ? v - 1 : v]++;
    }
  }
  return next;
}

/** Sums tallies (e.g. departments into the total). */
export function sumTallies(survey: Survey, tallies: Tally[]): Tally {
  const out = emptyTally(survey);
  for (const t of tallies) {
    out.ballots += t.ballots;
    for (const [qid, row] of Object.entries(t.counts)) {
      const target = (out.counts[qid] ??= new Array(row.length).fill(0));
      row.forEach((c, i) => (target[i] += c));
    }
  }
  return out;
}

/** The counted (scale and eNPS) questions of a survey; open text is never tallied. */
const countedQuestions = (survey: Survey) => survey.questions.filter((q) => q.kind !== 'text').map((q) => q.id);
const answeredIn = (row: number[] | undefined) => (row ?? []).reduce((a, b) => a + b, 0);

/**
 * What may be published of a round's department tallies (threshold, complementary per group and
 * per question). `moves`: the department moves counted during the round (PeopleStore.movesInto);
 * that many of a department's ballots count towards no threshold (trust point 11).
 */
export function tallyPublication(survey: Survey, tallies: Map<string, Tally>, moves: ReadonlyMap<string, number> = new Map()): Publication {
  const questions = countedQuestions(survey);
  const groups = [...tallies].map(([key, t]) => ({ key, ballots: t.ballots, moved: moves.get(key) ?? 0, answered: Object.fromEntries(questions.map((q) => [q, answeredIn(t.counts[q])])) }));
  return publication(groups, questions);
}

/**
 * The tallies a sealed round keeps: only what is published stays under its department; every
 * department that is not published (below the threshold or hidden complementarily), and every
 * hidden question cell of a published one, is added into one {@link HIDDEN_GROUPS} tally. So no
 * stored row lets someone who knows who works where narrow a small department's answers down,
 * while the published figures stay exactly the same (the total is the sum of all rows, and
 * {@link tallyPublication} of the result shows the same groups and cells, with or without the
 * same `moves`). Safe to repeat.
 */
export function sealTallies(survey: Survey, tallies: Map<string, Tally>, moves: ReadonlyMap<string, number> = new Map()): Map<string, Tally> {
  const pub = tallyPublication(survey, tallies, moves);
  const hidden = emptyTally(survey);
  const addRow = (q: string, row: number[]) => {
    const target = (hidden.counts[q] ??= new Array(row.length).fill(0));
    row.forEach((c, i) => (target[i] += c));
  };
  const out = new Map<string, Tally>();
  for (const [key, t] of tallies) {
    if (!pub.groups.has(key)) {
      hidden.ballots += t.ballots;
      for (const [q, row] of Object.entries(t.counts)) addRow(q, row);
      continue;
    }
    const kept: Tally = { ballots: t.ballots, counts: {} };
    for (const [q, row] of Object.entries(t.counts)) {
      if (pub.cells.get(q)?.has(key)) kept.counts[q] = [...row];
      else addRow(q, row);
    }
    out.set(key, kept);
  }
  if (hidden.ballots > 0 || Object.values(hidden.counts).some((row) => answeredIn(row) > 0)) out.set(HIDDEN_GROUPS, hidden);
  return out;
}

/** Figures for one scale question. */
export interface ScaleResult {
  questionId: string;
  kind: 'scale';
  answered: number;
  /** Count per value 1–5. */
  distribution: number[];
  /** Mean on the 1–5 scale, 2 decimals; null without answers. */
  mean: number | null;
  /** Share (0–1) answering 4 or 5; neutral 3; unfavourable 1–2. */
  favourable: number | null;
  neutral: number | null;
  unfavourable: number | null;
}

/** Figures for the eNPS question. */
export interface EnpsResult {
  questionId: string;
  kind: 'enps';
  answered: number;
  /** Count per value 0–10. */
  distribution: number[];
  promoters: number;
  passives: number;
  detractors: number;
  /** % promoters − % detractors, −100 … +100, rounded; null without answers. */
  score: number | null;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Turns a tally into per-question figures, in the survey's order. */
export function summarize(survey: Survey, tally: Tally): Array<ScaleResult | EnpsResult> {
  const out: Array<ScaleResult | EnpsResult> = [];
  for (const q of survey.questions) {
    const row = tally.counts[q.id];
    if (q.kind === 'scale') {
      const d = row ?? [0, 0, 0, 0, 0];
      const n = d.reduce((a, b) => a + b, 0);
      const sum = d.reduce((a, c, i) => a + c * (i + 1), 0);
      out.push({
        questionId: q.id,
        kind: 'scale',
        answered: n,
        distribution: d,
        mean: n ? round2(sum / n) : null,
        favourable: n ? round2((d[3] + d[4]) / n) : null,
        neutral: n ? round2(d[2] / n) : null,
        unfavourable: n ? round2((d[0] + d[1]) / n) : null,
      });
    } else if (q.kind === 'enps') {
      const d = row ?? new Array(11).fill(0);
      const n = d.reduce((a, b) => a + b, 0);
      const promoters = d[9] + d[10];
      const detractors = d.slice(0, 7).reduce((a, b) => a + b, 0);
      out.push({
        questionId: q.id,
        kind: 'enps',
        answered: n,
        distribution: d,
        promoters,
        passives: n - promoters - detractors,
        detractors,
        score: n ? Math.round(((promoters - detractors) / n) * 100) : null,
      });
    }
  }
  return out;
}
