import type { DigiCheckService } from './features/digicheck/service';
import type { RunningApp } from './main';
import type { Scheduler } from './scheduling/scheduler';

/**
 * What tests reach inside a started app, kept apart from {@link RunningApp} so that the production
 * type stays narrow: the scheduler (to run a job at a chosen time, e.g. `tick('pulse', closesAt)`)
 * and the DigiCheck service (to answer for many simulated colleagues without a chat each).
 */
export interface AppInternals {
  scheduler: Scheduler;
  digicheck: DigiCheckService;
}

const internals = new WeakMap<RunningApp, AppInternals>();

/** Remembers a started app's internals; called by `startApp` only. */
export function keepInternals(app: RunningApp, parts: AppInternals): void {
  internals.set(app, parts);
}

/**
 * For tests only (tests/support/app.ts): the internals of an app started in this process.
 * @throws when the app was not made by `startApp`.
 */
export function internalsOf(app: RunningApp): AppInternals {
  const parts = internals.get(app);
  if (!parts) throw new Error('not an app started by startApp in this process');
  return parts;
}
