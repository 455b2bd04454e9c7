import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { accountOf, type Actor } from '@dondoc/auth';
import { workflowIds } from '@dondoc/contracts';
import {
  type IsoDate,
  type LatePeriodChoice,
  latePeriodsAt,
  localDateOf,
  parseIsoDate,
  schedulingContext,
} from '@dondoc/domain';
import { type PlanEntity, PlanRepository, TaskRepository, schedulable } from '@dondoc/persistence';
import { AuditTrail } from '../audit/audit-trail';
import { PlanWorkflowClient } from '../orchestration/plan-workflow.client';
import { invalidField } from '../http/problems';
import { type ActivatePlanDto } from './activate-plan.dto';
import { type CancelPlanDto } from './cancel-plan.dto';
import {
  type PlanActivationResponse,
  type PlanWorkflowResponse,
  type TaskPeriodResponse,
} from './plan-activation.response';
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

  /**
   * Starts the plan's workflow. A retry with the idempotency key of the activation that started it (one whose answer
   * was lost, or came back 503 after its request reached Temporal) answers as that activation did.
   */
  async activate(
    actor: Actor,
    planId: string,
    dto: ActivatePlanDto = {},
    idempotencyKey?: string,
  ): Promise<PlanActivationResponse> {
    const plan = await this.existing(planId);
    const startedByThisRequest = async () =>
      idempotencyKey !== undefined && (await this.workflows.activatedWith(planId, idempotencyKey));
    // A draft is started without asking Temporal first; only a plan past draft may be this request's retry.
    const retried = plan.status !== 'draft' && (await startedByThisRequest());
    if (!retried && plan.status !== 'draft') {
      throw new ConflictException(`plan ${planId} is ${plan.status}: only a draft plan can be activated`);
    }
    const tasks = await this.tasks.listForPlan(planId);
    if (tasks.length === 0) {
      throw new ConflictException(`plan ${planId} has no tasks: add at least one before activating it`);
    }
    const today = localDateOf(Date.now());
    const late = latePeriodsAt(tasks.map(schedulable), schedulingContext(plan, today));
    const latePeriods = this.latePeriodChoice(late, dto, today);
    try {
      if (!retried) await this.workflows.start(planId, latePeriods, idempotencyKey);
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      if (!(await startedByThisRequest())) throw new ConflictException(`plan ${planId} is already being activated`);
    }
    const result = {
      planId,
      workflowId: workflowIds.plan(planId),
      latePeriods: late.map(({ taskCode, period, due }) => ({
        taskCode,
        period,
        due,
        opensWith: latePeriods?.mode === 'open-now' ? latePeriods.due : null,
      })),
    };
    await this.audit.recordDone(
      actor,
      { action: 'plan.activate', entityType: 'plan', entityId: planId, after: result },
      idempotencyKey,
    );
    return result;
  }

  /** Periods already late at activation need the coordinator's word: open them now, by when, or skip them. */
  private latePeriodChoice(
    late: ReturnType<typeof latePeriodsAt>,
    dto: ActivatePlanDto,
    today: IsoDate,
  ): LatePeriodChoice | undefined {
    if (late.length === 0) return undefined;
    if (!dto.latePeriods) {
      const listed = late.map(({ taskCode, period, due }) => `${taskCode} (${period}, hạn ${due})`).join('; ');
      throw invalidField(
        'latePeriods',
        `${late.length} period(s) of this year are already past their deadline: ${listed}. ` +
          `Choose 'open-now' with a lateDue, or 'skip' to start with the next period`,
      );
    }
    if (dto.latePeriods === 'skip') return { mode: 'skip' };
    const due = parseIsoDate(dto.lateDue ?? '');
    if (due < today) throw invalidField('lateDue', `the deadline ${due} is in the past`);
    return { mode: 'open-now', activatedOn: today, due };
  }

  async cancel(actor: Actor, planId: string, dto: CancelPlanDto): Promise<PlanWorkflowResponse> {
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
