import { z } from 'zod';
import { problemLines } from '../../http/app-error';
import { coded, zodProblems } from '../../http/validation';
import { DIMENSION_IDS, MAX_LEVEL, type CheckCycleRequest, type CheckQuestion, type CheckTargets, type DimensionId, type Questionnaire } from '../../api/digicheck-contract';

/** The target level a dimension gets when the change team names none. */
export const DEFAULT_TARGET = 2.5;

const text = z.object({ de: z.string().trim().min(1).max(300), en: z.string().trim().min(1).max(300) });
const anchor = z.object({ de: z.string().trim().min(1).max(120), en: z.string().trim().min(1).max(120) });
const question = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'question ids are 2–40 lower-case letters, digits or dashes'),
  text,
  anchors: z.array(anchor).length(MAX_LEVEL + 1, 'every question needs one anchor per level 0–4'),
});

/**
 * The questionnaire's rules: the six dimensions in their order, 2–4 questions each, five anchors
 * per question, unique question ids. Checked by a unit test, so a wording change cannot break the
 * chat or the results.
 */
export const questionnaireSchema = z
  .object({
    dimensions: z
      .array(z.object({ id: z.enum(DIMENSION_IDS as [DimensionId, ...DimensionId[]]), title: text, description: text, questions: z.array(question).min(2).max(4) }))
      .length(DIMENSION_IDS.length),
    ozg: question,
  })
  .superRefine((q, ctx) => {
    q.dimensions.forEach((d, i) => {
      if (d.id !== DIMENSION_IDS[i]) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['dimensions', i, 'id'], message: `expected ${DIMENSION_IDS[i]}` });
    });
    const ids = [...q.dimensions.flatMap((d) => d.questions.map((x) => x.id)), q.ozg.id];
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['dimensions'], message: 'question ids must be unique' });
  });

/** Every question of the questionnaire (not the OZG one), with its dimension. */
export function allQuestions(q: Questionnaire): Array<CheckQuestion & { dimension: DimensionId }> {
  return q.dimensions.flatMap((d) => d.questions.map((x) => ({ ...x, dimension: d.id })));
}

/** True for a whole level 0–4. */
export function isLevel(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_LEVEL;
}

const target = z
  .number({ invalid_type_error: 'a target is a number 0–4' })
  .min(0, 'targets are 0–4')
  .max(MAX_LEVEL, 'targets are 0–4')
  .refine((n) => Number.isInteger(n * 2), { message: 'targets go in steps of 0.5', params: coded('not_multiple_of', { step: 0.5 }) });

const targetsShape = Object.fromEntries(DIMENSION_IDS.map((d) => [d, target])) as Record<DimensionId, typeof target>;

/** A complete set of targets (`PUT …/targets`). */
export const targetsSchema = z.object(targetsShape).strict() satisfies z.ZodType<CheckTargets, z.ZodTypeDef, unknown>;

/** `POST /api/digicheck/cycles`. */
export const cycleRequestSchema = z
  .object({
    opensAt: z.string().datetime({ offset: true, message: 'opensAt must be an ISO date-time, e.g. 2027-01-11T08:00:00+01:00' }).optional(),
    closesAt: z.string({ required_error: 'closesAt is required (ISO date-time)' }).datetime({ offset: true, message: 'closesAt must be an ISO date-time, e.g. 2027-01-29T18:00:00+01:00' }),
    targets: z.object(targetsShape).partial().strict().optional(),
  })
  .strict() satisfies z.ZodType<CheckCycleRequest, z.ZodTypeDef, unknown>;

/** Fills omitted targets with {@link DEFAULT_TARGET}. */
export function fullTargets(partial: Partial<CheckTargets> | undefined): CheckTargets {
  return Object.fromEntries(DIMENSION_IDS.map((d) => [d, partial?.[d] ?? DEFAULT_TARGET])) as CheckTargets;
}

/** The readable problems of a failed parse, `path: message` each. */
export function problemsOf(error: z.ZodError): string[] {
  return problemLines(zodProblems(error));
}
