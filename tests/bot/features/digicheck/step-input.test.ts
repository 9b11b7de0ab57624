import fc from 'fast-check';
import { QUESTIONNAIRE as Q } from '../../../../bot/src/features/digicheck/questionnaire';
import { ANSWER_PREFIX, OZG_INPUT, parseStepInput, type StepProblem } from '../../../../bot/src/features/digicheck/step-input';

const DEPARTMENTS = new Set(['finanzen', 'buergerservice', 'bauen-umwelt']);
const CYCLE = '20270111-3f9a1c';
const ids = (step: number) => Q.dimensions[step].questions.map((q) => q.id);

/** A card submit of `step` with every question answered `level` (as the string Adaptive Cards send). */
const card = (step: number, over: Record<string, unknown> = {}, level: unknown = '2'): Record<string, unknown> => ({
  cycleId: CYCLE,
  step,
  move: 'next',
  ...(step === 0 && { department: 'finanzen' }),
  ...Object.fromEntries(ids(step).map((id) => [ANSWER_PREFIX + id, level])),
  ...over,
});
const parse = (data: unknown) => parseStepInput(Q, data, DEPARTMENTS);
const problemsOf = (data: unknown): StepProblem[] => {
  const r = parse(data);
  return r.ok ? [] : r.problems;
};
const without = (data: Record<string, unknown>, ...keys: string[]) => Object.fromEntries(Object.entries(data).filter(([k]) => !keys.includes(k)));

describe('DigiCheck card submit (parseStepInput): accepted', () => {
  it('a complete first card with the department; levels as strings or numbers', () => {
    expect(parse(card(0))).toEqual({ ok: true, input: { cycleId: CYCLE, step: 0, move: 'next', department: 'finanzen', answers: Object.fromEntries(ids(0).map((id) => [id, 2])) } });
    const numbers = parse(card(3, {}, 4));
    expect(numbers.ok && numbers.input.answers).toEqual(Object.fromEntries(ids(3).map((id) => [id, 4])));
    const spaced = parse(card(3, {}, ' 0 '));
    expect(spaced.ok && spaced.input.answers).toEqual(Object.fromEntries(ids(3).map((id) => [id, 0])));
  });

  it.each(['next', 'save', 'back', 'pause'])('a complete card with move %s', (move) => {
    const r = parse(card(2, { move }));
    expect(r.ok && r.input.move).toBe(move);
  });

  it.each(['pause', 'back'])('%s may leave questions open (keeps what is there)', (move) => {
    expect(parse({ cycleId: CYCLE, step: 1, move })).toEqual({ ok: true, input: { cycleId: CYCLE, step: 1, move, answers: {} } });
    const partial = parse({ cycleId: CYCLE, step: 1, move, [ANSWER_PREFIX + ids(1)[0]]: '3', [ANSWER_PREFIX + ids(1)[1]]: '' });
    expect(partial.ok && partial.input.answers).toEqual({ [ids(1)[0]]: 3 });
    // the department is only needed to go on from the first card
    expect(parse({ cycleId: CYCLE, step: 0, move }).ok).toBe(true);
  });

  it('the department is optional after the first card, and kept when given', () => {
    const r = parse(card(4, { department: 'bauen-umwelt' }));
    expect(r.ok && r.input.department).toBe('bauen-umwelt');
    const none = parse(card(4));
    expect(none.ok && 'department' in none.input).toBe(false);
    expect(parse(card(4, { department: '' })).ok).toBe(true);
  });

  it('the OZG answer: a level, null when left empty, absent when the card has no such field', () => {
    const given = parse(card(1, { [OZG_INPUT]: '3' }));
    expect(given.ok && given.input.ozg).toBe(3);
    const empty = parse(card(1, { [OZG_INPUT]: '' }));
    expect(empty.ok && empty.input.ozg).toBeNull();
    const absent = parse(card(1));
    expect(absent.ok && 'ozg' in absent.input).toBe(false);
  });
});

describe('DigiCheck card submit (parseStepInput): refused', () => {
  const first = ids(1)[0];

  it.each(['next', 'save'])('a missing answer on %s, named per question', (move) => {
    const data = card(1, { move, [ANSWER_PREFIX + ids(1)[1]]: '' });
    delete data[ANSWER_PREFIX + first];
    expect(problemsOf(data)).toEqual([{ code: 'missing', questionId: first }, { code: 'missing', questionId: ids(1)[1] }]);
  });

  it.each<[unknown]>([['7'], ['5'], ['-1'], ['2.5'], ['abc'], ['1e0'], ['0x2'], [{}], [[2]], [7], [-1], [2.5], [true], [Number.NaN], [Infinity]])('level %p is out of range (on every move)', (v) => {
    for (const move of ['next', 'save', 'back', 'pause']) {
      expect(problemsOf(card(1, { move, [ANSWER_PREFIX + first]: v }))).toEqual([{ code: 'out-of-range', questionId: first }]);
    }
  });

  it('an OZG value that is no level is out of range for the OZG question', () => {
    expect(problemsOf(card(1, { [OZG_INPUT]: '9' }))).toEqual([{ code: 'out-of-range', questionId: Q.ozg.id }]);
  });

  it.each([
    [ANSWER_PREFIX + ids(0)[0]], // a question of another dimension
    [ANSWER_PREFIX + Q.ozg.id], // the OZG question under a question field
    ['q.salary'],
    ['salary'],
    ['q.'],
    ['Q.' + ids(1)[0]],
  ])('an unknown field %s is refused and named', (field) => {
    expect(problemsOf(card(1, { [field]: '3' }))).toEqual([{ code: 'unknown-answer', field }]);
  });

  it('a very long unknown field name is cut in the problem', () => {
    const field = 'x'.repeat(500);
    expect(problemsOf(card(1, { [field]: '3' }))).toEqual([{ code: 'unknown-answer', field: 'x'.repeat(60) }]);
  });

  it('the department: needed to go on from the first card, and must be a configured one', () => {
    expect(problemsOf(without(card(0), 'department'))).toEqual([{ code: 'department' }]);
    expect(problemsOf(card(0, { department: '' }))).toEqual([{ code: 'department' }]);
    expect(problemsOf(card(0, { move: 'save', department: undefined }))).toEqual([{ code: 'department' }]);
    expect(problemsOf(card(0, { department: 'mars' }))).toEqual([{ code: 'department' }]);
    expect(problemsOf(card(3, { department: 'mars' }))).toEqual([{ code: 'department' }]);
    expect(problemsOf(card(3, { department: 7 }))).toEqual([{ code: 'department' }]);
    expect(problemsOf(card(3, { department: ['finanzen'] }))).toEqual([{ code: 'department' }]);
  });

  it('reports every problem of a card at once', () => {
    const data = card(0, { [ANSWER_PREFIX + ids(0)[1]]: '9', 'q.salary': '1' });
    delete data.department;
    delete data[ANSWER_PREFIX + ids(0)[0]];
    expect(problemsOf(data)).toEqual([
      { code: 'unknown-answer', field: 'q.salary' },
      { code: 'missing', questionId: ids(0)[0] },
      { code: 'out-of-range', questionId: ids(0)[1] },
      { code: 'department' },
    ]);
  });

  it.each<[string, unknown]>([
    ['step 6 (past the last card)', card(1, { step: Q.dimensions.length })],
    ['step -1', card(1, { step: -1 })],
    ['step 1.5', card(1, { step: 1.5 })],
    ['step as a string', card(1, { step: '1' })],
    ['step missing', without(card(1), 'step')],
    ['step NaN', card(1, { step: Number.NaN })],
    ['unknown move', card(1, { move: 'jump' })],
    ['move missing', without(card(1), 'move')],
    ['move not a string', card(1, { move: ['next'] })],
    ['cycleId too long', card(1, { cycleId: 'c'.repeat(61) })],
    ['cycleId empty', card(1, { cycleId: '' })],
    ['cycleId a number', card(1, { cycleId: 20270111 })],
    ['cycleId missing', without(card(1), 'cycleId')],
    ['an array', [card(1)]],
    ['an empty array', []],
    ['null', null],
    ['undefined', undefined],
    ['a string', JSON.stringify(card(1))],
    ['a number', 3],
  ])('%s is malformed', (_what, data) => {
    expect(problemsOf(data)).toEqual([{ code: 'malformed' }]);
  });

  it('a cycleId of exactly 60 characters is fine', () => {
    expect(parse(card(1, { cycleId: 'c'.repeat(60) })).ok).toBe(true);
  });
});

describe('DigiCheck card submit (parseStepInput): fuzzed', () => {
  it('never throws, and when it accepts, the answers are only this card\'s questions with whole levels 0–4', () => {
    const allFields = [...Q.dimensions.flatMap((d) => d.questions.map((q) => ANSWER_PREFIX + q.id)), ANSWER_PREFIX + Q.ozg.id];
    const field = fc.oneof(
      fc.constantFrom(...allFields, OZG_INPUT, 'department', 'cycleId', 'step', 'move', '__proto__', 'constructor', 'toString', 'hasOwnProperty'),
      fc.string().map((s) => ANSWER_PREFIX + s),
      fc.string(),
    );
    const value = fc.oneof(
      fc.constantFrom('0', '1', '2', '3', '4', ' 4 ', '04', '', 'finanzen', 'mars', 'next', 'back', 'pause', 'save', CYCLE),
      fc.integer({ min: -3, max: 8 }),
      fc.double(),
      fc.string(),
      fc.constant(null),
      fc.constant(undefined),
      fc.boolean(),
      fc.array(fc.string(), { maxLength: 2 }),
      fc.object({ maxDepth: 1 }),
    );
    const level = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('0', '1', '2', '3', '4', 0, 1, 2, 3, 4, ' 3 ', '04') }, { weight: 1, arbitrary: value });
    // Mostly well-formed cards (so that many are accepted), with a few fields broken or added.
    const cardLike = fc.integer({ min: 0, max: Q.dimensions.length - 1 }).chain((step) =>
      fc.record({
        full: fc.boolean(),
        cycleId: fc.oneof({ weight: 8, arbitrary: fc.constant(CYCLE) }, { weight: 1, arbitrary: fc.string({ maxLength: 70 }) }),
        step: fc.oneof({ weight: 8, arbitrary: fc.constant(step) }, { weight: 1, arbitrary: fc.oneof(fc.integer({ min: -1, max: 7 }), fc.double(), fc.string()) }),
        move: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('next', 'back', 'pause', 'save') }, { weight: 1, arbitrary: fc.string() }),
        answers: fc.dictionary(fc.constantFrom(...ids(step).map((id) => ANSWER_PREFIX + id)), level),
        department: fc.option(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...DEPARTMENTS) }, { weight: 1, arbitrary: value }), { nil: undefined }),
        ozg: fc.option(level, { nil: undefined }),
        extra: fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.dictionary(field, value, { maxKeys: 3 }) }),
      }).map(({ full, cycleId, step: s, move, answers, department, ozg, extra }) => ({
        ...(full ? card(step) : {}),
        cycleId,
        step: s,
        move,
        ...answers,
        ...(department !== undefined && { department }),
        ...(ozg !== undefined && { [OZG_INPUT]: ozg }),
        ...extra,
      })),
    );
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(cardLike, fc.anything({ withObjectString: true, withNullPrototype: true })), (data) => {
        const r = parse(data);
        if (!r.ok) {
          expect(r.problems.length).toBeGreaterThan(0);
          return;
        }
        const { input } = r;
        accepted++;
        expect(Number.isInteger(input.step) && input.step >= 0 && input.step < Q.dimensions.length).toBe(true);
        expect(['next', 'back', 'pause', 'save']).toContain(input.move);
        expect(typeof input.cycleId === 'string' && input.cycleId.length >= 1 && input.cycleId.length <= 60).toBe(true);
        const allowed = new Set(ids(input.step));
        for (const [id, level] of Object.entries(input.answers)) {
          expect(allowed.has(id)).toBe(true);
          expect(Number.isInteger(level) && level >= 0 && level <= 4).toBe(true);
        }
        if (input.move === 'next' || input.move === 'save') expect(Object.keys(input.answers).sort()).toEqual([...allowed].sort());
        if (input.ozg !== undefined && input.ozg !== null) expect(Number.isInteger(input.ozg) && input.ozg >= 0 && input.ozg <= 4).toBe(true);
        if (input.department !== undefined) expect(DEPARTMENTS.has(input.department)).toBe(true);
        if (input.step === 0 && (input.move === 'next' || input.move === 'save')) expect(input.department).toBeDefined();
        // nothing but the known fields came through
        expect(Object.keys(input).every((k) => ['cycleId', 'step', 'move', 'department', 'answers', 'ozg'].includes(k))).toBe(true);
      }),
      { numRuns: 2000 },
    );
    // the generator reaches the accepting paths often enough for the checks above to mean something
    expect(accepted).toBeGreaterThan(200);
  });
});
