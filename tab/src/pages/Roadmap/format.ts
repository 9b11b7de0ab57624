/**
 * Words of the roadmap in the reader's language (money, days and levels: `tab/src/format.ts`): half-years, the labels of
 * statuses, decision bodies and funding sources, and a field's value as text (history and
 * conflicts). DOM-free and React-free, unit-tested in Node (tests/tab/roadmap.logic.test.ts).
 */
import type de from '../../i18n/de.json';
import type { Locale } from '../../environment';
import type {
  DecisionBody,
  DecisionState,
  FundingSource,
  HalfYear,
  RoadmapItem,
  RoadmapItemInput,
  RoadmapStatus,
} from '../../api/types';
import { formatDay, formatEuro, formatLevel } from '../../format';
import { parseHalfYear } from './timeline';

/** A message key of the tab's catalogs (the same keys as `useT().t` takes). */
export type MessageKey = keyof typeof de;

/**
 * The tab's translate function as these helpers need it. (`useT().t` fits; tests pass one built
 * from the JSON catalogs, as the React module is not compiled in Node.)
 */
export type RoadmapTranslate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** A half-year in words: `1. Halbjahr 2025` (de), `H1 2025` (en); anything else as it is. */
export function halfYearLabel(halfYear: HalfYear, t: RoadmapTranslate): string {
  const parts = parseHalfYear(halfYear);
  return parts ? t('roadmap.halfYear', { half: parts.half, year: parts.year }) : halfYear;
}

/** When an item runs: its half-year, or its first and last day. */
export function periodText(item: Pick<RoadmapItem, 'halfYear' | 'from' | 'to'>, t: RoadmapTranslate, locale: Locale): string {
  if (item.halfYear) return halfYearLabel(item.halfYear, t);
  return t('roadmap.period', { from: formatDay(item.from, locale), to: formatDay(item.to, locale) });
}

/** The label of each status (the server's CSV uses the same words). */
export const STATUS_LABEL: Record<RoadmapStatus, MessageKey> = {
  proposed: 'roadmap.status.proposed',
  planned: 'roadmap.status.planned',
  'in-progress': 'roadmap.status.in-progress',
  done: 'roadmap.status.done',
  delayed: 'roadmap.status.delayed',
  cancelled: 'roadmap.status.cancelled',
};

/**
 * A sign for each status, shown in every bar next to its colour, so the status never depends on
 * colour alone (colour blindness, Teams high contrast).
 */
export const STATUS_SIGN: Record<RoadmapStatus, string> = {
  proposed: '?',
  planned: '○',
  'in-progress': '▶',
  done: '✓',
  delayed: '!',
  cancelled: '✕',
};

export const DECISION_BODY_LABEL: Record<DecisionBody, MessageKey> = {
  council: 'roadmap.body.council',
  committee: 'roadmap.body.committee',
  mayor: 'roadmap.body.mayor',
  'executive-board': 'roadmap.body.executive-board',
  'department-head': 'roadmap.body.department-head',
  'it-steering': 'roadmap.body.it-steering',
};

export const DECISION_STATE_LABEL: Record<DecisionState, MessageKey> = {
  open: 'roadmap.decisionState.open',
  decided: 'roadmap.decisionState.decided',
  rejected: 'roadmap.decisionState.rejected',
  postponed: 'roadmap.decisionState.postponed',
};

export const FUNDING_LABEL: Record<FundingSource, MessageKey> = {
  'own-budget': 'roadmap.funding.own-budget',
  'state-funding': 'roadmap.funding.state-funding',
  'federal-funding': 'roadmap.funding.federal-funding',
  'eu-funding': 'roadmap.funding.eu-funding',
  'it-centre': 'roadmap.funding.it-centre',
  other: 'roadmap.funding.other',
};

/** The fields of an item in the server's order (history and conflicts list them so). */
export const ITEM_FIELDS: ReadonlyArray<keyof RoadmapItemInput> = [
  'title', 'description', 'area', 'halfYear', 'start', 'end', 'status', 'owner', 'milestones', 'dependsOn', 'decisions', 'investment', 'services', 'origin',
];

export const FIELD_LABEL: Record<keyof RoadmapItemInput, MessageKey> = {
  title: 'roadmap.field.title',
  description: 'roadmap.field.description',
  area: 'roadmap.field.area',
  halfYear: 'roadmap.field.halfYear',
  start: 'roadmap.field.start',
  end: 'roadmap.field.end',
  status: 'roadmap.field.status',
  owner: 'roadmap.field.owner',
  milestones: 'roadmap.field.milestones',
  dependsOn: 'roadmap.field.dependsOn',
  decisions: 'roadmap.field.decisions',
  investment: 'roadmap.field.investment',
  services: 'roadmap.field.services',
  origin: 'roadmap.field.origin',
};

/** What {@link fieldValueLines} needs besides the value. */
export interface ValueContext {
  t: RoadmapTranslate;
  locale: Locale;
  areaName: (areaId: string) => string;
  /** The title of another item (for dependencies), or `undefined` when it is not known here. */
  itemTitle: (itemId: string) => string | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value));
const lookup = <K extends string>(labels: Record<K, MessageKey>, value: unknown, t: RoadmapTranslate): string =>
  typeof value === 'string' && Object.hasOwn(labels, value) ? t(labels[value as K]) : text(value);

/**
 * A field's value as lines of text: one line for plain fields, one per entry for lists. Values
 * come from history entries and conflict answers as JSON, so each shape is checked, and anything
 * unexpected is shown as it came rather than hidden. Empty = not set.
 */
export function fieldValueLines(field: keyof RoadmapItemInput, value: unknown, context: ValueContext): string[] {
  const { t, locale } = context;
  if (value === undefined || value === null || value === '') return [];
  const list = Array.isArray(value) ? value : [value];
  switch (field) {
    case 'area':
      return [context.areaName(text(value))];
    case 'halfYear':
      return [halfYearLabel(text(value), t)];
    case 'start':
    case 'end':
      return [formatDay(text(value), locale)];
    case 'status':
      return [lookup(STATUS_LABEL, value, t)];
    case 'dependsOn':
      return list.map((id) => context.itemTitle(text(id)) ?? text(id));
    case 'milestones':
      return list.map((m) =>
        isRecord(m)
          ? t(m.done === true ? 'roadmap.value.milestoneDone' : 'roadmap.value.milestone', { title: text(m.title), date: formatDay(text(m.date), locale) })
          : text(m),
      );
    case 'decisions':
      return list.map((d) =>
        isRecord(d)
          ? t('roadmap.value.decision', {
              title: text(d.title),
              body: lookup(DECISION_BODY_LABEL, d.body, t),
              due: formatDay(text(d.due), locale),
              state: lookup(DECISION_STATE_LABEL, d.state, t),
            }) + (typeof d.note === 'string' && d.note ? ` (${d.note})` : '')
          : text(d),
      );
    case 'investment':
      if (!isRecord(value)) return [text(value)];
      return [
        t('roadmap.value.investment', {
          oneOff: formatEuro(Number(value.oneOff) || 0, locale),
          yearly: formatEuro(Number(value.yearly) || 0, locale),
          funding: lookup(FUNDING_LABEL, value.funding, t),
        }) + (typeof value.fundingNote === 'string' && value.fundingNote ? ` (${value.fundingNote})` : ''),
      ];
    case 'origin':
      return isRecord(value)
        ? [
            t('roadmap.value.origin', {
              dimension: text(value.dimension),
              group: value.group === 'all' ? t('roadmap.origin.whole') : context.areaName(text(value.group)),
              level: typeof value.level === 'number' ? formatLevel(value.level, locale) : text(value.level),
              target: typeof value.target === 'number' ? formatLevel(value.target, locale) : text(value.target),
            }),
          ]
        : [text(value)];
    case 'services':
      return list.map((s) =>
        isRecord(s) ? t('roadmap.value.service', { name: text(s.name), before: text(s.ozgBefore), after: text(s.ozgAfter) }) : text(s),
      );
    default:
      return [text(value)];
  }
}

/**
 * A bar's accessible name (and its hover text): everything the bar shows by shape, sign and colour,
 * in words — title, status, period, and what else marks it.
 */
export function barDescription(item: RoadmapItem, context: Pick<ValueContext, 't' | 'locale'>): string {
  const { t, locale } = context;
  const parts = [item.title, t('roadmap.statusIs', { status: t(STATUS_LABEL[item.status]) }), periodText(item, t, locale)];
  if (item.decisionNeeded) parts.push(t('roadmap.decisionNeeded'));
  if (item.milestones.length > 0) parts.push(t('roadmap.milestoneCount', { count: item.milestones.length }));
  if (item.dependsOn.length > 0) parts.push(t('roadmap.dependsOnCount', { count: item.dependsOn.length }));
  if (item.example) parts.push(t('roadmap.example'));
  return parts.join(' — ');
}
