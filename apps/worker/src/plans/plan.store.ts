import { Injectable } from '@nestjs/common';
import { DEFAULT_ANNOUNCED_ADJUSTMENTS } from '@dondoc/domain';
import { PlanRepository, type PlanStatus, TaskRepository, withPolicyDefaults } from '@dondoc/persistence';
import { type PlanForOrchestration, type PlanStore } from './plan-store';

@Injectable()
export class PostgresPlanStore implements PlanStore {
  constructor(
    private readonly plans: PlanRepository,
    private readonly tasks: TaskRepository,
  ) {}

  async forOrchestration(planId: string): Promise<PlanForOrchestration> {
    const plan = await this.plans.getById(planId);
    if (!plan) throw new Error(`plan ${planId} not found`);
    const year = new Date().getUTCFullYear();
    const policy = withPolicyDefaults(plan.policy);
    const tasks = await this.tasks.listForPlan(planId);
    return {
      planId,
      periodFrom: plan.periodFrom ?? plan.periodTo ?? year,
      periodTo: plan.periodTo ?? plan.periodFrom ?? year,
      annualReportDate: policy.annualReportDate,
      reminders: {
        reminderDaysBefore: policy.reminderDaysBefore,
        escalations: policy.escalations,
        sendTime: policy.sendTime,
      },
      inspection: policy.inspection,
      calendar: DEFAULT_ANNOUNCED_ADJUSTMENTS,
      tasks: tasks.map((task) => ({ taskId: task.id, taskCode: task.code, schedule: task.schedule })),
    };
  }

  async setStatus(planId: string, status: PlanStatus): Promise<void> {
    await this.plans.setStatus(planId, status);
  }
}
