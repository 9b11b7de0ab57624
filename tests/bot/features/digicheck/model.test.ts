import { DIMENSION_IDS, MAX_LEVEL } from '../../../../bot/src/api/digicheck-contract';
import { allQuestions, cycleRequestSchema, DEFAULT_TARGET, fullTargets, problemsOf, questionnaireSchema, targetsSchema } from '../../../../bot/src/features/digicheck/model';
import { QUESTIONNAIRE } from '../../../../bot/src/features/digicheck/questionnaire';

/** Every target at 2.5, `over` replacing some. */
const targets = (over: Record<string, unknown> = {}) => ({ ...Object.fromEntries(DIMENSION_IDS.map((d) => [d, 2.5])), ...over });
const problems = (schema: { safeParse: (v: unknown) => any }, body: unknown): string[] => {
  const r = schema.safeParse(body);
  return r.success ? [] : problemsOf(r.error);
};
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v));

describe('DigiCheck questionnaire', () => {
  it('passes the questionnaire schema', () => {
    const r = questionnaireSchema.safeParse(QUESTIONNAIRE);
    expect(r.success ? [] : problemsOf(r.error)).toEqual([]);
  });

  it('has the six dimensions in their order, 2–4 questions each, five anchors per question', () => {
    expect(QUESTIONNAIRE.dimensions.map((d) => d.id)).toEqual([...DIMENSION_IDS]);
    expect(DIMENSION_IDS).toEqual(['strategy', 'readiness', 'people', 'data', 'interoperability', 'sustainability']);
    for (const d of QUESTIONNAIRE.dimensions) {
      expect(d.questions.length).toBeGreaterThanOrEqual(2);
      expect(d.questions.length).toBeLessThanOrEqual(4);
      for (const q of d.questions) expect(q.anchors).toHaveLength(MAX_LEVEL + 1);
    }
    expect(QUESTIONNAIRE.ozg.anchors).toHaveLength(MAX_LEVEL + 1);
  });

  it('has unique question ids (the OZG one included)', () => {
    const ids = [...allQuestions(QUESTIONNAIRE).map((q) => q.id), QUESTIONNAIRE.ozg.id];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]{1,39}$/);
  });

  it('says everything in German and English, both non-empty and different', () => {
    const texts: Array<[string, { de: string; en: string }]> = [];
    for (const d of QUESTIONNAIRE.dimensions) {
      texts.push([`${d.id}.title`, d.title], [`${d.id}.description`, d.description]);
      for (const q of [...d.questions]) {
        texts.push([`${q.id}.text`, q.text]);
        q.anchors.forEach((a, i) => texts.push([`${q.id}.anchors.${i}`, a]));
      }
    }
    texts.push([`${QUESTIONNAIRE.ozg.id}.text`, QUESTIONNAIRE.ozg.text]);
    QUESTIONNAIRE.ozg.anchors.forEach((a, i) => texts.push([`${QUESTIONNAIRE.ozg.id}.anchors.${i}`, a]));
    const bad = texts.filter(([, t]) => !t.de.trim() || !t.en.trim() || t.de.trim() === t.en.trim()).map(([where, t]) => `${where}: ${JSON.stringify(t)}`);
    expect(bad).toEqual([]);
  });

  it('the schema refuses a questionnaire that breaks the rules, saying where', () => {
    const swapped = clone(QUESTIONNAIRE);
    [swapped.dimensions[0], swapped.dimensions[1]] = [swapped.dimensions[1], swapped.dimensions[0]];
    expect(problems(questionnaireSchema, swapped)).toEqual(['dimensions.0.id: expected strategy', 'dimensions.1.id: expected readiness']);

    const dup = clone(QUESTIONNAIRE);
    dup.dimensions[1].questions[0].id = dup.dimensions[0].questions[0].id;
    expect(problems(questionnaireSchema, dup)).toEqual(['dimensions: question ids must be unique']);

    const one = clone(QUESTIONNAIRE);
    one.dimensions[2].questions = one.dimensions[2].questions.slice(0, 1);
    expect(problems(questionnaireSchema, one)).toEqual([expect.stringMatching(/^dimensions\.2\.questions: /)]);

    const five = clone(QUESTIONNAIRE);
    five.dimensions[0].questions = [...five.dimensions[0].questions, ...five.dimensions[0].questions].slice(0, 5).map((q, i) => ({ ...q, id: `x-${i}` }));
    expect(problems(questionnaireSchema, five)).toEqual([expect.stringMatching(/^dimensions\.0\.questions: /)]);

    const anchors = clone(QUESTIONNAIRE);
    anchors.dimensions[3].questions[1].anchors.pop();
    expect(problems(questionnaireSchema, anchors)).toEqual(['dimensions.3.questions.1.anchors: every question needs one anchor per level 0–4']);

    const noEnglish = clone(QUESTIONNAIRE);
    noEnglish.dimensions[4].title.en = '  ';
    expect(problems(questionnaireSchema, noEnglish)).toEqual([expect.stringMatching(/^dimensions\.4\.title\.en: /)]);

    const missingDim = clone(QUESTIONNAIRE);
    missingDim.dimensions.pop();
    expect(problems(questionnaireSchema, missingDim).length).toBeGreaterThan(0);
  });
});

describe('DigiCheck targets and cycle requests', () => {
  it.each([0, 4, 2.5, 0.5, 3.5, 1])('target %p is accepted', (t) => {
    expect(problems(targetsSchema, targets({ strategy: t }))).toEqual([]);
    expect(problems(cycleRequestSchema, { closesAt: '2027-01-29T18:00:00+01:00', targets: { data: t } })).toEqual([]);
  });

  it.each<[unknown, string]>([
    [4.5, 'targets are 0–4'],
    [5, 'targets are 0–4'],
    [-1, 'targets are 0–4'],
    [1.3, 'targets go in steps of 0.5'],
    ['3', 'a target is a number 0–4'],
    [null, 'a target is a number 0–4'],
  ])('target %p is refused: "%s"', (t, message) => {
    expect(problems(targetsSchema, targets({ strategy: t }))).toEqual([`strategy: ${message}`]);
    expect(problems(cycleRequestSchema, { closesAt: '2027-01-29T18:00:00+01:00', targets: { people: t } })).toEqual([`targets.people: ${message}`]);
  });

  it('refuses an unknown dimension and names it', () => {
    expect(problems(targetsSchema, targets({ culture: 3 }))).toEqual(["(body): Unrecognized key(s) in object: 'culture'"]);
    expect(problems(cycleRequestSchema, { closesAt: '2027-01-29T18:00:00+01:00', targets: { culture: 3 } })).toEqual(["targets: Unrecognized key(s) in object: 'culture'"]);
  });

  it('needs every dimension in a complete set of targets (PUT), not in a cycle request', () => {
    const { data: _omit, ...five } = targets();
    expect(problems(targetsSchema, five)).toEqual(['data: Required']);
    expect(problems(cycleRequestSchema, { closesAt: '2027-01-29T18:00:00+01:00', targets: { strategy: 3 } })).toEqual([]);
    expect(fullTargets({ strategy: 3 })).toEqual({ strategy: 3, readiness: DEFAULT_TARGET, people: DEFAULT_TARGET, data: DEFAULT_TARGET, interoperability: DEFAULT_TARGET, sustainability: DEFAULT_TARGET });
    expect(fullTargets(undefined)).toEqual(targets());
  });

  it.each<[unknown, string[]]>([
    [{ closesAt: '2027-01-29T18:00:00+01:00' }, []],
    [{ opensAt: '2027-01-11T08:00:00Z', closesAt: '2027-01-29T18:00:00Z' }, []],
    [{}, ['closesAt: closesAt is required (ISO date-time)']],
    [{ closesAt: 'next friday' }, ['closesAt: closesAt must be an ISO date-time, e.g. 2027-01-29T18:00:00+01:00']],
    [{ closesAt: '2027-01-29' }, ['closesAt: closesAt must be an ISO date-time, e.g. 2027-01-29T18:00:00+01:00']],
    [{ opensAt: 'soon', closesAt: '2027-01-29T18:00:00Z' }, ['opensAt: opensAt must be an ISO date-time, e.g. 2027-01-11T08:00:00+01:00']],
    [{ closesAt: '2027-01-29T18:00:00Z', colour: 'red' }, ["(body): Unrecognized key(s) in object: 'colour'"]],
    [{ closesAt: '2027-01-29T18:00:00Z', targets: { strategy: 5, data: 1.3 } }, ['targets.strategy: targets are 0–4', 'targets.data: targets go in steps of 0.5']],
  ])('cycle request %j → %j', (body, expected) => {
    expect(problems(cycleRequestSchema, body)).toEqual(expected);
  });
});
