import { stringify } from 'csv-stringify/sync';

/**
 * The one way DigiPuls writes a CSV download: UTF-8 with a BOM (so spreadsheet programs read
 * umlauts) and csv-stringify's own `escape_formulas`, which puts an apostrophe before any text
 * cell starting with `=`, `+`, `-`, `@`, tab or CR (and their full-width forms) — a title such
 * as `=HYPERLINK(…)` stays text instead of becoming a live formula in Excel or LibreOffice
 * (OWASP "CSV injection"). Cells that are JavaScript numbers are left as they are, so a negative
 * figure (an eNPS of −20, a negative amount) stays a number the spreadsheet can calculate with:
 * pass figures as numbers, never pre-formatted strings.
 */
export function spreadsheetCsv(rows: unknown[][]): string {
  return '\uFEFF' + stringify(rows, { escape_formulas: true });
}
