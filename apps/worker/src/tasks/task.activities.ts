import { type TaskPeriod } from '@dondoc/contracts';
import { type IsoDate } from '@dondoc/domain';
import { type TaskPeriodStore } from './task-period-store';

export function createTaskActivities(deps: { taskPeriods: TaskPeriodStore }) {
  return {
    async openTaskPeriod({
      planId,
      coordinatingDue,
      ...period
    }: TaskPeriod & { planId: string; coordinatingDue?: IsoDate }) {
      return deps.taskPeriods.openPeriod(planId, period, coordinatingDue);
    },

    async inspectionCandidates({ taskId, period }: { taskId: string; period: string }) {
      return deps.taskPeriods.inspectionCandidates(taskId, period);
    },

    async cancelAssignment({ assignmentId }: { assignmentId: string }): Promise<void> {
      await deps.taskPeriods.cancelAssignment(assignmentId);
    },
  };
}
