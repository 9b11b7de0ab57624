import { CHANGE_READINESS_PULSE } from '../../../../bot/src/features/pulse/default-survey';
import { parseSurvey } from '../../../../bot/src/features/pulse/survey';

describe('survey definitions', () => {
  it('the standard change-readiness pulse is valid: ADKAR stages, readiness factors, eNPS, one open question', () => {
    const r = parseSurvey(CHANGE_READINESS_PULSE);
    expect(r.ok).toBe(true);
    const dims = CHANGE_READINESS_PULSE.questions.map((q) => ('dimension' in q ? q.dimension : q.kind));
    expect(dims).toEqual([
      'awareness', 'desire', 'knowledge', 'ability', 'reinforcement',
      'appropriateness', 'management-support', 'efficacy', 'personal-benefit', 'enps', 'text',
    ]);
  });

  it('labels every point of every scale in both languages', () => {
    for (const q of CHANGE_READINESS_PULSE.questions) {
      if (q.kind !== 'scale') continue;
      expect(q.labels).toHaveLength(5);
      for (const l of q.labels) expect(l.de && l.en).toBeTruthy();
    }
  });

  it.each([
    [{ ...CHANGE_READINESS_PULSE, id: 'X' }, 'id: survey ids are 3–40 lower-case letters, digits or dashes'],
    [{ ...CHANGE_READINESS_PULSE, questions: [] }, 'questions: a survey needs at least one question'],
    [{ ...CHANGE_READINESS_PULSE, title: { de: 'Titel' } }, 'title.en: Required'],
    [{ ...CHANGE_READINESS_PULSE, questions: [CHANGE_READINESS_PULSE.questions[0], CHANGE_READINESS_PULSE.questions[0]] }, 'questions.1.id: question id "awareness" is used twice'],
    [{ ...CHANGE_READINESS_PULSE, questions: [{ ...CHANGE_READINESS_PULSE.questions[0], labels: [] }] }, 'questions.0.labels: a scale needs exactly 5 labels (1 to 5)'],
    [{ ...CHANGE_READINESS_PULSE, questions: [{ id: 'x', kind: 'stars', text: { de: 'a', en: 'b' } }] }, 'questions.0.kind: Invalid discriminator value'],
  ])('rejects an invalid definition with a readable error (%#)', (input, expected) => {
    const r = parseSurvey(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toContain(expected);
  });
});
