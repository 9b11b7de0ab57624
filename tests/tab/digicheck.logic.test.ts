/**
 * Pure rules behind the DigiCheck tab (no browser): levels and changes per language, which cycle
 * is shown, a question's mean from its counts, the change team's form rules (targets, closing
 * day), the radar's geometry, and the links between pages (`#roadmap?item=…`, `#digicheck?cycle=…`).
 */
import type { CheckCycleSummary, CheckTargets } from '../../bot/src/api/digicheck-contract';
import { hashParam, pageFromHash, pageHash } from '../../tab/src/navigation';
import {
  change,
  closingDayProblem,
  draftFromTargets,
  endOfDayIso,
  invalidTargets,
  meanOfCounts,
  parseTarget,
  preselectCycle,
  shortfall,
  targetsFromDraft,
} from '../../tab/src/pages/DigiCheck/format';
import { labelPlace, polygonPoints, radarPoint, wrapLabel, type RadarFrame } from '../../tab/src/pages/DigiCheck/radar';

const TARGETS: CheckTargets = { strategy: 2.5, readiness: 3, people: 2, data: 2.5, interoperability: 1.5, sustainability: 4 };
const cycle = (id: string, state: CheckCycleSummary['state']): CheckCycleSummary => ({
  id, state, opensAt: '2026-01-01T08:00:00Z', closesAt: '2026-01-15T18:00:00Z', targets: TARGETS, etag: 'e',
});

describe('DigiCheck words and numbers', () => {

  it('gives a change a direction sign and a signed amount, never colour alone', () => {
    expect(change(2.9, 2.5, 'de')).toEqual({ direction: 'up', arrow: '▲', text: '+0,40' });
    expect(change(1.75, 2, 'de')).toEqual({ direction: 'down', arrow: '▼', text: '−0,25' });
    expect(change(2.5, 2.5, 'en')).toEqual({ direction: 'same', arrow: '=', text: '0.00' });
    // Rounded as the server rounds its means: no 0.30000000000000004.
    expect(change(0.3, 0.1 + 0.2 - 0.3, 'en').text).toBe('+0.30');
    expect(shortfall(1.82, 2.5)).toBe(0.68);
  });

  it('computes a question’s mean from its counts per level', () => {
    expect(meanOfCounts([0, 3, 3, 0, 0])).toBe(1.5);
    expect(meanOfCounts([1, 0, 0, 0, 1])).toBe(2);
    expect(meanOfCounts([0, 0, 0, 0, 0])).toBeUndefined();
  });

  it('shows the cycle a link names when it is closed, else the newest closed one', () => {
    const cycles = [cycle('c3', 'open'), cycle('c2', 'closed'), cycle('c1', 'closed')];
    expect(preselectCycle(cycles)?.id).toBe('c2');
    expect(preselectCycle(cycles, 'c1')?.id).toBe('c1');
    expect(preselectCycle(cycles, 'c3')?.id).toBe('c2');
    expect(preselectCycle(cycles, 'gone')?.id).toBe('c2');
    expect(preselectCycle([cycle('c3', 'scheduled')])).toBeUndefined();
  });
});

describe('DigiCheck change-team forms', () => {
  it('reads targets 0–4 in steps of 0.5, with a comma or a point', () => {
    expect(['2,5', '2.5', ' 3 ', '0', '4', '4,0'].map(parseTarget)).toEqual([2.5, 2.5, 3, 0, 4, 4]);
    expect(['', '2,3', '4,5', '-1', 'zwei', '1e0', '2,5,0'].map(parseTarget)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('turns targets into a draft in the reader’s language and back', () => {
    const draft = draftFromTargets(TARGETS, 'de');
    expect([draft.strategy, draft.readiness]).toEqual(['2,5', '3']);
    expect(draftFromTargets(TARGETS, 'en').strategy).toBe('2.5');
    expect(targetsFromDraft(draft)).toEqual(TARGETS);
    expect(invalidTargets({ ...draft, people: '5', data: '' })).toEqual(['people', 'data']);
    expect(targetsFromDraft({ ...draft, people: '5' })).toBeUndefined();
  });

  it('wants a closing day after today, and closes at its end in local time', () => {
    expect(closingDayProblem('', '2026-03-01')).toBe('required');
    expect(closingDayProblem('01.04.2026', '2026-03-01')).toBe('invalid');
    expect(closingDayProblem('2026-03-01', '2026-03-01')).toBe('past');
    expect(closingDayProblem('2026-03-02', '2026-03-01')).toBeUndefined();
    const iso = endOfDayIso('2026-03-02');
    expect(iso).toMatch(/^2026-03-02T23:59:00[+-]\d{2}:\d{2}$/);
    const end = new Date(iso);
    expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours(), end.getMinutes()]).toEqual([2026, 2, 2, 23, 59]);
  });
});

describe('DigiCheck radar geometry', () => {
  const frame: RadarFrame = { cx: 100, cy: 100, radius: 80, max: 4, axes: 6 };
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

  it('puts level 0 in the centre and level 4 on the rim, the first axis at the top, clockwise', () => {
    expect(radarPoint(frame, 0, 0)).toEqual({ x: 100, y: 100 });
    const top = radarPoint(frame, 0, 4);
    expect(near(top.x, 100) && near(top.y, 20)).toBe(true);
    const second = radarPoint(frame, 1, 4);
    expect(second.x).toBeGreaterThan(100); // clockwise: to the right
    const half = radarPoint(frame, 3, 2);
    expect(near(half.x, 100) && near(half.y, 140)).toBe(true); // bottom axis, half way
    // Out-of-range levels stay in the drawing.
    expect(radarPoint(frame, 0, 9)).toEqual(top);
  });

  it('draws a series as a closed polygon through its levels', () => {
    expect(polygonPoints(frame, [4, 0, 0, 2, 0, 0])).toBe('100.0,20.0 100.0,100.0 100.0,100.0 100.0,140.0 100.0,100.0 100.0,100.0');
  });

  it('anchors labels away from the chart and wraps long titles', () => {
    expect(labelPlace(frame, 0, 10)).toMatchObject({ anchor: 'middle', growsUp: true });
    expect(labelPlace(frame, 1, 10)).toMatchObject({ anchor: 'start', growsUp: true });
    expect(labelPlace(frame, 3, 10)).toMatchObject({ anchor: 'middle', growsUp: false });
    expect(labelPlace(frame, 4, 10)).toMatchObject({ anchor: 'end', growsUp: false });
    expect(wrapLabel('Menschen, Kompetenzen und Beteiligung', 20)).toEqual(['Menschen,', 'Kompetenzen und', 'Beteiligung']);
    expect(wrapLabel('Interoperabilität', 10)).toEqual(['Interoperabilität']);
  });
});

describe('links between pages', () => {
  it('reads the page and its parameters from the hash', () => {
    expect(pageFromHash('#roadmap?item=e-akte')).toBe('roadmap');
    expect(pageFromHash('#digicheck?cycle=20260101-abcdef')).toBe('digicheck');
    expect(hashParam('#roadmap?item=e-akte', 'item')).toBe('e-akte');
    expect(hashParam('#roadmap?item=', 'item')).toBeUndefined();
    expect(hashParam('#roadmap', 'item')).toBeUndefined();
    expect(hashParam('#digicheck?cycle=a%20b', 'cycle')).toBe('a b');
  });

  it('builds the hash of a page with parameters', () => {
    expect(pageHash('roadmap', { item: 'digicheck-1a2b' })).toBe('#roadmap?item=digicheck-1a2b');
    expect(pageHash('digicheck')).toBe('#digicheck');
    expect(pageFromHash(pageHash('digicheck', { cycle: 'x' }))).toBe('digicheck');
  });
});
