import fc from 'fast-check';
import { ANSWER_PREFIX, MAX_TEXT_ANSWER, validateBallot } from '../../../../bot/src/features/pulse/ballot';
import { CHANGE_READINESS_PULSE as S } from '../../../../bot/src/features/pulse/default-survey';

const complete = (): Record<string, unknown> =>
  Object.fromEntries(S.questions.filter((q) => q.kind !== 'text').map((q) => [ANSWER_PREFIX + q.id, q.kind === 'scale' ? '4' : '9']));

describe('ballot validation', () => {
  it('accepts a complete submit, numbers as the strings Adaptive Cards send, and trims text', () => {
    const r = validateBallot(S, 'r1', { ...complete(), q_comment: '  Mehr Schulungen  ', action: 'pulse.submit' });
    expect(r).toEqual({ ok: true, ballot: { roundId: 'r1', answers: expect.objectContaining({ awareness: 4, enps: 9, comment: 'Mehr Schulungen' }) } });
  });

  it('names each missing required answer', () => {
    const input = complete();
    delete input.q_awareness;
    input.q_enps = '';
    const r = validateBallot(S, 'r1', input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ code: 'missing', questionId: 'awareness' }, { code: 'missing', questionId: 'enps' }]);
  });

  it.each([['0'], ['6'], ['3.5'], ['-1'], ['drei'], [[4]]])('rejects scale answer %j as out of range', (v) => {
    const r = validateBallot(S, 'r1', { ...complete(), q_desire: v });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ code: 'out-of-range', questionId: 'desire' }]);
  });

  it('rejects answers to questions the survey does not have (forged card data)', () => {
    const r = validateBallot(S, 'r1', { ...complete(), q_salary: '5' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ code: 'unknown-answer', field: 'q_salary' }]);
  });

  it('rejects an oversized open answer and says the limit', () => {
    const r = validateBallot(S, 'r1', { ...complete(), q_comment: 'x'.repeat(MAX_TEXT_ANSWER + 1) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([{ code: 'too-long', questionId: 'comment', max: MAX_TEXT_ANSWER }]);
  });

  it('never throws and never accepts anything outside the survey, whatever the card sends (fuzzed)', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null), fc.boolean(), fc.array(fc.string()));
    const field = fc.oneof(fc.constantFrom(...S.questions.map((q) => ANSWER_PREFIX + q.id)), fc.string().map((s) => ANSWER_PREFIX + s), fc.string());
    fc.assert(
      fc.property(fc.oneof(fc.dictionary(field, value), fc.anything()), (input) => {
        const r = validateBallot(S, 'r1', input);
        if (!r.ok) return;
        for (const q of S.questions) {
          const a = r.ballot.answers[q.id];
          if (a === undefined) expect(q.optional).toBe(true);
          else if (q.kind === 'scale') expect(Number.isInteger(a) && (a as number) >= 1 && (a as number) <= 5).toBe(true);
          else if (q.kind === 'enps') expect(Number.isInteger(a) && (a as number) >= 0 && (a as number) <= 10).toBe(true);
          else expect(typeof a === 'string' && a.length <= MAX_TEXT_ANSWER).toBe(true);
        }
        expect(Object.keys(r.ballot.answers).every((k) => S.questions.some((q) => q.id === k))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
