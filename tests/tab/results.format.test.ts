/** Pure helpers of the results page: the preselected round, heat-map bands, short labels (formats: format.test.ts). */
import type { RoundSummary } from '../../bot/src/api/contract';
import { heatBand, preselectRound } from '../../tab/src/pages/Results/format';
import { shortQuestionLabel, type LabelTranslate } from '../../tab/src/pages/Results/questionLabels';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A translate over one catalog file (the React module itself is JSX, which these Node tests do not compile). */
function createTranslate(locale: 'de' | 'en'): LabelTranslate {
  const catalog = JSON.parse(readFileSync(join(__dirname, '..', '..', 'tab', 'src', 'i18n', `${locale}.json`), 'utf8')) as Record<string, string>;
  return (key, values) => catalog[key].replace(/\{(\w+)\}/g, (match, name: string) => String(values?.[name] ?? match));
}

describe('results heat map', () => {
  it('bands heat-map cells at the scale midpoints and at 40 % / 60 %', () => {
    expect([2.49, 2.5, 3.49, 3.5].map((v) => heatBand(v, 'mean'))).toEqual(['low', 'middle', 'middle', 'high']);
    expect([0.39, 0.4, 0.59, 0.6].map((v) => heatBand(v, 'favourable'))).toEqual(['low', 'middle', 'middle', 'high']);
  });
});

describe('preselectRound', () => {
  const round = (id: string, state: RoundSummary['state']): RoundSummary => ({
    id,
    surveyId: 's',
    title: { de: 't', en: 't' },
    opensAt: '2026-01-01T00:00:00Z',
    closesAt: '2026-01-02T00:00:00Z',
    state,
    departments: [],
    participation: 0,
    final: state === 'closed',
  });

  it('takes the newest closed round, else the newest round, else none', () => {
    expect(preselectRound([round('c', 'open'), round('b', 'closed'), round('a', 'closed')])?.id).toBe('b');
    expect(preselectRound([round('b', 'scheduled'), round('a', 'open')])?.id).toBe('b');
    expect(preselectRound([])).toBeUndefined();
  });

  it('prefers the newest final round over a newer one still being finalised (it has no figures yet)', () => {
    expect(preselectRound([{ ...round('c', 'closed'), final: false }, round('b', 'closed')])?.id).toBe('b');
    expect(preselectRound([{ ...round('c', 'closed'), final: false }])?.id).toBe('c');
  });
});

describe('shortQuestionLabel', () => {
  it('names the standard dimensions and numbers other questions', () => {
    const de = createTranslate('de');
    const en = createTranslate('en');
    expect(shortQuestionLabel(de, 'management-support', 6)).toBe('Rückhalt der Leitung');
    expect(shortQuestionLabel(en, 'awareness', 0)).toBe('Awareness');
    expect(shortQuestionLabel(de, 'eigene-frage', 2)).toBe('F3');
    expect(shortQuestionLabel(en, undefined, 0)).toBe('Q1');
    expect(shortQuestionLabel(en, 'constructor', 4)).toBe('Q5');
  });
});
