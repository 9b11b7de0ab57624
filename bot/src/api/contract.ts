/**
 * The JSON contract between the server and the tab: types only, no runtime imports, so the tab
 * imports this very file (one contract, never two copies).
 */

/** `GET /healthz`: 200 with `ok` when storage answers, 503 with `degraded` when it does not. */
export interface HealthStatus {
  status: 'ok' | 'degraded';
  storage: 'reachable' | 'unreachable';
  /** The server's version (package.json). */
  version: string;
}

/** `GET /api/info`: public facts about this installation that the tab shows (no secrets). */
export interface InstallationInfo {
  version: string;
  municipalityName: string;
  defaultLocale: 'de' | 'en';
  /** True when the bot runs without Bot Framework authentication (local development). */
  anonymousBot: boolean;
}

/** A text in both languages. */
export interface LocalizedText {
  de: string;
  en: string;
}

/** `GET /api/pulse/rounds`: one entry per round, newest first. */
export interface RoundSummary {
  id: string;
  surveyId: string;
  title: LocalizedText;
  opensAt: string;
  closesAt: string;
  state: 'scheduled' | 'open' | 'closed';
  /** Department ids the round is for; empty = everyone. */
  departments: string[];
  /**
   * How many people took part (not what they answered): exact once the round is final; while it
   * runs only for the change team, rounded down to a multiple of 5; otherwise `null` (viewers
   * while it runs, everyone while it is being finalised).
   */
  participation: number | null;
  /**
   * True once the round is closed and sealed: only then are there results, and they never change.
   * A closed round that is not final yet is "being finalised": no figure at all.
   */
  final: boolean;
}

/** Figures of one 1–5 scale question for one group. */
export interface ScaleQuestionResult {
  questionId: string;
  kind: 'scale';
  text: LocalizedText;
  dimension?: string;
  /** Labels of the points 1–5. */
  labels: LocalizedText[];
  /** How many answered; `null` when suppressed. */
  answered: number | null;
  /**
   * True when fewer than the threshold answered this (optional) question in this group, or when it
   * is hidden so that "total minus the shown groups" cannot reveal fewer than 5 answers: no figures.
   */
  suppressed: boolean;
  /** Count per value 1–5 (empty when suppressed). */
  distribution: number[];
  /** Mean on 1–5; shares 0–1 (4–5 favourable, 3 neutral, 1–2 unfavourable). */
  mean: number | null;
  favourable: number | null;
  neutral: number | null;
  unfavourable: number | null;
}

/** Figures of the eNPS question for one group. */
export interface EnpsQuestionResult {
  questionId: string;
  kind: 'enps';
  text: LocalizedText;
  /** How many answered; `null` when suppressed. */
  answered: number | null;
  /** As for scale questions: no figures when true. */
  suppressed: boolean;
  /** Count per value 0–10 (empty when suppressed). */
  distribution: number[];
  promoters: number;
  passives: number;
  detractors: number;
  /** % promoters − % detractors, −100 … +100. */
  score: number | null;
}

export type QuestionResult = ScaleQuestionResult | EnpsQuestionResult;

/** A group's figures (shown only from the anonymity threshold on). */
export interface GroupResults {
  ballots: number;
  questions: QuestionResult[];
}

/** A department in the results: its figures, or hidden (threshold or complementary suppression). */
export interface DepartmentResults {
  id: string;
  name: LocalizedText;
  shown: boolean;
  /** Present only when shown. */
  results?: GroupResults;
}

/**
 * `GET /api/pulse/rounds/:id/results` (and `results.csv`): final rounds only. An open round answers
 * 403 `round-open` (to everyone, the change team included: no interim figures), a closed round
 * that is not sealed yet 409 `being-finalised`.
 */
export interface RoundResults {
  round: RoundSummary;
  /** Minimum ballots for a group's figures, and for comments. */
  minBallots: number;
  minBallotsForComments: number;
  /** The whole administration; null when it has fewer ballots than the threshold. */
  total: GroupResults | null;
  departments: DepartmentResults[];
  departmentsAreExample: boolean;
  /** Open-text comments in random order; null below the comment threshold. */
  comments: string[] | null;
  /**
   * How many department changes were counted while the round was open, all departments together
   * (their ballots count towards no threshold, trust point 11). The change team only; null for
   * everyone else. Never per department: a small count there would point at the newcomers.
   */
  departmentMoves: number | null;
}

/** One closed round in a trend. */
export interface TrendPoint {
  roundId: string;
  closesAt: string;
  ballots: number;
  /** Mean per scale question (null when suppressed). */
  means: Record<string, number | null>;
  enps: number | null;
}

/** `GET /api/pulse/trend?surveyId=…`: the same survey across closed rounds, oldest first. */
export interface Trend {
  surveyId: string;
  title: LocalizedText;
  /** Scale questions, for labelling the lines. */
  questions: Array<{ questionId: string; text: LocalizedText }>;
  /** Only final rounds whose total reached the threshold. */
  points: TrendPoint[];
  /** Closed rounds still being finalised (sealed shortly): no figures for them yet. */
  finalising: string[];
}

/** Error body of every JSON API route. */
export interface ApiErrorBody {
  /** Stable, machine-readable reason, e.g. `invalid-token`, `not-found`, `internal`. */
  code: string;
  /** Safe to show; never a library's or storage's internal message. */
  message: string;
  /** Id of the request, also in the `x-request-id` header and in the server log (set by the server). */
  requestId?: string;
  /** A 400's problems, one per field: the tab translates each `code` (never `message`). */
  errors?: FieldProblem[];
}

/**
 * One problem of a refused request body: where (`questions.0.text.de`), a stable `code`
 * (`required`, `too_small`, `invalid_date`, `closesAt.beforeOpensAt`, …) with its `params`
 * (`min`, `max`, …), and an English `message` for logs and API users.
 */
export interface FieldProblem {
  path: string;
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

/** `GET /api/feedback/board`: answered feedback; `question` is the original text only if its author allowed it. */
export interface FeedbackBoardEntry {
  id: string;
  question: string;
  /** True when `question` is the author's own words; false when it is the change team's summary. */
  original: boolean;
  answer: string;
  answeredAt: string;
}

/** `GET /api/feedback` (change team): every item, without any author (none is stored). */
export interface FeedbackItem {
  id: string;
  text: string;
  mayPublish: boolean;
  lang: 'de' | 'en';
  /** The day it arrived (YYYY-MM-DD): no finer time is stored, so it cannot be lined up with other activity. */
  receivedAt: string;
  topic?: string;
  answer?: string;
  answeredAt?: string;
  /** Send it back with the answer: a stale one gets 409. */
  etag: string;
}

/** `GET /api/me`: who the tab is signed in as, and what they may do. */
export interface Me {
  name: string;
  roles: Array<'viewer' | 'editor' | 'changeTeam' | 'announcer' | 'admin'>;
  /** How sign-in works on this server: Teams SSO, the local development identity. */
  signIn: 'sso' | 'development';
}
