import { adaptiveCard, execute, formatClosing, heading, problemsBox, textBlock, type CardElement, type CardJson } from '../../cards';
import { t, type Lang } from '../../i18n';
import type { Department } from '../people/departments';
import { ANSWER_PREFIX, MAX_TEXT_ANSWER } from './ballot';
import type { Round } from './round';

/** The verb of the pulse card's Action.Execute. */
export const SUBMIT_VERB = 'pulse.submit';

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
  const body: CardElement[] = [heading(s.title[lang])];
  if (o.notice) body.push(textBlock(o.notice, { weight: 'Bolder', color: 'Accent' }));
  if (o.problems?.length) body.push(problemsBox(t(lang, 'pulse.problems'), o.problems));
  if (s.intro) body.push(textBlock(s.intro[lang]));
  body.push(textBlock(t(lang, 'pulse.closes', { date: closes }), { isSubtle: true, spacing: 'none' }));
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
  body.push(textBlock(t(lang, 'pulse.departmentHint'), { isSubtle: true, size: 'Small', spacing: 'none' }));
  if (o.departmentsAreExample) {
    body.push(textBlock(t(lang, 'department.card.exampleNote'), { isSubtle: true, size: 'Small', spacing: 'none' }));
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
        spacing: 'medium',
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
        spacing: 'medium',
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
        spacing: 'medium',
      });
    }
  });
  body.push(textBlock(t(lang, 'pulse.finalNote'), { isSubtle: true, spacing: 'medium' }));
  return adaptiveCard(body, [execute(t(lang, 'pulse.submit'), SUBMIT_VERB, { roundId: round.id }, { style: 'positive' })]);
}

/** The department choice card (`fachbereich` / `department`). */
export function departmentCard(lang: Lang, departments: Department[], current: string | undefined, isExample: boolean): CardJson {
  return adaptiveCard(
    [
      heading(t(lang, 'department.card.title')),
      textBlock(t(lang, 'department.card.text')),
      ...(isExample ? [textBlock(t(lang, 'department.card.exampleNote'), { isSubtle: true, size: 'Small' })] : []),
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
    [execute(t(lang, 'department.card.save'), 'department.save', {})],
  );
}
