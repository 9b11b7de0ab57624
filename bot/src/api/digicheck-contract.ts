/**
 * The DigiCheck part of the JSON contract (`/api/digicheck/…`): types only, shared by server and tab.
 * Runtime rules (zod) live in bot/src/features/digicheck/.
 */

/** A text in both languages the app speaks. */
export interface CheckText {
  de: string;
  en: string;
}

/** The six dimensions (after the EU EDIH public-sector maturity assessment). */
export type DimensionId = 'strategy' | 'readiness' | 'people' | 'data' | 'interoperability' | 'sustainability';

/** The dimensions in the order the chat asks them and the radar draws them. */
export const DIMENSION_IDS: readonly DimensionId[] = ['strategy', 'readiness', 'people', 'data', 'interoperability', 'sustainability'];

/** Levels are whole numbers 0 … 4. */
export const MAX_LEVEL = 4;

/** One question, answered on levels 0–4; `anchors[n]` describes level n in words. */
export interface CheckQuestion {
  /** Unique in the questionnaire, `[a-z0-9-]`, e.g. `strategy-plan`. */
  id: string;
  text: CheckText;
  /** Exactly five: for levels 0, 1, 2, 3, 4. */
  anchors: CheckText[];
}

/** A dimension with its 2–4 questions. */
export interface CheckDimension {
  id: DimensionId;
  title: CheckText;
  /** One sentence on what the dimension covers. */
  description: CheckText;
  questions: CheckQuestion[];
}

/** The whole questionnaire (`GET /api/digicheck/questionnaire`). */
export interface Questionnaire {
  dimensions: CheckDimension[];
  /** The optional question about the OZG level (0–4) of the department's citizen services. */
  ozg: CheckQuestion;
}

/** Where a cycle stands. `closing`: past its end, being aggregated; answers are no longer taken. */
export type CycleState = 'scheduled' | 'open' | 'closing' | 'closed';

/** Target level per dimension, set by the change team (0–4, steps of 0.5). */
export type CheckTargets = Record<DimensionId, number>;

/** A cycle as listed (`GET /api/digicheck/cycles`, newest first). */
export interface CheckCycleSummary {
  id: string;
  opensAt: string;
  closesAt: string;
  state: CycleState;
  targets: CheckTargets;
  /** Completed assessments counted at closing; only for closed cycles. */
  respondents?: number;
  /** ETag of the cycle, for `PUT …/targets` (If-Match). */
  etag: string;
}

/** `POST /api/digicheck/cycles` (change team). */
export interface CheckCycleRequest {
  /** Omitted = now. */
  opensAt?: string;
  closesAt: string;
  /** Omitted dimensions get 2.5. */
  targets?: Partial<CheckTargets>;
}

/** `PUT /api/digicheck/cycles/:id/targets` (change team, header If-Match). */
export interface CheckTargetsRequest {
  targets: CheckTargets;
}

/** Figures of one group (a department or the whole administration). */
export interface CheckGroupResult {
  respondents: number;
  /** Mean level 0–4 per dimension (mean of its questions' means), rounded to 2 decimals. */
  dimensions: Record<DimensionId, number>;
  /** Same group's dimension means in the previous closed cycle, when that group was shown there. */
  previous?: Record<DimensionId, number>;
  /** Answer counts per question: `questions[id][level]`. */
  questions: Record<string, number[]>;
  /**
   * OZG level answers (optional question): counts per level 0–4 and mean. Absent when fewer than
   * `minRespondents` of the group answered it, or when hidden so that "whole minus the shown
   * departments" cannot reveal fewer than that many OZG answers.
   */
  ozg?: { counts: number[]; mean: number };
}

/** A department's line in the results: its figures, or hidden (below the threshold or complementary). */
export interface CheckDepartmentResult {
  department: string;
  /** `null` when hidden: fewer than the threshold, or hidden so a small group cannot be recovered. */
  result: CheckGroupResult | null;
}

/** A roadmap item made from a gap (or otherwise linked to it). */
export interface CheckLinkedItem {
  id: string;
  title: string;
  status: string;
}

/** A dimension of a shown group below the change team's target. */
export interface CheckGap {
  /** A department id, or `all` for the whole administration. */
  group: string;
  /** The roadmap area a proposed item gets: the department, or for `all` the first cross-cutting area. */
  area: string;
  dimension: DimensionId;
  level: number;
  target: number;
  /** Roadmap items made from this gap. */
  linkedItems: CheckLinkedItem[];
}

/**
 * `GET /api/digicheck/cycles/:id/results` — only for closed cycles: once, final. A scheduled or open
 * cycle answers 403 `cycle-open`; one past its closing time that is not aggregated and closed yet
 * answers 409 `being-finalised` (no figure at all).
 */
export interface CheckResults {
  cycle: CheckCycleSummary;
  /** The closed cycle before this one, if any (source of `previous`). */
  previousCycleId?: string;
  /** Groups are shown from this many completed assessments. */
  minRespondents: number;
  /** `null` when the whole administration has fewer than `minRespondents`. */
  whole: CheckGroupResult | null;
  departments: CheckDepartmentResult[];
  /** Ordered by how far below target (largest first). */
  gaps: CheckGap[];
}

/** `POST /api/digicheck/cycles/:id/gaps` (editor): turn a gap into a proposed roadmap item. */
export interface CheckGapRequest {
  group: string;
  dimension: DimensionId;
}

/** Answer to a gap → roadmap request: the item (new: 201, existing: 200). */
export interface CheckGapResponse {
  item: CheckLinkedItem;
  created: boolean;
}
