import type { Questionnaire } from '../../api/digicheck-contract';
import { t, type Lang } from '../../i18n';
import type { Department } from '../people/departments';
import { adaptiveCard as card, execute, formatClosing, formatDateTime, formatDecimal, heading, problemsBox, resultCard, textBlock, type CardElement, type CardJson } from '../../cards';
import type { Cycle } from './cycle';
import { isLevel } from './model';
import { dimensionMeanOf, firstOpenStep } from './scoring';
import { ANSWER_PREFIX, OZG_INPUT, type StepMove, type StepProblem } from './step-input';
import type { CheckResponse } from './store';

/** Card verbs (Action.Execute). */
export const STEP_VERB = 'check.step';
export const EDIT_VERB = 'check.edit';
export const SUMMARY_VERB = 'check.summary';
export const RESUME_VERB = 'check.resume';

/** The card that also asks the optional OZG level: "digital readiness of processes and tools". */
export const OZG_STEP = 1;

/** What a dimension card needs besides the questionnaire. */
export interface StepCardOptions {
  lang: Lang;
  cycle: Cycle;
  step: number;
  response: CheckResponse;
  mode: 'flow' | 'edit';
  departments: Department[];
  resumed?: boolean;
  problems?: StepProblem[];
  /** The refused submit's values, shown again so nothing typed is lost. */
  given?: Record<string, unknown>;
}

/**
 * One dimension: progress ("2 / 6"), its questions as radio buttons with the written anchor of
 * every level, the department on the first card and the optional OZG level on the second. No
 * input is required on the card itself, so "continue later" saves whatever is filled in; the
 * server checks completeness on "next".
 */
export function stepCard(q: Questionnaire, o: StepCardOptions): CardJson {
  const { lang: l, cycle, step, response } = o;
  const dimension = q.dimensions[step];
  const total = q.dimensions.length;
  const value = (id: string, stored: number | undefined) => {
    const g = o.given?.[id];
    if (typeof g === 'string' || typeof g === 'number') return String(g);
    return isLevel(stored) ? String(stored) : undefined;
  };
  const body: CardElement[] = [
    textBlock(`${t(l, 'check.title')} · ${t(l, 'check.progress', { n: step + 1, total })}`, { isSubtle: true, weight: 'Bolder' }),
    heading(dimension.title[l], { spacing: 'none' }),
    textBlock(dimension.description[l]),
  ];
  if (o.resumed) body.push(textBlock(t(l, 'check.resumed'), { color: 'Accent', weight: 'Bolder' }));
  if (o.problems?.length) body.push(problemsBox(t(l, 'check.problems'), o.problems.map((p) => problemText(q, l, p, o.departments))));
  if (step === 0) {
    body.push({
      type: 'Input.ChoiceSet',
      id: 'department',
      label: t(l, 'check.department'),
      style: 'compact',
      placeholder: t(l, 'check.chooseDepartment'),
      value: typeof o.given?.department === 'string' ? o.given.department : response.department,
      choices: o.departments.map((d) => ({ title: d[l], value: d.id })),
    });
    body.push({ type: 'TextBlock', text: t(l, 'check.departmentHint'), isSubtle: true, size: 'Small', wrap: true, spacing: 'none' });
  }
  dimension.questions.forEach((x, i) => {
    body.push({ type: 'TextBlock', text: `${i + 1}. ${x.text[l]}`, weight: 'Bolder', wrap: true, spacing: 'medium' });
    body.push({
      type: 'Input.ChoiceSet',
      id: ANSWER_PREFIX + x.id,
      style: 'expanded',
      value: value(ANSWER_PREFIX + x.id, response.answers[x.id]),
      choices: x.anchors.map((a, level) => ({ title: `${level} – ${a[l]}`, value: String(level) })),
    });
  });
  if (step === OZG_STEP) {
    body.push({ type: 'TextBlock', text: q.ozg.text[l], weight: 'Bolder', wrap: true, spacing: 'medium' });
    body.push({ type: 'TextBlock', text: t(l, 'check.ozgHint'), isSubtle: true, size: 'Small', wrap: true, spacing: 'none' });
    body.push({
      type: 'Input.ChoiceSet',
      id: OZG_INPUT,
      style: 'compact',
      placeholder: t(l, 'check.choose'),
      value: value(OZG_INPUT, response.ozg),
      choices: q.ozg.anchors.map((a, level) => ({ title: `${level} – ${a[l]}`, value: String(level) })),
    });
  }
  body.push(textBlock(t(l, 'check.changeable', { date: formatClosing(cycle, l) }), { isSubtle: true, size: 'Small', spacing: 'medium' }));

  const data = (move: StepMove) => ({ cycleId: cycle.id, step, move });
  const actions =
    o.mode === 'edit'
      ? [execute(t(l, 'check.save'), STEP_VERB, data('save'), { style: 'positive' }), execute(t(l, 'check.cancel'), SUMMARY_VERB, { cycleId: cycle.id }, { associatedInputs: 'none' })]
      : [
          execute(step === total - 1 ? t(l, 'check.finish') : t(l, 'check.next'), STEP_VERB, data('next'), { style: 'positive' }),
          ...(step > 0 ? [execute(t(l, 'check.back'), STEP_VERB, data('back'))] : []),
          execute(t(l, 'check.pause'), STEP_VERB, data('pause')),
        ];
  return card(body, actions);
}

/** The end of the check: one's own answers per dimension, each changeable until the cycle closes. */
export function summaryCard(q: Questionnaire, l: Lang, cycle: Cycle, response: CheckResponse, departments: Department[]): CardJson {
  const date = formatClosing(cycle, l);
  const body: CardElement[] = [
    heading(t(l, 'check.summary.title')),
    textBlock(t(l, 'check.summary.text', { date })),
    { type: 'FactSet', facts: [{ title: t(l, 'check.department'), value: departments.find((d) => d.id === response.department)?.[l] ?? '—' }] },
  ];
  q.dimensions.forEach((d, step) => {
    const mean = dimensionMeanOf(q, d.id, response.answers);
    body.push({
      type: 'Container',
      separator: true,
      spacing: 'medium',
      items: [
        {
          type: 'ColumnSet',
          columns: [
            { type: 'Column', width: 'stretch', items: [{ type: 'TextBlock', text: `${step + 1}. ${d.title[l]}`, weight: 'Bolder', wrap: true }] },
            { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: mean === undefined ? '—' : t(l, 'check.summary.mean', { mean: formatDecimal(mean, l) }), wrap: true }] },
          ],
        },
        // Question above answer, not a FactSet: its narrow title column wrapped long questions to 5–8 lines.
        ...d.questions.flatMap((x) => {
          const level = response.answers[x.id];
          return [
            { type: 'TextBlock', text: x.text[l], isSubtle: true, size: 'Small', wrap: true, spacing: 'small' },
            { type: 'TextBlock', text: isLevel(level) ? `${level} – ${x.anchors[level][l]}` : '—', wrap: true, spacing: 'none' },
          ];
        }),
        { type: 'ActionSet', actions: [execute(t(l, 'check.summary.change'), EDIT_VERB, { cycleId: cycle.id, step }, { associatedInputs: 'none' })] },
      ],
    });
  });
  body.push({
    type: 'FactSet',
    separator: true,
    facts: [{ title: t(l, 'check.summary.ozg'), value: isLevel(response.ozg) ? `${response.ozg} – ${q.ozg.anchors[response.ozg][l]}` : t(l, 'check.summary.noOzg') }],
  });
  body.push({ type: 'TextBlock', text: t(l, 'check.summary.erase'), isSubtle: true, size: 'Small', wrap: true });
  return card(body);
}

/** After "continue later": how far one got, and a button to go on. */
export function pausedCard(q: Questionnaire, l: Lang, cycle: Cycle, response: CheckResponse | undefined): CardJson {
  const open = firstOpenStep(q, response?.answers ?? {});
  const done = open === undefined ? q.dimensions.length : open;
  return card(
    [
      heading(t(l, 'check.paused.title')),
      textBlock(t(l, 'check.paused.text', { done, total: q.dimensions.length, date: formatClosing(cycle, l) })),
    ],
    [execute(t(l, 'check.resume'), RESUME_VERB, { cycleId: cycle.id })],
  );
}

/** A plain message card (refusals, deleted). */
export function messageCard(l: Lang, text: string): CardJson {
  return resultCard(t(l, 'check.title'), text);
}

function problemText(q: Questionnaire, l: Lang, p: StepProblem, departments: Department[]): string {
  const question = (id: string) => (id === q.ozg.id ? q.ozg.text[l] : q.dimensions.flatMap((d) => d.questions).find((x) => x.id === id)?.text[l] ?? id);
  switch (p.code) {
    case 'missing':
      return t(l, 'check.problem.missing', { question: question(p.questionId) });
    case 'out-of-range':
      return t(l, 'check.problem.outOfRange', { question: question(p.questionId) });
    case 'unknown-answer':
      return t(l, 'check.problem.unknownAnswer', { field: p.field.replace(/[^\w.-]/g, '?') });
    case 'department':
      return t(l, 'check.problem.department');
    case 'malformed':
      return t(l, 'check.malformed');
    case 'department-locked':
      return t(l, 'department.locked', { date: formatDateTime(p.until, l) });
    case 'department-saved':
      return t(l, 'check.problem.departmentSaved', { department: departments.find((d) => d.id === p.department)?.[l] ?? p.department });
  }
}

/** The reminder to someone whose check is unfinished: a button to go on where they stopped. */
export function reminderCard(l: Lang, cycle: Cycle): CardJson {
  return card(
    [
      heading(t(l, 'check.reminder.title')),
      textBlock(t(l, 'check.reminder.text', { date: formatClosing(cycle, l) })),
    ],
    [execute(t(l, 'check.resume'), RESUME_VERB, { cycleId: cycle.id }, { style: 'positive' })],
  );
}
