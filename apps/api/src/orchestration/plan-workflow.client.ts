import { Inject, Injectable } from '@nestjs/common';
import { WorkflowIdReusePolicy, WorkflowNotFoundError } from '@temporalio/client';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import {
  type PlanWorkflowInput,
  type TaskPeriod,
  amendPlanSignal,
  cancelPlanSignal,
  searchAttributes,
  triggerTaskUpdate,
  workflowIds,
} from '@dondoc/contracts';
import { type IsoDate, type LatePeriodChoice } from '@dondoc/domain';
import { TemporalClient } from '@dondoc/temporal';
import { callUpdate, callWorkflow, temporalProblem } from './temporal-problems';
import { updateIdsOf } from './update-id';

const SUBJECT = 'the plan';
const ACTIVATION_KEY = 'activationIdempotencyKey';

/** The plan's workflow as the API sees it: started on activation, addressed by `plan-<planId>`. */
@Injectable()
export class PlanWorkflowClient {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly temporal: TemporalClient,
  ) {}

  /**
   * Throws WorkflowExecutionAlreadyStartedError while a run exists; a failed run may be started again. The run
   * remembers the activation's idempotency key, so a retry can tell it started it (activatedWith).
   */
  async start(planId: string, latePeriods?: LatePeriodChoice, idempotencyKey?: string): Promise<string> {
    const workflowId = workflowIds.plan(planId);
    const input: PlanWorkflowInput = { planId, ...(latePeriods ? { latePeriods } : {}) };
    await callWorkflow(this.temporal, SUBJECT, () =>
      this.temporal.workflow.start('planWorkflow', {
        workflowId,
        taskQueue: this.config.temporal.taskQueue,
        workflowIdReusePolicy: WorkflowIdReusePolicy.ALLOW_DUPLICATE_FAILED_ONLY,
        args: [input],
        typedSearchAttributes: [{ key: searchAttributes.planId, value: planId }],
        ...(idempotencyKey ? { memo: { [ACTIVATION_KEY]: idempotencyKey } } : {}),
      }),
    );
    return workflowId;
  }

  /** Whether the plan's current run was started by the activation that carried this idempotency key. */
  async activatedWith(planId: string, idempotencyKey: string): Promise<boolean> {
    try {
      const { memo } = await this.temporal.withinDeadline(() => this.handle(planId).describe());
      return memo?.[ACTIVATION_KEY] === idempotencyKey;
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return false;
      throw temporalProblem(error, SUBJECT);
    }
  }

  async cancel(planId: string, reason: string): Promise<void> {
    await callWorkflow(this.temporal, SUBJECT, () => this.handle(planId).signal(cancelPlanSignal, { reason }));
  }

  /** Tells a running plan its tasks changed; a plan whose workflow has ended has nothing to amend. */
  async amend(planId: string): Promise<void> {
    try {
      await this.temporal.withinDeadline(() => this.handle(planId).signal(amendPlanSignal));
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) throw temporalProblem(error, SUBJECT);
    }
  }

  trigger(planId: string, request: { taskId: string; due: IsoDate; requestedBy: string }): Promise<TaskPeriod> {
    const ids = updateIdsOf('trigger', undefined);
    return callUpdate(this.temporal, SUBJECT, {
      handle: this.handle(planId),
      definition: triggerTaskUpdate,
      args: [request],
      ids,
    });
  }

  private handle(planId: string) {
    return this.temporal.workflow.getHandle(workflowIds.plan(planId));
  }
}
