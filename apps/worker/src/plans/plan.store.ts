import { Injectable } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/common';
import { type AnnouncedAdjustments, planYears, withPolicyDefaults } from '@dondoc/domain';
import {
  CalendarAdjustmentRepository,
  PlanRepository,
  type PlanStatus,
  TaskRepository,
  schedulable,
} from '@dondoc/persistence';
import { type PlanForOrchestration, type PlanStore } from './plan-store';

@Injectable()
export class PostgresPlanStore implements PlanStore {
  constructor(
    private readonly plans: PlanRepository,
    private readonly tasks: TaskRepository,
    private readonly calendar: CalendarAdjustmentRepository,
  ) {}

  async forOrchestration(planId: string): Promise<PlanForOrchestration> {
    const plan = await this.plans.getById(planId);
    if (!plan) throw ApplicationFailure.nonRetryable(`plan ${planId} not found`, 'PlanMissing');
    const { from: periodFrom, to: periodTo } = planYears(plan);
    const policy = withPolicyDefaults(plan.policy);
    const tasks = await this.tasks.listForPlan(planId);
    return {
      planId,
      periodFrom,
      periodTo,
      annualReportDate: policy.annualReportDate,
      reminders: {
        reminderDaysBefore: policy.reminderDaysBefore,
        escalations: policy.escalations,
        sendTime: policy.sendTime,
      },
      inspection: policy.inspection,
      coordinatingInputDays: policy.coordinatingInputDays,
      // A year either side: a break may start on 31/12, and escalations count working days past a December deadline.
      calendar: await this.calendar.forYears(periodFrom - 1, periodTo + 1),
      tasks: tasks.map(schedulable),
    };
  }

  announcedCalendar(fromYear: number, toYear: number): Promise<AnnouncedAdjustments> {
    return this.calendar.forYears(fromYear, toYear);
  }

  async setStatus(planId: string, status: PlanStatus, revision: number): Promise<void> {
    await this.plans.applyWorkflowStatus(planId, status, revision);
  }
}
