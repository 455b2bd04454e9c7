import { type AssignmentActivityDeps, createAssignmentActivities } from './assignments/assignment.activities';
import { type DigestActivityDeps, createDigestActivities } from './digests/digest.activities';
import { type InspectionActivityDeps, createInspectionActivities } from './inspections/inspection.activities';
import { createPlanOrchestrationActivities } from './plans/plan-orchestration.activities';
import { type PlanIntakeDeps, createPlanIntakeActivities } from './plans/plan-intake.activities';
import { type PlanStore } from './plans/plan-store';
import { createTaskActivities } from './tasks/task.activities';
import { type TaskPeriodStore } from './tasks/task-period-store';

export type ActivityDeps = PlanIntakeDeps &
  AssignmentActivityDeps &
  InspectionActivityDeps &
  DigestActivityDeps & { planStore: PlanStore; taskPeriods: TaskPeriodStore };

/** Every activity the worker registers; workflows import this type only and proxy it. */
export function createActivities(deps: ActivityDeps) {
  return {
    ...createPlanIntakeActivities(deps),
    ...createPlanOrchestrationActivities({ plans: deps.planStore }),
    ...createTaskActivities(deps),
    ...createAssignmentActivities(deps),
    ...createInspectionActivities(deps),
    ...createDigestActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
