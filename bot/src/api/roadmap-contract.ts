/**
 * The roadmap part of the JSON contract (`/api/roadmap/…`): types only, shared by server and tab.
 * The runtime rules (zod schemas) live in bot/src/features/roadmap/model.ts and are checked
 * against these types at compile time.
 */

/**
 * Where an item stands. `proposed`: suggested (e.g. from a DigiCheck gap), not yet agreed;
 * `delayed` is still active; `cancelled` items stay for the record.
 */
export type RoadmapStatus = 'proposed' | 'planned' | 'in-progress' | 'done' | 'delayed' | 'cancelled';

/** Where an item came from, when it was made from a DigiCheck gap (links back to the result). */
export interface RoadmapOrigin {
  kind: 'digicheck';
  cycleId: string;
  /** The result group: a department id or `all`. */
  group: string;
  /** A DigiCheck dimension id. */
  dimension: string;
  /** The group's mean level (0–4) in that dimension when the item was made. */
  level: number;
  /** The change team's target level for the dimension. */
  target: number;
}

/** The body that takes a decision (German administrative bodies; labels in the tab). */
export type DecisionBody = 'council' | 'committee' | 'mayor' | 'executive-board' | 'department-head' | 'it-steering';

/** Where a decision stands. */
export type DecisionState = 'open' | 'decided' | 'rejected' | 'postponed';

/** Where the money for an item comes from. */
export type FundingSource = 'own-budget' | 'state-funding' | 'federal-funding' | 'eu-funding' | 'it-centre' | 'other';

/** A half-year, e.g. `2025-H1` (January–June) or `2025-H2` (July–December). */
export type HalfYear = string;

/** A dated checkpoint of an item. Dates are calendar days `YYYY-MM-DD`. */
export interface RoadmapMilestone {
  /** Stable within the item (used by the calendar export); 1–40 characters `[a-z0-9-]`. */
  id: string;
  title: string;
  date: string;
  done: boolean;
}

/** A decision an item needs before it can go on. */
export interface RoadmapDecision {
  id: string;
  title: string;
  body: DecisionBody;
  /** By when it must be taken (`YYYY-MM-DD`). */
  due: string;
  state: DecisionState;
  /** Free text, e.g. the council's resolution number. */
  note?: string;
}

/** Estimated money, in whole euros. */
export interface RoadmapInvestment {
  oneOff: number;
  yearly: number;
  funding: FundingSource;
  /** E.g. the name of a funding programme. */
  fundingNote?: string;
}

/** A citizen service the item affects, with its OZG maturity (0–4) before and after. */
export interface AffectedService {
  name: string;
  ozgBefore: number;
  ozgAfter: number;
}

/**
 * What an editor writes. When is given either as one half-year (`halfYear`, the program's
 * half-year projects) or as `start` and `end` dates (longer or exactly dated items) — never both.
 */
export interface RoadmapItemInput {
  title: string;
  description: string;
  /** An area id from `GET /api/roadmap/areas`. */
  area: string;
  halfYear?: HalfYear;
  start?: string;
  end?: string;
  status: RoadmapStatus;
  /** Who is responsible (a person or an office, free text). */
  owner: string;
  milestones: RoadmapMilestone[];
  /** Ids of items this one depends on. */
  dependsOn: string[];
  decisions: RoadmapDecision[];
  investment?: RoadmapInvestment;
  services: AffectedService[];
  /** Set when the item was made from a DigiCheck gap; kept through edits. */
  origin?: RoadmapOrigin;
}

/** A stored item as the API returns it. */
export interface RoadmapItem extends RoadmapItemInput {
  id: string;
  /** 1 for a new item, +1 per change. */
  version: number;
  /** Send it back with an edit; a stale one gets 409 with the current version. */
  etag: string;
  /** True for items loaded by `npm run seed` (shown as example data). */
  example: boolean;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** Derived: first and last calendar day the item spans. */
  from: string;
  to: string;
  /** Derived: the half-years the item touches, in order. */
  halfYears: HalfYear[];
  /** Derived: true when at least one decision is still open. */
  decisionNeeded: boolean;
}

/** `GET /api/roadmap/areas`: one area of the administration (a department or cross-cutting). */
export interface RoadmapArea {
  id: string;
  de: string;
  en: string;
  kind: 'department' | 'cross-cutting';
}

/** `GET /api/roadmap/areas` answer. */
export interface RoadmapAreas {
  areas: RoadmapArea[];
  /** True when the areas are the built-in example, not the municipality's configuration. */
  example: boolean;
}

/** `GET /api/roadmap/items` answer. */
export interface RoadmapItemList {
  items: RoadmapItem[];
  /** Half-years of the timeline, e.g. 2023-H1 … 2030-H2. */
  halfYears: HalfYear[];
}

/** One changed field in the history: JSON values before and after (absent = not set). */
export interface FieldChange {
  field: keyof RoadmapItemInput;
  before?: unknown;
  after?: unknown;
}

/** `GET /api/roadmap/items/:id/history`: one entry per change, newest first. */
export interface RoadmapHistoryEntry {
  version: number;
  at: string;
  by: string;
  kind: 'created' | 'changed';
  changes: FieldChange[];
}

/** `POST /api/roadmap/items` body: the item, with an id the client chose (a double click creates once). */
export interface RoadmapCreateRequest {
  /** 1–40 characters `[a-z0-9-]`; the tab sends a random UUID. */
  id: string;
  item: RoadmapItemInput;
}

/** `PUT /api/roadmap/items/:id` body: the whole item and the etag it was read with. */
export interface RoadmapUpdateRequest {
  etag: string;
  item: RoadmapItemInput;
}

/** `PATCH /api/roadmap/items/:id` body: some fields (e.g. a move) and the etag. */
export interface RoadmapPatchRequest {
  etag: string;
  changes: Partial<RoadmapItemInput>;
}

/** 409 answer to a stale edit: both versions, so the editor can review and retry. */
export interface RoadmapConflict {
  code: 'conflict';
  message: string;
  /** What is stored now (with its etag, to retry against). */
  current: RoadmapItem;
  /** What the editor tried to save. */
  yours: RoadmapItemInput;
  /** The fields where the two differ. */
  differing: Array<keyof RoadmapItemInput>;
}

/** Sums of one cell (half-year × area) or of a row or column of the totals. */
export interface InvestmentSum {
  oneOff: number;
  yearly: number;
  items: number;
}

/**
 * `GET /api/roadmap/totals`: estimated investment per half-year and area. An item counts in the
 * half-year it starts in (money is budgeted when a project starts); cancelled items do not count.
 */
export interface InvestmentTotals {
  halfYears: HalfYear[];
  areas: string[];
  /** `cells[halfYear][area]`; missing = nothing. */
  cells: Record<HalfYear, Record<string, InvestmentSum>>;
  byHalfYear: Record<HalfYear, InvestmentSum>;
  byArea: Record<string, InvestmentSum>;
  total: InvestmentSum;
}

/**
 * `POST /api/roadmap/items/:id/pulse` (change team, item must be `done`): a short pulse about the
 * item to its area, through the pulse machinery. Repeating it answers the round already made.
 */
export interface RoadmapFollowUpPulse {
  roundId: string;
  surveyId: string;
  opensAt: string;
  closesAt: string;
  /** Departments asked; empty = everyone (for a cross-cutting area). */
  departments: string[];
  created: boolean;
}
