import { ApplicationFailure } from '@temporalio/activity';
import { type PlanSchedule } from '@dondoc/contracts';
import {
  type AnnouncedAdjustments,
  type LatePeriodChoice,
  expandPlanPeriods,
  localDateOf,
  planEndsOn,
} from '@dondoc/domain';
import { type PlanStatus } from '@dondoc/persistence';
import { type PlanStore } from './plan-store';

export function createPlanOrchestrationActivities(deps: { plans: PlanStore }) {
  return {
    /** Reads the plan and lays out every task period; a read, so safe to repeat. */
    async loadPlanSchedule({
      planId,
      latePeriods,
    }: {
      planId: string;
      latePeriods?: LatePeriodChoice;
    }): Promise<PlanSchedule> {
      const plan = await deps.plans.forOrchestration(planId);
      if (plan.tasks.length === 0) throw ApplicationFailure.nonRetryable(`plan ${planId} has no tasks`, 'EmptyPlan');
      const { periods, onRequest } = expandPlanPeriods(plan.tasks, {
        planPeriod: { from: plan.periodFrom, to: plan.periodTo },
        annualReportDate: plan.annualReportDate,
        activatedOn: localDateOf(Date.now()),
        latePeriods,
      });
      return {
        planId,
        policy: {
          reminders: plan.reminders,
          inspection: plan.inspection,
          calendar: plan.calendar,
          coordinatingInputDays: plan.coordinatingInputDays,
        },
        taskPeriods: periods,
        taskIds: plan.tasks.map((task) => task.taskId),
        endsOn: planEndsOn(plan.periodTo),
        onRequestTasks: onRequest,
      };
    },

    /** The calendar a period opening now works to: the year of its deadline and those either side. */
    async loadCalendar({ year }: { year: number }): Promise<AnnouncedAdjustments> {
      return deps.plans.announcedCalendar(year - 1, year + 1);
    },

    /** `revision` orders the workflow's writes; workflows started before it was carried write as revision 0. */
    async recordPlanStatus({
      planId,
      status,
      revision = 0,
    }: {
      planId: string;
      status: PlanStatus;
      revision?: number;
    }) {
      await deps.plans.setStatus(planId, status, revision);
    },
  };
}
