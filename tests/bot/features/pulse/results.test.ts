import { CHANGE_READINESS_PULSE as S } from '../../../../bot/src/features/pulse/default-survey';
import { resultsCsv } from '../../../../bot/src/features/pulse/csv';
import { EXAMPLE_DEPARTMENTS } from '../../../../bot/src/features/people/departments';
import { roundResults } from '../../../../bot/src/features/pulse/results';
import { addBallots, emptyTally } from '../../../../bot/src/features/pulse/tally';
import type { Round } from '../../../../bot/src/features/pulse/round';

const round: Round = { id: 'r1', survey: S, opensAt: '2026-11-01T08:00:00Z', closesAt: '2026-11-15T08:00:00Z', departments: [] };
const tallyOf = (n: number, awareness = 4) =>
  addBallots(S, emptyTally(S), Array.from({ length: n }, () => ({ roundId: '', answers: { awareness, enps: 9 } })));
const input = (tallies: Record<string, number>, comments: string[] = []) => ({
  round,
  participation: Object.values(tallies).reduce((a, b) => a + b, 0),
  tallies: new Map(Object.entries(tallies).map(([k, n]) => [k, tallyOf(n)])),
  comments,
  departments: EXAMPLE_DEPARTMENTS,
  departmentsAreExample: true,
  now: new Date('2026-11-20T00:00:00Z'),
});

describe('round results (what may be shown)', () => {
  it('shows nothing but the participation when the whole administration has fewer than 5 ballots', () => {
    const r = roundResults(input({ finanzen: 4 }, ['a', 'b']));
    expect(r.total).toBeNull();
    expect(r.comments).toBeNull();
    expect(r.departments.every((d) => !d.shown && d.results === undefined)).toBe(true);
    expect(r.round.participation).toBe(4);
  });

  it('hides a small department and, complementarily, the smallest shown one; hidden ones carry no figures', () => {
    const r = roundResults(input({ finanzen: 8, 'zentrale-dienste': 6, buergerservice: 2 }));
    expect(r.total?.ballots).toBe(16);
    const byId = Object.fromEntries(r.departments.map((d) => [d.id, d]));
    expect(byId.finanzen.shown).toBe(true);
    expect(byId['zentrale-dienste']).toEqual({ id: 'zentrale-dienste', name: { de: 'Zentrale Dienste', en: 'Central services' }, shown: false });
    expect(byId.buergerservice.shown).toBe(false);
    expect(JSON.stringify(byId.buergerservice)).not.toMatch(/ballots|2/);
  });

  it('shows comments only from 10 ballots, all of them, in random order', () => {
    expect(roundResults(input({ finanzen: 9 }, ['x'])).comments).toBeNull();
    const comments = Array.from({ length: 10 }, (_, i) => `c${i}`);
    const r = roundResults({ ...input({ finanzen: 10 }, comments), random: () => 0 });
    expect([...(r.comments ?? [])].sort()).toEqual([...comments].sort());
    expect(r.comments).not.toEqual(comments);
  });

  it('suppresses the figures of a question that fewer than 5 people answered', () => {
    const r = roundResults(input({ finanzen: 6 }));
    const desire = r.total?.questions.find((q) => q.questionId === 'desire'); // nobody answered it in this data
    expect(desire).toMatchObject({ suppressed: true, distribution: [], mean: null });
    expect(r.total?.questions.find((q) => q.questionId === 'awareness')).toMatchObject({ suppressed: false, mean: 4, favourable: 1 });
  });

  it('exports the same aggregates as CSV without ids, hidden groups without figures', () => {
    const csv = resultsCsv(roundResults(input({ finanzen: 8, 'zentrale-dienste': 6, buergerservice: 2 })), 'de');
    expect(csv.startsWith('\uFEFFGruppe,Frage-ID,Frage')).toBe(true);
    expect(csv).toContain('Gesamte Verwaltung,awareness');
    expect(csv).toContain('Zentrale Dienste,,zu wenige Antworten – nicht ausgewiesen');
    expect(csv).not.toMatch(/r1|personKey|aad/i);
    expect(resultsCsv(roundResults(input({ finanzen: 8 })), 'en')).toContain('Whole administration,awareness');
  });
});
