import { type IsoDate, addDays, isoDate } from '../dates';
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
 * What to do with the periods of the activation's year whose deadline had already passed when the plan was
 * activated (a plan activated late in its year): open them at once with a deadline of their own, or leave them.
 */
export type LatePeriodChoice = { mode: 'open-now'; activatedOn: IsoDate; due: IsoDate } | { mode: 'skip' };

export interface PlanPeriodContext {
  planPeriod: { from: number; to: number };
  annualReportDate: MonthDay;
  /** The day the schedule is laid out: activation, or an amend. */
  activatedOn: IsoDate;
  latePeriods?: LatePeriodChoice;
}

/**
 * Every task's reporting periods across the plan, each opening no earlier than activation. Tasks on request
 * (or waiting on an event, or not understood) have no periods until a coordinator starts them. The late periods
 * of the activation's year are opened at activation with their own deadline when the coordinator chose so.
 */
export function expandPlanPeriods(
  tasks: SchedulableTask[],
  context: PlanPeriodContext,
): { periods: PlannedPeriod[]; onRequest: Array<{ taskId: string; taskCode: string }> } {
  const late = context.latePeriods?.mode === 'open-now' ? context.latePeriods : null;
  const opensLate = new Set(
    late ? latePeriodsAt(tasks, { ...context, activatedOn: late.activatedOn }).map(periodKey) : [],
  );
  const periods: PlannedPeriod[] = [];
  const onRequest: Array<{ taskId: string; taskCode: string }> = [];
  for (const task of tasks) {
    const deadlines: Deadline[] = task.schedule ? deadlinesFor(task.schedule, context) : [];
    if (deadlines.length === 0) {
      onRequest.push({ taskId: task.taskId, taskCode: task.taskCode });
      continue;
    }
    for (const deadline of deadlines) {
      if (late && opensLate.has(periodKey({ taskId: task.taskId, period: deadline.period }))) {
        periods.push({
          taskId: task.taskId,
          taskCode: task.taskCode,
          period: deadline.period,
          due: late.due,
          opens: late.activatedOn,
        });
        continue;
      }
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

/**
 * The period each task was in the middle of when the plan was activated: the latest whose deadline had passed less
 * than a year before. The coordinator chooses at activation whether they open now, with a deadline of their own.
 */
export function latePeriodsAt(
  tasks: SchedulableTask[],
  context: Omit<PlanPeriodContext, 'latePeriods'>,
): Array<Omit<PlannedPeriod, 'opens'>> {
  return tasks.flatMap((task) => {
    const late = (task.schedule ? deadlinesFor(task.schedule, context) : [])
      .filter((deadline) => isLate(deadline.due, context.activatedOn))
      .sort((a, b) => (a.due < b.due ? 1 : -1))
      .slice(0, 1);
    return late.map((deadline) => ({
      taskId: task.taskId,
      taskCode: task.taskCode,
      period: deadline.period,
      due: deadline.due,
    }));
  });
}

const periodKey = ({ taskId, period }: { taskId: string; period: string }) => `${taskId}|${period}`;

const isLate = (due: IsoDate, activatedOn: IsoDate): boolean => due < activatedOn && due > addDays(activatedOn, -365);

/** The first day after the plan's last year. */
export const planEndsOn = (toYear: number): IsoDate => isoDate(toYear + 1, 1, 1);
