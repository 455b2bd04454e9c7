import { type TaskPeriod } from '@dondoc/contracts';
import { type TaskPeriodStore } from './task-period-store';

export function createTaskActivities(deps: { taskPeriods: TaskPeriodStore }) {
  return {
    async openTaskPeriod({ planId, ...period }: TaskPeriod & { planId: string }) {
      return deps.taskPeriods.openPeriod(planId, period);
    },

    async cancelAssignment({ assignmentId }: { assignmentId: string }): Promise<void> {
      await deps.taskPeriods.cancelAssignment(assignmentId);
    },
  };
}
