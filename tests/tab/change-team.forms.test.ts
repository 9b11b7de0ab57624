/**
 * Pure rules behind the change-team page (no browser): local date-times to ISO with offset, the
 * survey template, where an imported text stops being JSON, and which pages the navigation offers to whom.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { freeSurveyId, jsonErrorPosition, localDateTimeToIso, surveyTemplate } from '../../tab/src/pages/ChangeTeam/forms';
import { navigationPages } from '../../tab/src/navigation';

const ROOT = join(__dirname, '..', '..');

/**
 * Runs `localDateTimeToIso` in a Node process with time zone `tz` (Jest's sandbox keeps its own
 * copy of process.env, so TZ cannot be switched inside the test).
 */
function inZone(tz: string, values: string[]): Array<string | undefined> {
  const script = `import { localDateTimeToIso } from './tab/src/pages/ChangeTeam/forms.ts';
console.log(JSON.stringify(${JSON.stringify(values)}.map((v) => localDateTimeToIso(v) ?? null)));`;
  const out = execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['--eval', script], { cwd: ROOT, env: { ...process.env, TZ: tz }, encoding: 'utf8' });
  return (JSON.parse(out) as Array<string | null>).map((v) => v ?? undefined);
}

describe('localDateTimeToIso', () => {
  it('adds the local offset of that moment: winter and summer time in Berlin, and a skipped hour moves forward', () => {
    expect(inZone('Europe/Berlin', ['2026-12-01T08:00', '2026-07-01T17:30', '2026-07-01T17:30:15', '2026-03-29T02:30'])).toEqual([
      '2026-12-01T08:00:00+01:00',
      '2026-07-01T17:30:00+02:00',
      '2026-07-01T17:30:15+02:00',
      '2026-03-29T03:30:00+02:00',
    ]);
  });

  it('writes negative and half-hour offsets', () => {
    expect(inZone('America/New_York', ['2026-01-15T09:00'])).toEqual(['2026-01-15T09:00:00-05:00']);
    expect(inZone('Asia/Kolkata', ['2026-01-15T09:00'])).toEqual(['2026-01-15T09:00:00+05:30']);
  });

  it('names the same instant as the local wall-clock time (in this process\'s zone)', () => {
    const iso = localDateTimeToIso('2026-12-01T08:00')!;
    expect(Date.parse(iso)).toBe(new Date(2026, 11, 1, 8, 0).getTime());
    expect(iso).toMatch(/^2026-12-01T08:00:00[+-]\d{2}:\d{2}$/);
  });

  it('gives undefined for empty or impossible values', () => {
    expect(localDateTimeToIso('')).toBeUndefined();
    expect(localDateTimeToIso('morgen früh')).toBeUndefined();
    expect(localDateTimeToIso('2026-12-01')).toBeUndefined();
    expect(localDateTimeToIso('2026-02-30T08:00')).toBeUndefined();
  });
});

describe('survey template', () => {
  const standard = { id: 'change-readiness', title: { de: 'Puls', en: 'Pulse' }, questions: [{ id: 'q', kind: 'enps' }] };

  it('copies the first survey with the first free id', () => {
    expect(freeSurveyId(['change-readiness'])).toBe('my-pulse');
    expect(freeSurveyId(['change-readiness', 'my-pulse', 'my-pulse-2'])).toBe('my-pulse-3');
    const template = JSON.parse(surveyTemplate([standard, { ...standard, id: 'my-pulse' }])!);
    expect(template).toEqual({ ...standard, id: 'my-pulse-2' });
  });

  it('is undefined without any survey', () => {
    expect(surveyTemplate([])).toBeUndefined();
  });
});

describe('navigationPages', () => {
  it('offers the change-team page only with the changeTeam role, announcements only with the announcer role', () => {
    const everyone = ['roadmap', 'results', 'digicheck', 'feedback', 'privacy'];
    expect(navigationPages(undefined)).toEqual(everyone);
    expect(navigationPages(['viewer'])).toEqual(everyone);
    expect(navigationPages(['viewer', 'editor'])).toEqual(everyone);
    expect(navigationPages(['viewer', 'changeTeam'])).toEqual([...everyone, 'change-team']);
    expect(navigationPages(['viewer', 'editor', 'announcer'])).toEqual(['roadmap', 'results', 'digicheck', 'feedback', 'announcements', 'privacy']);
  });
});

describe('jsonErrorPosition', () => {
  const failureOf = (text: string): unknown => {
    try {
      JSON.parse(text);
    } catch (error) {
      return error;
    }
    throw new Error('parsed');
  };

  it('reads the line and column that Firefox and newer Chromium name', () => {
    expect(jsonErrorPosition('', new SyntaxError('JSON.parse: expected property name at line 3 column 5 of the JSON data'))).toEqual({ line: 3, column: 5 });
    expect(jsonErrorPosition('', new SyntaxError("Expected ',' in JSON at position 9 (line 2 column 4)"))).toEqual({ line: 2, column: 4 });
  });

  it('counts lines and columns from the offset that older Chromium names, and the end for "unexpected end"', () => {
    const text = '{\n  "id": "x",\n  oops\n}';
    expect(jsonErrorPosition(text, new SyntaxError('Unexpected token o in JSON at position 17'))).toEqual({ line: 3, column: 3 });
    expect(jsonErrorPosition('{ "a": 1,\n', new SyntaxError('Unexpected end of JSON input'))).toEqual({ line: 2, column: 1 });
  });

  it("finds the place of this Node's own parser error, and nothing where the message names none", () => {
    expect(jsonErrorPosition('{\n  "id": "x",\n  oops\n}', failureOf('{\n  "id": "x",\n  oops\n}'))).toEqual({ line: 3, column: 3 });
    expect(jsonErrorPosition('{', new SyntaxError('JSON Parse error: Unexpected EOF'))).toBeUndefined();
  });
});
