/**
 * Pure helpers of the change-team page: local date-times to ISO with offset, the survey
 * template, and where an imported text stops being JSON. No DOM and no React, so they are unit-tested in Node (tests/tab/change-team.forms.test.ts).
 */
const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/**
 * A `datetime-local` value (`2026-12-01T08:00`, the browser's local time) as an ISO date-time with
 * the local offset at that moment, as the API asks: `2026-12-01T08:00:00+01:00`.
 * A time that does not exist locally (skipped at the switch to summer time) moves forward, as
 * `Date` does.
 * @returns `undefined` for an empty or malformed value.
 */
export function localDateTimeToIso(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => Number(part ?? 0));
  const date = new Date(year, month - 1, day, hour, minute, second);
  if (Number.isNaN(date.getTime()) || date.getMonth() !== month - 1) return undefined;
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/** The browser's time zone name (`Europe/Berlin`), to say in which zone the times are meant. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
}

/** The first id of the form `my-pulse`, `my-pulse-2`, … that no survey has yet. */
export function freeSurveyId(taken: readonly string[], base = 'my-pulse'): string {
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/**
 * A starting point for a new survey: the first survey (the standard pulse) with a free id, as
 * indented JSON for the import field. (Typed structurally, so this file stays free of the API
 * client and its DOM code.)
 * @returns `undefined` when there is no survey to copy.
 */
export function surveyTemplate(surveys: ReadonlyArray<{ id: string }>): string | undefined {
  const [first] = surveys;
  if (!first) return undefined;
  const id = freeSurveyId(surveys.map((survey) => survey.id));
  return JSON.stringify({ ...first, id }, null, 2);
}

/** Where a text stops being JSON, as a reader counts: line and column from 1. */
export interface JsonPosition {
  line: number;
  column: number;
}

/**
 * Where `JSON.parse(text)` gave up, read from the browser's error (its wording is English and
 * differs per browser, so the tab shows only this position, in its own words):
 * Firefox and newer Chromium name `line 3 column 5`, older Chromium `at position 42`, and
 * "Unexpected end of JSON input" means the end of the text.
 * @returns `undefined` when the message names no position (e.g. Safari).
 */
export function jsonErrorPosition(text: string, error: unknown): JsonPosition | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const named = /line (\d+) column (\d+)/.exec(message);
  if (named) return { line: Number(named[1]), column: Number(named[2]) };
  const at = /at position (\d+)/.exec(message);
  const offset = at ? Number(at[1]) : /unexpected end of (json|data)/i.test(message) ? text.length : undefined;
  if (offset === undefined || offset > text.length) return undefined;
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}
