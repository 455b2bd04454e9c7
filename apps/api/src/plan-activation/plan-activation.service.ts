import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { accountOf, type Actor } from '@dondoc/auth';
import { workflowIds } from '@dondoc/contracts';
import { parseIsoDate } from '@dondoc/domain';
import { type PlanEntity, PlanRepository, TaskRepository } from '@dondoc/persistence';
import { AuditTrail } from '../audit/audit-trail';
import { PlanWorkflowClient } from '../orchestration/plan-workflow.client';
import { type CancelPlanDto } from './cancel-plan.dto';
import { type PlanActivationResponse, type TaskPeriodResponse } from './plan-activation.response';
import { type TriggerTaskDto } from './trigger-task.dto';

/** Starts, cancels and prods a plan's workflow; the workflow itself writes the plan's status. */
@Injectable()
export class PlanActivationService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly tasks: TaskRepository,
    private readonly workflows: PlanWorkflowClient,
    private readonly audit: AuditTrail,
  ) {}

  async activate(actor: Actor, planId: string): Promise<PlanActivationResponse> {
    const plan = await this.existing(planId);
    if (plan.status !== 'draft') {
      throw new ConflictException(`plan ${planId} is ${plan.status}: only a draft plan can be activated`);
    }
    if ((await this.tasks.searchForPlan(planId, { pageSize: 1 })).total === 0) {
      throw new ConflictException(`plan ${planId} has no tasks: add at least one before activating it`);
    }
    let workflowId: string;
    try {
      workflowId = await this.workflows.start(planId);
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      throw new ConflictException(`plan ${planId} is already being activated`);
    }
    const result = { planId, workflowId };
    await this.record(actor, 'plan.activate', planId, result);
    return result;
  }

  async cancel(actor: Actor, planId: string, dto: CancelPlanDto): Promise<PlanActivationResponse> {
    const plan = await this.existing(planId);
    if (plan.status !== 'active') {
      throw new ConflictException(`plan ${planId} is ${plan.status}: only an active plan can be cancelled`);
    }
    await this.workflows.cancel(planId, dto.reason);
    const result = { planId, workflowId: workflowIds.plan(planId) };
    await this.record(actor, 'plan.cancel', planId, { ...result, reason: dto.reason });
    return result;
  }

  async trigger(actor: Actor, planId: string, taskId: string, dto: TriggerTaskDto): Promise<TaskPeriodResponse> {
    await this.existing(planId);
    if (!(await this.tasks.getForPlan(planId, taskId))) {
      throw new NotFoundException(`task ${taskId} not found in plan ${planId}`);
    }
    const period = await this.workflows.trigger(planId, {
      taskId,
      due: parseIsoDate(dto.due),
      requestedBy: accountOf(actor),
    });
    await this.record(actor, 'task.trigger', taskId, period, 'task');
    return period;
  }

  private async existing(planId: string): Promise<PlanEntity> {
    const plan = await this.plans.getById(planId);
    if (!plan) throw new NotFoundException(`plan ${planId} not found`);
    return plan;
  }

  private record(actor: Actor, action: string, entityId: string, after: unknown, entityType = 'plan') {
    return this.audit.recordDone(actor, { action, entityType, entityId, after });
  }
}
