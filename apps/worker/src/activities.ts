import { type PlanIntakeDeps, createPlanIntakeActivities } from './plans/plan-intake.activities';

export type ActivityDeps = PlanIntakeDeps;

/** Every activity the worker registers; workflows import this type only and proxy it. */
export function createActivities(deps: ActivityDeps) {
  return { ...createPlanIntakeActivities(deps) };
}

export type Activities = ReturnType<typeof createActivities>;
