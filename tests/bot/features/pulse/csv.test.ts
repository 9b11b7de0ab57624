import { parse } from 'csv-parse/sync';
import type { RoundResults } from '../../../../bot/src/api/contract';
import { resultsCsv } from '../../../../bot/src/features/pulse/csv';

/** Cells a spreadsheet program would run as a formula (OWASP CSV injection). */
const FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A cell that is a plain (possibly negative) number: a spreadsheet reads it as a number, never as a formula. */
const NUMBER = /^-?\d+(\.\d+)?$/;

describe('pulse results CSV', () => {
  it('trust 17: department names and question texts starting with = + - @ tab or CR are made inert; a negative eNPS stays a number', () => {
    const text = (s: string) => ({ de: s, en: s });
    const results = {
      round: {}, minBallots: 5, minBallotsForComments: 10, departmentsAreExample: false, comments: null,
      total: {
        ballots: 12,
        questions: [
          { questionId: 'q1', kind: 'scale', text: text('=HYPERLINK("https://evil.example","Klick")'), labels: [], answered: 12, suppressed: false, distribution: [1, 2, 3, 4, 2], mean: 3.3, favourable: 0.5, neutral: 0.25, unfavourable: 0.25 },
          { questionId: 'enps', kind: 'enps', text: text('+cmd|\' /C calc\'!A0'), answered: 12, suppressed: false, distribution: [], promoters: 1, passives: 2, detractors: 9, score: -67 },
        ],
      },
      departments: [
        { id: 'a', name: text('@SUM(A1:A9)'), shown: false },
        { id: 'b', name: text('-1+2'), shown: false },
        { id: 'c', name: text('\tTab'), shown: false },
        { id: 'd', name: text('\rCR'), shown: false },
      ],
    } as unknown as RoundResults;
    const rows: string[][] = parse(resultsCsv(results, 'de'), { bom: true });
    const bad = rows.flat().filter((c) => FORMULA.test(c) && !NUMBER.test(c));
    const enps = rows[0].indexOf('eNPS');
    expect({ bad, enps: rows[2][enps], names: rows.slice(3).map((r) => r[0]) }).toEqual({
      bad: [], enps: '-67', names: ["'@SUM(A1:A9)", "'-1+2", "'\tTab", "'\rCR"],
    });
  });
});
