import { type IsoDate, isoDate } from '../dates';
import { type Deadline, type MonthDay, type Schedule, deadlinesFor, periodOpens } from '../schedules';

export interface SchedulableTask {
  taskId: string;
  taskCode: string;
  schedule: Schedule | null;
}

export interface PlannedPeriod {
  taskId: string;
  taskCode: string;
  period: string;
  due: IsoDate;
  opens: IsoDate;
}

/**
 * Every task's reporting periods across the plan, each opening no earlier than activation. Tasks on request
 * (or waiting on an event, or not understood) have no periods until a coordinator starts them.
 */
export function expandPlanPeriods(
  tasks: SchedulableTask[],
  context: { planPeriod: { from: number; to: number }; annualReportDate: MonthDay; activatedOn: IsoDate },
): { periods: PlannedPeriod[]; onRequest: Array<{ taskId: string; taskCode: string }> } {
  const periods: PlannedPeriod[] = [];
  const onRequest: Array<{ taskId: string; taskCode: string }> = [];
  for (const task of tasks) {
    const deadlines: Deadline[] = task.schedule ? deadlinesFor(task.schedule, context) : [];
    if (deadlines.length === 0) {
      onRequest.push({ taskId: task.taskId, taskCode: task.taskCode });
      continue;
    }
    for (const deadline of deadlines) {
      if (deadline.due < context.activatedOn) continue;
      periods.push({
        taskId: task.taskId,
        taskCode: task.taskCode,
        period: deadline.period,
        due: deadline.due,
        opens: periodOpens(deadline, context.activatedOn),
      });
    }
  }
  return { periods: periods.sort((a, b) => (a.opens < b.opens ? -1 : a.opens > b.opens ? 1 : 0)), onRequest };
}

/** The first day after the plan's last year. */
export const planEndsOn = (toYear: number): IsoDate => isoDate(toYear + 1, 1, 1);
