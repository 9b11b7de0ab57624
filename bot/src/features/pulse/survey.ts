import { z } from 'zod';
import type { FieldProblem } from '../../api/contract';
import { problemLines } from '../../http/app-error';
import { coded, zodProblems } from '../../http/validation';

/** A text in both languages the app speaks. */
export const localized = z.object({
  de: z.string().trim().min(1, 'German text is required').max(500, 'at most 500 characters'),
  en: z.string().trim().min(1, 'English text is required').max(500, 'at most 500 characters'),
});
export type Localized = z.infer<typeof localized>;

const questionId = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'question ids are 1–40 lower-case letters, digits or dashes');

/** A 1–5 agreement scale, labelled at every point. */
const scaleQuestion = z.object({
  id: questionId,
  kind: z.literal('scale'),
  text: localized,
  /** Exactly five labels, for 1 … 5. */
  labels: z.array(localized).length(5, 'a scale needs exactly 5 labels (1 to 5)'),
  /** Grouping for reports, e.g. an ADKAR stage or readiness factor. */
  dimension: z.string().max(40).optional(),
  optional: z.boolean().default(false),
});

/** The eNPS question: 0–10, promoters 9–10, detractors 0–6. */
const enpsQuestion = z.object({
  id: questionId,
  kind: z.literal('enps'),
  text: localized,
  optional: z.boolean().default(false),
});

/** Open text; shown only in aggregate above the comment threshold, in random order. */
const textQuestion = z.object({
  id: questionId,
  kind: z.literal('text'),
  text: localized,
  optional: z.literal(true).default(true),
});

export const questionSchema = z.discriminatedUnion('kind', [scaleQuestion, enpsQuestion, textQuestion]);
export type Question = z.infer<typeof questionSchema>;

/** A survey definition: what the change team asks in each round. */
export const surveySchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{2,39}$/, 'survey ids are 3–40 lower-case letters, digits or dashes'),
    title: localized,
    intro: localized.optional(),
    questions: z.array(questionSchema).min(1, 'a survey needs at least one question').max(25, 'at most 25 questions (as in Viva Pulse)'),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.questions.forEach((q, i) => {
      if (seen.has(q.id)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['questions', i, 'id'], message: `question id "${q.id}" is used twice`, params: coded('id.duplicate') });
      seen.add(q.id);
    });
    if (s.questions.filter((q) => q.kind === 'enps').length > 1) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['questions'], message: 'at most one eNPS question', params: coded('questions.tooManyEnps') });
    }
    if (s.questions.filter((q) => q.kind === 'text').length > 3) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['questions'], message: 'at most three open-text questions', params: coded('questions.tooManyTexts') });
    }
  });
export type Survey = z.infer<typeof surveySchema>;

/**
 * Validates a survey definition (API body or JSON import): the problems with path and code (see
 * `zodProblems`), and the same as readable `path: message` lines.
 */
export function parseSurvey(input: unknown): { ok: true; survey: Survey } | { ok: false; problems: FieldProblem[]; errors: string[] } {
  const r = surveySchema.safeParse(input);
  if (r.success) return { ok: true, survey: r.data };
  const problems = zodProblems(r.error);
  return { ok: false, problems, errors: problemLines(problems) };
}
