/**
 * Pure rules behind the roadmap tab (no browser): filtering and sorting, the API query string, the
 * channel's areas from the URL, words and numbers per language, and the editor form — a draft and
 * back, its checks, what changed, and re-applying one's changes onto someone else's newer version.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RoadmapItem, RoadmapItemInput } from '../../bot/src/api/roadmap-contract';
import { roadmapQueryString } from '../../tab/src/api/roadmapQuery';
import {
  channelAreasFromSearch,
  DEFAULT_SORT,
  filterItems,
  filterQuery,
  isFiltering,
  nextSortOrder,
  NO_FILTER,
  sortItems,
} from '../../tab/src/pages/Roadmap/filters';
import {
  barDescription,
  fieldValueLines,
  halfYearLabel,
  periodText,
  type RoadmapTranslate,
  type ValueContext,
} from '../../tab/src/pages/Roadmap/format';
import { changedFields, draftFromInput, inputFromDraft, inputOf, parseEuros, reapplyChanges } from '../../tab/src/pages/Roadmap/itemForm';

/** A translate over one catalog file (the React module itself is JSX, which these Node tests do not compile). */
function createTranslate(locale: 'de' | 'en'): RoadmapTranslate {
  const catalog = JSON.parse(readFileSync(join(__dirname, '..', '..', 'tab', 'src', 'i18n', `${locale}.json`), 'utf8')) as Record<string, string>;
  return (key, values) => catalog[key].replace(/\{(\w+)\}/g, (match, name: string) => String(values?.[name] ?? match));
}
const de = createTranslate('de');
const en = createTranslate('en');
/** Intl puts narrow no-break spaces into some formats; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function item(id: string, over: Partial<RoadmapItem> = {}): RoadmapItem {
  return {
    id, title: id, description: '', area: 'finanzen', halfYear: '2025-H1', status: 'planned', owner: '',
    milestones: [], dependsOn: [], decisions: [], services: [],
    version: 1, etag: 'e', example: false, createdAt: '2025-01-01T00:00:00Z', createdBy: 'A', updatedAt: '2025-01-01T00:00:00Z', updatedBy: 'A',
    from: '2025-01-01', to: '2025-06-30', halfYears: ['2025-H1'], decisionNeeded: false,
    ...over,
  };
}

const ITEMS = [
  item('akte', { title: 'E-Akte', area: 'e-akte', status: 'in-progress', from: '2025-01-15', to: '2026-09-30', halfYear: undefined, start: '2025-01-15', end: '2026-09-30', halfYears: ['2025-H1', '2025-H2', '2026-H1', '2026-H2'], decisionNeeded: true, investment: { oneOff: 250_000, yearly: 30_000, funding: 'state-funding' } }),
  item('wlan', { title: 'WLAN im Altbau', area: 'it', status: 'delayed', owner: 'IT', investment: { oneOff: 9_000, yearly: 0, funding: 'own-budget' } }),
  item('ueber', { title: 'Übergabe Archiv', area: 'finanzen', status: 'done', halfYear: '2024-H2', from: '2024-07-01', to: '2024-12-31', halfYears: ['2024-H2'], owner: 'Zentrale' }),
  item('abbau', { title: 'abbau Fax', area: 'it', status: 'cancelled', halfYear: '2023-H2', from: '2023-07-01', to: '2023-12-31', halfYears: ['2023-H2'] }),
];
const ids = (items: RoadmapItem[]) => items.map((i) => i.id);

describe('roadmap filters', () => {
  it('keeps everything without a filter', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(ids(filterItems(ITEMS, NO_FILTER))).toEqual(['akte', 'wlan', 'ueber', 'abbau']);
  });

  it('matches any value within a part and every part together', () => {
    expect(ids(filterItems(ITEMS, { ...NO_FILTER, areas: ['it', 'e-akte'] }))).toEqual(['akte', 'wlan', 'abbau']);
    expect(ids(filterItems(ITEMS, { ...NO_FILTER, statuses: ['done', 'delayed'] }))).toEqual(['wlan', 'ueber']);
    expect(ids(filterItems(ITEMS, { ...NO_FILTER, areas: ['it'], statuses: ['delayed'] }))).toEqual(['wlan']);
    expect(ids(filterItems(ITEMS, { ...NO_FILTER, decisionNeeded: true }))).toEqual(['akte']);
  });

  it('finds items by any half-year they touch, not only the one they start in', () => {
    expect(ids(filterItems(ITEMS, { ...NO_FILTER, halfYears: ['2026-H1'] }))).toEqual(['akte']);
    expect(ids(filterItems(ITEMS, { ...NO_FILTER, halfYears: ['2025-H1', '2024-H2'] }))).toEqual(['akte', 'wlan', 'ueber']);
  });

  it('asks the server with the same filter, and a channel only for its areas', () => {
    expect(roadmapQueryString(filterQuery(NO_FILTER))).toBe('');
    expect(roadmapQueryString(filterQuery(NO_FILTER, ['a', 'b']))).toBe('?area=a,b');
    expect(roadmapQueryString(filterQuery({ areas: ['it'], statuses: ['planned', 'in-progress'], halfYears: ['2025-H1'], decisionNeeded: true }, ['a']))).toBe(
      '?area=it&status=planned,in-progress&halfYear=2025-H1&decisionNeeded=true',
    );
    expect(roadmapQueryString({}, { lang: 'en' })).toBe('?lang=en');
  });
});

describe('roadmap sorting', () => {
  const context = { locale: 'de', areaName: (id: string) => ({ 'e-akte': 'E-Akte', it: 'IT', finanzen: 'Finanzen' })[id] ?? id };
  const sorted = (key: Parameters<typeof nextSortOrder>[1], direction: 'ascending' | 'descending' = 'ascending') => ids(sortItems(ITEMS, { key, direction }, context));

  it('sorts by start by default, earliest first', () => {
    expect(DEFAULT_SORT).toEqual({ key: 'from', direction: 'ascending' });
    expect(sorted('from')).toEqual(['abbau', 'ueber', 'wlan', 'akte']);
    expect(sorted('to', 'descending')).toEqual(['akte', 'wlan', 'ueber', 'abbau']);
  });

  it('sorts titles as the language does (case and umlauts)', () => {
    expect(sorted('title')).toEqual(['abbau', 'akte', 'ueber', 'wlan']);
  });

  it('sorts statuses in workflow order, areas by name, money and open decisions', () => {
    expect(sorted('status')).toEqual(['akte', 'wlan', 'ueber', 'abbau']);
    expect(sorted('area')).toEqual(['akte', 'ueber', 'abbau', 'wlan']);
    expect(sorted('investment', 'descending')).toEqual(['akte', 'wlan', 'abbau', 'ueber']);
    expect(sorted('decision', 'descending')[0]).toBe('akte');
  });

  it('flips the direction on the same column and starts a new column sensibly', () => {
    expect(nextSortOrder(DEFAULT_SORT, 'from')).toEqual({ key: 'from', direction: 'descending' });
    expect(nextSortOrder(DEFAULT_SORT, 'title')).toEqual({ key: 'title', direction: 'ascending' });
    expect(nextSortOrder(DEFAULT_SORT, 'investment')).toEqual({ key: 'investment', direction: 'descending' });
  });
});

describe('channel areas from the tab URL', () => {
  it('reads ?areas=a,b and means "all" without it', () => {
    expect(channelAreasFromSearch('')).toBeUndefined();
    expect(channelAreasFromSearch('?theme=dark')).toBeUndefined();
    expect(channelAreasFromSearch('?areas=finanzen')).toEqual(['finanzen']);
    expect(channelAreasFromSearch('?areas=finanzen%2Ce-akte&lang=en')).toEqual(['finanzen', 'e-akte']);
    expect(channelAreasFromSearch('?areas=a,,a, b ')).toEqual(['a', 'b']);
    expect(channelAreasFromSearch('?areas=')).toBeUndefined();
  });
});

describe('roadmap words and numbers', () => {
  it('names half-years and periods', () => {
    expect(halfYearLabel('2025-H1', de)).toBe('1. Halbjahr 2025');
    expect(halfYearLabel('2025-H2', en)).toBe('H2 2025');
    expect(periodText(ITEMS[0], de, 'de')).toBe('15.01.2025 – 30.09.2026');
    expect(periodText(ITEMS[1], en, 'en')).toBe('H1 2025');
  });

  it('writes field values of history and conflicts as lines, with labels in the language', () => {
    const context: ValueContext = { t: de, locale: 'de', areaName: (id) => (id === 'it' ? 'IT-Infrastruktur' : id), itemTitle: (id) => (id === 'akte' ? 'E-Akte' : undefined) };
    expect(fieldValueLines('status', 'in-progress', context)).toEqual(['in Arbeit']);
    expect(fieldValueLines('area', 'it', context)).toEqual(['IT-Infrastruktur']);
    expect(fieldValueLines('halfYear', '2026-H2', context)).toEqual(['2. Halbjahr 2026']);
    expect(fieldValueLines('dependsOn', ['akte', 'gone'], context)).toEqual(['E-Akte', 'gone']);
    expect(fieldValueLines('milestones', [{ id: 'p', title: 'Pilot', date: '2025-03-01', done: true }], context)).toEqual(['Pilot (01.03.2025, erreicht)']);
    expect(fieldValueLines('decisions', [{ id: 'd', title: 'Mittel', body: 'council', due: '2024-12-10', state: 'open', note: 'Vorlage 12/24' }], context)).toEqual([
      'Mittel — Gemeinderat, bis 10.12.2024: offen (Vorlage 12/24)',
    ]);
    expect(fieldValueLines('investment', { oneOff: 48_000, yearly: 6_000, funding: 'it-centre' }, context).map(plain)).toEqual([
      '48.000 € einmalig, 6.000 € jährlich, IT-Dienstleister (OWL-IT)',
    ]);
    expect(fieldValueLines('services', [{ name: 'Meldebescheinigung', ozgBefore: 1, ozgAfter: 3 }], context)).toEqual(['Meldebescheinigung: OZG-Reifegrad 1 → 3']);
    expect(fieldValueLines('status', 'proposed', context)).toEqual(['vorgeschlagen']);
    expect(fieldValueLines('origin', { kind: 'digicheck', cycleId: 'c', group: 'it', dimension: 'data', level: 1.75, target: 2.5 }, context)).toEqual([
      'Aus dem DigiCheck: data in IT-Infrastruktur — Stand 1,75 von Ziel 2,5',
    ]);
    expect(fieldValueLines('owner', undefined, context)).toEqual([]);
    // Unexpected shapes are shown as they came, not hidden.
    expect(fieldValueLines('status', 'paused', context)).toEqual(['paused']);
  });

  it('describes a bar with everything it shows by shape and colour', () => {
    const text = barDescription(item('x', { title: 'E-Akte', status: 'delayed', decisionNeeded: true, example: true, dependsOn: ['a', 'b'], milestones: [{ id: 'm', title: 'M', date: '2025-02-01', done: false }] }), { t: en, locale: 'en' });
    expect(text).toBe('E-Akte — Status: delayed — H1 2025 — Decision needed — Milestones: 1 — depends on 2 items — Example');
  });
});

describe('roadmap editor form', () => {
  const keys = (() => {
    let n = 0;
    return () => `k${(n += 1)}`;
  })();
  const input: RoadmapItemInput = {
    title: 'E-Akte', description: 'Einführung', area: 'e-akte', start: '2025-01-15', end: '2026-09-30', status: 'in-progress', owner: 'FB 1',
    milestones: [{ id: 'm1', title: 'Pilot', date: '2025-03-01', done: false }],
    dependsOn: ['wlan'],
    decisions: [{ id: 'd1', title: 'Mittel', body: 'council', due: '2024-12-10', state: 'open' }],
    investment: { oneOff: 48_000, yearly: 6_000, funding: 'own-budget' },
    services: [{ name: 'Bauantrag', ozgBefore: 1, ozgAfter: 3 }],
  };

  it('turns an item into a draft and back unchanged', () => {
    const draft = draftFromInput(input, { area: 'x', halfYear: '2025-H1' }, keys);
    expect(draft.when).toBe('dates');
    expect(inputFromDraft(draft)).toEqual({ input, problems: [] });
  });

  it('starts a new item in the given area and half-year', () => {
    const draft = draftFromInput(undefined, { area: 'finanzen', halfYear: '2026-H2' }, keys);
    expect([draft.area, draft.when, draft.halfYear, draft.status, draft.hasInvestment]).toEqual(['finanzen', 'halfYear', '2026-H2', 'planned', false]);
    expect(inputFromDraft({ ...draft, title: '  Neu  ' }).input).toEqual({
      title: 'Neu', description: '', area: 'finanzen', halfYear: '2026-H2', status: 'planned', owner: '', milestones: [], dependsOn: [], decisions: [], services: [],
    });
  });

  it('names every field a person must fix, by its path', () => {
    const draft = draftFromInput(input, { area: 'x', halfYear: '2025-H1' }, keys);
    const { problems } = inputFromDraft({
      ...draft,
      title: ' ',
      start: '2026-01-01',
      end: '2025-01-01',
      milestones: [{ id: 'm', title: '', date: '', done: false }],
      decisions: [{ id: 'd', title: 'x', body: 'mayor', due: 'bald', state: 'open', note: '' }],
      oneOff: 'viel',
    });
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'title: roadmap.form.required',
      'end: roadmap.form.endBeforeStart',
      'milestones.0.title: roadmap.form.required',
      'milestones.0.date: roadmap.form.dayRequired',
      'decisions.0.due: roadmap.form.dayRequired',
      'oneOff: roadmap.form.euros',
    ]);
  });

  it('reads euros as people type them', () => {
    expect(['48000', '48.000', '48 000', '48,000 €', '1.250.000'].map(parseEuros)).toEqual([48_000, 48_000, 48_000, 48_000, 1_250_000]);
    expect(['', '48,5x', '-3', 'viel'].map(parseEuros)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('keeps a DigiCheck origin through the form (the form does not edit it) and through a stored item', () => {
    const origin = { kind: 'digicheck' as const, cycleId: '20260101-abcdef', group: 'finanzen', dimension: 'strategy', level: 1.5, target: 2.5 };
    const withOrigin = { ...input, status: 'proposed' as const, origin };
    const draft = draftFromInput(withOrigin, { area: 'x', halfYear: '2025-H1' }, keys);
    expect(inputFromDraft({ ...draft, title: 'Anders' })).toEqual({ input: { ...withOrigin, title: 'Anders' }, problems: [] });
    expect(inputOf(item('x', { ...withOrigin, halfYear: undefined }))).toEqual(withOrigin);
    expect(changedFields(input, withOrigin)).toEqual(['status', 'origin']);
    // A conflict keeps the origin of the version it starts from.
    expect(reapplyChanges(withOrigin, { ...withOrigin, title: 'Mein Titel' }, { ...withOrigin, owner: 'FB 3' }).merged.origin).toEqual(origin);
  });

  it('keeps only the editable fields of a stored item', () => {
    const stored = item('x', { ...input, halfYear: undefined, investment: input.investment });
    expect(inputOf(stored)).toEqual(input);
  });

  it('finds the fields two versions differ in, whatever order their keys come in', () => {
    const reordered = { ...input, investment: { funding: 'own-budget', yearly: 6_000, oneOff: 48_000 } } as RoadmapItemInput;
    expect(changedFields(input, reordered)).toEqual([]);
    expect(changedFields(input, { ...input, title: 'x', status: 'done', investment: undefined })).toEqual(['title', 'status', 'investment']);
  });

  it('re-applies the editor’s changes onto the newer version and says where both changed', () => {
    const base = input;
    const yours = { ...base, title: 'Mein Titel', owner: 'FB 2', start: undefined, end: undefined, halfYear: '2026-H1' };
    const current = { ...base, owner: 'FB 3', description: 'Neu beschrieben', status: 'delayed' as const };
    const { merged, reapplied, both } = reapplyChanges(base, yours, current);
    expect(merged).toEqual({ ...current, title: 'Mein Titel', owner: 'FB 2', start: undefined, end: undefined, halfYear: '2026-H1' });
    expect('start' in merged).toBe(false);
    expect(reapplied).toEqual(['title', 'halfYear', 'start', 'end', 'owner']);
    expect(both).toEqual(['owner']);
  });

  it('re-applies nothing when the newer version already has the change', () => {
    const yours = { ...input, status: 'done' as const };
    const { merged, reapplied } = reapplyChanges(input, yours, { ...input, status: 'done', owner: 'FB 9' });
    expect(reapplied).toEqual([]);
    expect(merged.owner).toBe('FB 9');
  });
});
