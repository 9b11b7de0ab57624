/**
 * DigiCheck helpers for tests and the bench: simulated colleagues who complete the check through
 * the service, exactly as the chat's cards would (same validation, same storage).
 */
import type { RunningApp } from '../../bot/src/main';
import { internalsOf } from '../../bot/src/testing';
import { QUESTIONNAIRE } from '../../bot/src/features/digicheck/questionnaire';
import { ANSWER_PREFIX } from '../../bot/src/features/digicheck/step-input';

/** The card data of one dimension step with every question answered by `level`. */
export function stepData(cycleId: string, step: number, level: (questionId: string) => number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const data: Record<string, unknown> = { cycleId, step, move: 'next', ...extra };
  for (const q of QUESTIONNAIRE.dimensions[step].questions) data[ANSWER_PREFIX + q.id] = String(level(q.id));
  return data;
}

/**
 * Completes the DigiCheck for `count` simulated people of `department` in `cycleId` (through the
 * service, as the chat would). `level(questionId, personIndex)` gives each answer 0–4.
 */
export async function simulateColleagues(app: RunningApp, cycleId: string, count: number, department: string, level: (questionId: string, person: number) => number, concurrency = 8): Promise<void> {
  let next = 0;
  const prefix = `sim-${department}-${Math.random().toString(36).slice(2, 8)}`;
  const one = async (i: number) => {
    const personKey = `${prefix}-${i}`;
    for (let step = 0; step < QUESTIONNAIRE.dimensions.length; step++) {
      const view = await internalsOf(app).digicheck.submit(personKey, stepData(cycleId, step, (q) => level(q, i), step === 0 ? { department } : {}));
      if (view.kind === 'refused' || (view.kind === 'step' && view.problems?.length)) throw new Error(`simulated answer refused: ${JSON.stringify(view.kind === 'step' ? view.problems : view)}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, async () => {
    while (next < count) await one(next++);
  }));
}

/** Opens a cycle now through the service (change-team action), closing in `days`. */
export async function openCycle(app: RunningApp, targets: Record<string, number> = {}, days = 14): Promise<string> {
  const outcome = await internalsOf(app).digicheck.createCycle({ closesAt: new Date(Date.now() + days * 86_400_000).toISOString(), targets });
  if (outcome.kind !== 'ok') throw new Error(`could not open a cycle: ${JSON.stringify(outcome)}`);
  return outcome.value.id;
}
