/**
 * Typed client for the pulse results API (`bot/src/features/pulse/api.ts`). Only aggregates
 * travel here: the server has already applied every anonymity rule (thresholds, complementary
 * suppression, comment threshold), and the tab shows what it gets without recomputing any of it.
 */
import { apiList, apiRequest, ApiError, downloadFile, type RequestOptions } from './client';
import { problemLines } from './problems';
import type { ApiErrorBody, LocalizedText, RoundResults, RoundSummary, Trend } from './types';

export type { RoundResults, RoundSummary, Trend } from './types';

const roundPath = (roundId: string) => `pulse/rounds/${encodeURIComponent(roundId)}`;

/** `GET /api/pulse/rounds`: every round, newest first. */
export function getRounds(options?: RequestOptions): Promise<RoundSummary[]> {
  return apiList<RoundSummary>('pulse/rounds', options);
}

/**
 * `GET /api/pulse/rounds/:id/results`: the aggregates of a closed round.
 * @throws {@link ApiError}: 403 with code `round-open` while the round runs, 404 `not-found`
 *   for an unknown round (see {@link apiErrorCode}).
 */
export function getRoundResults(roundId: string, options?: RequestOptions): Promise<RoundResults> {
  return apiRequest<RoundResults>(`${roundPath(roundId)}/results`, options);
}

/** `GET /api/pulse/trend?surveyId=…`: closed rounds of a survey above the threshold, oldest first. */
export function getTrend(surveyId: string, options?: RequestOptions): Promise<Trend> {
  return apiRequest<Trend>(`pulse/trend?surveyId=${encodeURIComponent(surveyId)}`, options);
}

/**
 * Where the CSV download of a closed round's aggregates lives (same origin, for a plain link);
 * `lang` picks the language of its headings and group names.
 */
export function roundResultsCsvUrl(roundId: string, lang: 'de' | 'en'): string {
  return `/api/${roundPath(roundId)}/results.csv?lang=${lang}`;
}

/**
 * Downloads the CSV inside Teams, where the API needs the SSO token that a plain link cannot
 * send: fetches it with the token and saves it under the server's file name. (Outside Teams the
 * plain link downloads it by itself.)
 * @throws {@link ApiError} when the server refuses or cannot be reached.
 */
export function downloadRoundResultsCsv(roundId: string, lang: 'de' | 'en'): Promise<void> {
  return downloadFile(roundResultsCsvUrl(roundId, lang), `digipuls-${roundId}.csv`);
}

/** The `code` of an API error body (`round-open`, `not-found`, …), if the server sent one. */
export function apiErrorCode(error: unknown): string | undefined {
  if (!(error instanceof ApiError) || !error.body || typeof error.body !== 'object') return undefined;
  const { code } = error.body as Partial<ApiErrorBody>;
  return typeof code === 'string' ? code : undefined;
}

/**
 * A survey definition as `GET/POST /api/pulse/surveys` carry it. The contract has no type for it
 * (the server validates with its zod schema in `bot/src/features/pulse/survey.ts`), so the tab
 * names only what it reads and keeps the rest as the server sent it.
 */
export interface SurveyDefinition {
  id: string;
  title: LocalizedText;
  questions: unknown[];
  [field: string]: unknown;
}

/** Body of `POST /api/pulse/rounds` (validated by `roundRequestSchema` in `bot/src/features/pulse/round.ts`). */
export interface RoundRequest {
  surveyId: string;
  /** ISO date-times with offset, e.g. `2026-12-01T08:00:00+01:00`. */
  opensAt: string;
  closesAt: string;
  /** Department ids; empty or missing = everyone. */
  departments?: string[];
  /** `count` rounds in all, one every `everyDays` days. */
  repeat?: { everyDays: number; count: number };
}

/** `GET /api/pulse/surveys` (change team): every survey definition. */
export function getSurveys(options?: RequestOptions): Promise<SurveyDefinition[]> {
  return apiRequest<SurveyDefinition[]>('pulse/surveys', options);
}

/**
 * `POST /api/pulse/surveys` (change team): stores a new survey definition.
 * @returns the survey as stored (defaults filled in).
 * @throws {@link ApiError}: 400 `invalid-survey` with every problem in `errors` (see
 *   {@link apiErrorLines}), 409 `exists` when the id is taken.
 */
export function createSurvey(definition: unknown, options?: RequestOptions): Promise<SurveyDefinition> {
  return apiRequest<SurveyDefinition>('pulse/surveys', { ...options, method: 'POST', json: definition });
}

/**
 * `POST /api/pulse/rounds` (change team): schedules one round, or `repeat.count` rounds.
 * @returns the rounds created, in time order.
 * @throws {@link ApiError}: 400 `invalid-round` with the problems in `errors` or `message`.
 */
export function scheduleRounds(request: RoundRequest, options?: RequestOptions): Promise<RoundSummary[]> {
  return apiRequest<RoundSummary[]>('pulse/rounds', { ...options, method: 'POST', json: request });
}

/**
 * The server's explanation of a refused request as lines in the reader's language (see
 * {@link problemLines}); empty for other failures.
 */
export const apiErrorLines = problemLines;
