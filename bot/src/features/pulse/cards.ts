import { t, type Lang } from '../../i18n';
import type { Department } from '../people/departments';
import { ANSWER_PREFIX, MAX_TEXT_ANSWER } from './ballot';
import type { Round } from './round';

/** Adaptive Card JSON (schema 1.5, as Teams renders it). */
export type CardJson = Record<string, unknown>;

/** The verb of the pulse card's Action.Execute. */
export const SUBMIT_VERB = 'pulse.submit';

/** An Adaptive Card 1.5 of full width with a body and, when given, actions (shared by the chat features). */
export const adaptiveCard = (body: unknown[], actions: unknown[] = []): CardJson => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  msteams: { width: 'Full' },
  body,
  ...(actions.length ? { actions } : {}),
});

/** Options for {@link pulseCard}. */
export interface PulseCardOptions {
  lang: Lang;
  departments: Department[];
  departmentsAreExample: boolean;
  /** The person's known department, preselected. */
  department?: string;
  /** A line shown above the questions, e.g. the closing reminder. */
  notice?: string;
  /** Problems from a refused submit, shown on top; the previous inputs are kept. */
  problems?: string[];
  previous?: Record<string, unknown>;
}

/**
 * The survey card: department choice, every question (1–5 scales labelled at every point as
 * radio buttons, eNPS 0–10, open text with its limit) and one submit. Submitting is final.
 */
export function pulseCard(round: Round, o: PulseCardOptions): CardJson {
  const { lang } = o;
  const s = round.survey;
  const prev = (id: string) => (o.previous?.[id] === undefined ? undefined : String(o.previous[id]));
  const closes = formatClosing(round, lang);
  const body: unknown[] = [
    { type: 'TextBlock', text: s.title[lang], size: 'Large', weight: 'Bolder', wrap: true },
  ];
  if (o.notice) body.push({ type: 'TextBlock', text: o.notice, wrap: true, weight: 'Bolder', color: 'Accent' });
  if (o.problems?.length) {
    body.push({
      type: 'Container',
      style: 'attention',
      items: [
        { type: 'TextBlock', text: t(lang, 'pulse.problems'), weight: 'Bolder', wrap: true, color: 'Attention' },
        ...o.problems.map((p) => ({ type: 'TextBlock', text: `• ${p}`, wrap: true, color: 'Attention' })),
      ],
    });
  }
  if (s.intro) body.push({ type: 'TextBlock', text: s.intro[lang], wrap: true });
  body.push({ type: 'TextBlock', text: t(lang, 'pulse.closes', { date: closes }), isSubtle: true, wrap: true, spacing: 'None' });
  body.push({
    type: 'Input.ChoiceSet',
    id: 'department',
    label: t(lang, 'pulse.department'),
    isRequired: true,
    errorMessage: t(lang, 'pulse.problem.department'),
    placeholder: t(lang, 'pulse.departmentPlaceholder'),
    value: prev('department') ?? o.department,
    choices: o.departments.map((d) => ({ title: d[lang], value: d.id })),
  });
  body.push({ type: 'TextBlock', text: t(lang, 'pulse.departmentHint'), isSubtle: true, size: 'Small', wrap: true, spacing: 'None' });
  if (o.departmentsAreExample) {
    body.push({ type: 'TextBlock', text: t(lang, 'department.card.exampleNote'), isSubtle: true, size: 'Small', wrap: true, spacing: 'None' });
  }
  s.questions.forEach((q, i) => {
    const id = ANSWER_PREFIX + q.id;
    const label = `${i + 1}. ${q.text[lang]}`;
    if (q.kind === 'scale') {
      body.push({
        type: 'Input.ChoiceSet',
        id,
        label,
        style: 'expanded',
        isRequired: !q.optional,
        errorMessage: t(lang, 'pulse.problem.missing', { question: q.text[lang] }),
        value: prev(id),
        choices: q.labels.map((l, k) => ({ title: l[lang], value: String(k + 1) })),
        spacing: 'Medium',
      });
    } else if (q.kind === 'enps') {
      body.push({
        type: 'Input.ChoiceSet',
        id,
        label,
        isRequired: !q.optional,
        errorMessage: t(lang, 'pulse.problem.missing', { question: q.text[lang] }),
        placeholder: t(lang, 'pulse.enpsPlaceholder'),
        value: prev(id),
        choices: Array.from({ length: 11 }, (_, k) => ({ title: String(k), value: String(k) })),
        spacing: 'Medium',
      });
    } else {
      body.push({
        type: 'Input.Text',
        id,
        label,
        isMultiline: true,
        maxLength: MAX_TEXT_ANSWER,
        placeholder: t(lang, 'pulse.textPlaceholder', { max: MAX_TEXT_ANSWER }),
        value: prev(id),
        spacing: 'Medium',
      });
    }
  });
  body.push({ type: 'TextBlock', text: t(lang, 'pulse.finalNote'), isSubtle: true, wrap: true, spacing: 'Medium' });
  return adaptiveCard(body, [{ type: 'Action.Execute', title: t(lang, 'pulse.submit'), verb: SUBMIT_VERB, data: { roundId: round.id }, style: 'positive' }]);
}

/** The round's closing time as people read it (German time zone: the administration's). */
export function formatClosing(round: Pick<Round, 'closesAt'>, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(round.closesAt));
}

/** The card that replaces the survey after a submit: final, nothing to click. */
export function resultCard(lang: Lang, title: string, text: string): CardJson {
  return adaptiveCard([
    { type: 'TextBlock', text: title, size: 'Large', weight: 'Bolder', wrap: true },
    { type: 'TextBlock', text, wrap: true },
  ]);
}

/** The department choice card (`fachbereich` / `department`). */
export function departmentCard(lang: Lang, departments: Department[], current: string | undefined, isExample: boolean): CardJson {
  return adaptiveCard(
    [
      { type: 'TextBlock', text: t(lang, 'department.card.title'), size: 'Large', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: t(lang, 'department.card.text'), wrap: true },
      ...(isExample ? [{ type: 'TextBlock', text: t(lang, 'department.card.exampleNote'), isSubtle: true, size: 'Small', wrap: true }] : []),
      {
        type: 'Input.ChoiceSet',
        id: 'department',
        label: t(lang, 'pulse.department'),
        style: 'expanded',
        isRequired: true,
        errorMessage: t(lang, 'department.invalid'),
        value: current,
        choices: departments.map((d) => ({ title: d[lang], value: d.id })),
      },
    ],
    [{ type: 'Action.Execute', title: t(lang, 'department.card.save'), verb: 'department.save', data: {} }],
  );
}
