import fc from 'fast-check';
import { halfYearOf, halfYearSpan, isCalendarDay, itemInputSchema, problemsOf, programHalfYears, spanOf } from '../../../../bot/src/features/roadmap/model';
import { sampleItem } from './fixtures';

const problems = (body: unknown) => {
  const r = itemInputSchema.safeParse(body);
  return r.success ? [] : problemsOf(r.error, 'item');
};

describe('roadmap model: half-years and spans', () => {
  it('covers the program 2023-H1 … 2030-H2 (16 half-years)', () => {
    const all = programHalfYears();
    expect(all).toHaveLength(16);
    expect([all[0], all[15]]).toEqual(['2023-H1', '2030-H2']);
  });

  it('maps days to half-years and half-years to their first and last day', () => {
    expect(halfYearOf('2025-06-30')).toBe('2025-H1');
    expect(halfYearOf('2025-07-01')).toBe('2025-H2');
    expect(halfYearSpan('2024-H2')).toEqual({ from: '2024-07-01', to: '2024-12-31' });
  });

  it('derives the span of a dated item over several half-years', () => {
    expect(spanOf({ start: '2024-05-15', end: '2025-08-01' })).toEqual({ from: '2024-05-15', to: '2025-08-01', halfYears: ['2024-H1', '2024-H2', '2025-H1', '2025-H2'] });
    expect(spanOf({ halfYear: '2027-H1' }).halfYears).toEqual(['2027-H1']);
  });

  it('accepts only real calendar days', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2025-02-29')).toBe(false);
    expect(isCalendarDay('2025-13-01')).toBe(false);
    expect(isCalendarDay('25-01-01')).toBe(false);
  });
});

describe('roadmap model: validation says what is wrong, field by field', () => {
  it('accepts a complete item and fills defaults for omitted lists', () => {
    expect(problems(sampleItem())).toEqual([]);
    const { milestones, decisions, services, dependsOn, description, owner, investment, ...minimal } = sampleItem();
    const parsed = itemInputSchema.parse(minimal);
    expect(parsed).toMatchObject({ milestones: [], decisions: [], services: [], dependsOn: [], description: '', owner: '' });
  });

  it.each([
    [{ title: '   ' }, 'item.title: must not be empty'],
    [{ title: 'x'.repeat(201) }, 'item.title: at most 200 characters'],
    [{ status: 'finished' }, 'item.status: one of proposed, planned, in-progress, done, delayed, cancelled'],
    [{ halfYear: '2025-H3' }, 'item.halfYear: a half-year like 2025-H1'],
    [{ halfYear: '2031-H1' }, 'item.halfYear: a half-year within the program, 2023-H1 … 2030-H2'],
    [{ halfYear: undefined }, 'item.halfYear: give a half-year (e.g. 2025-H1) or start and end dates'],
    [{ start: '2025-01-01', end: '2025-03-01' }, 'item.halfYear: give either a half-year or start and end dates, not both'],
    [{ halfYear: undefined, start: '2025-05-01', end: '2025-03-01' }, 'item.end: the end must not be before the start'],
    [{ halfYear: undefined, end: '2025-03-01' }, 'item.start: a start date is needed with an end date'],
    [{ investment: { oneOff: -5, yearly: 0, funding: 'own-budget' } }, 'item.investment.oneOff: not negative'],
    [{ investment: { oneOff: 10.5, yearly: 0, funding: 'own-budget' } }, 'item.investment.oneOff: whole euros'],
    [{ investment: { oneOff: 1, yearly: 0, funding: 'lottery' } }, 'item.investment.funding: one of own-budget, state-funding, federal-funding, eu-funding, it-centre, other'],
    [{ services: [{ name: 'Wohngeld', ozgBefore: 0, ozgAfter: 5 }] }, 'item.services.0.ozgAfter: OZG levels are 0–4'],
    [{ milestones: [{ id: 'a', title: 'A', date: '2025-02-30', done: false }] }, 'item.milestones.0.date: a calendar day YYYY-MM-DD'],
    [{ milestones: [{ id: 'a', title: 'A', date: '2025-02-03', done: false }, { id: 'a', title: 'B', date: '2025-02-04', done: false }] }, 'item.milestones.1.id: id "a" is used twice'],
    [{ decisions: [{ id: 'd', title: 'D', body: 'king', due: '2025-01-01', state: 'open' }] }, 'item.decisions.0.body: one of council, committee, mayor, executive-board, department-head, it-steering'],
    [{ dependsOn: ['Not An Id'] }, 'item.dependsOn.0: ids are 1–40 lower-case letters, digits or dashes'],
    [{ surprise: true }, "item: Unrecognized key(s) in object: 'surprise'"],
  ])('%j → %s', (over, message) => {
    expect(problems({ ...sampleItem(), ...over })).toContain(message);
  });

  it('never throws on arbitrary input and names a field for every problem (fuzzed)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.record({ title: fc.anything(), area: fc.anything(), halfYear: fc.anything(), investment: fc.anything(), milestones: fc.anything() }, { requiredKeys: [] }), (any, partial) => {
        for (const body of [any, { ...sampleItem(), ...partial }]) {
          const r = itemInputSchema.safeParse(body);
          if (!r.success) for (const p of problemsOf(r.error, 'item')) expect(p).toMatch(/^item[.\w]*: \S/);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
