/**
 * Short labels for questions where the full text does not fit (table columns, chart legends).
 * The standard change-readiness pulse tags each question with a dimension that has a short name
 * in both languages; other questions are numbered in survey order ("F3" / "Q3"), and the full
 * text stays available next to the short label.
 */

const DIMENSION_KEYS = {
  awareness: 'results.dimension.awareness',
  desire: 'results.dimension.desire',
  knowledge: 'results.dimension.knowledge',
  ability: 'results.dimension.ability',
  reinforcement: 'results.dimension.reinforcement',
  appropriateness: 'results.dimension.appropriateness',
  'management-support': 'results.dimension.managementSupport',
  efficacy: 'results.dimension.efficacy',
  'personal-benefit': 'results.dimension.personalBenefit',
} as const;

/**
 * A translate that knows these messages. The tab's `t` fits only while every key exists in the
 * catalogs, so the tab build checks them (this file stays free of React for the Node tests).
 */
export type LabelTranslate = (
  key: (typeof DIMENSION_KEYS)[keyof typeof DIMENSION_KEYS] | 'results.questionNumber',
  values?: Record<string, string | number>,
) => string;

/**
 * The short label of a question.
 * @param key - the question's dimension, else its id (the standard pulse uses the same words)
 * @param index - its position in the survey, from 0, for the numbered fallback
 */
export function shortQuestionLabel(t: LabelTranslate, key: string | undefined, index: number): string {
  const message = key !== undefined && Object.hasOwn(DIMENSION_KEYS, key) ? DIMENSION_KEYS[key as keyof typeof DIMENSION_KEYS] : undefined;
  return message ? t(message) : t('results.questionNumber', { n: index + 1 });
}
