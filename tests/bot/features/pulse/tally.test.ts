import { CHANGE_READINESS_PULSE as S } from '../../../../bot/src/features/pulse/default-survey';
import { addBallots, emptyTally, sumTallies, summarize, type EnpsResult, type ScaleResult } from '../../../../bot/src/features/pulse/tally';

const ballot = (awareness: number, enps: number) => ({ roundId: 'r', answers: { awareness, enps } });

describe('tally', () => {
  it('counts values, computes mean, favourable/neutral/unfavourable shares', () => {
    const t = addBallots(S, emptyTally(S), [ballot(5, 10), ballot(4, 9), ballot(3, 8), ballot(2, 5), ballot(5, 0)]);
    expect(t.ballots).toBe(5);
    const aw = summarize(S, t).find((r) => r.questionId === 'awareness') as ScaleResult;
    expect(aw.distribution).toEqual([0, 1, 1, 1, 2]);
    expect(aw.mean).toBe(3.8);
    expect([aw.favourable, aw.neutral, aw.unfavourable]).toEqual([0.6, 0.2, 0.2]);
  });

  it('computes eNPS as % promoters (9–10) minus % detractors (0–6)', () => {
    const t = addBallots(S, emptyTally(S), [ballot(3, 10), ballot(3, 9), ballot(3, 8), ballot(3, 6), ballot(3, 0)]);
    const e = summarize(S, t).find((r) => r.kind === 'enps') as EnpsResult;
    expect([e.promoters, e.passives, e.detractors, e.score]).toEqual([2, 1, 2, 0]);
  });

  it('reports no figures for a question nobody answered', () => {
    const r = summarize(S, emptyTally(S)).find((x) => x.questionId === 'desire') as ScaleResult;
    expect([r.answered, r.mean, r.favourable]).toEqual([0, null, null]);
  });

  it('sums department tallies into the total, leaving the inputs unchanged', () => {
    const a = addBallots(S, emptyTally(S), [ballot(5, 10)]);
    const b = addBallots(S, emptyTally(S), [ballot(1, 0), ballot(1, 1)]);
    const total = sumTallies(S, [a, b]);
    expect(total.ballots).toBe(3);
    expect(total.counts.awareness).toEqual([2, 0, 0, 0, 1]);
    expect(a.counts.awareness).toEqual([0, 0, 0, 0, 1]);
  });
});
