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
import { callWorkflow, temporalProblem } from './temporal-problems';

const SUBJECT = 'the plan';

/** The plan's workflow as the API sees it: started on activation, addressed by `plan-<planId>`. */
@Injectable()
export class PlanWorkflowClient {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly temporal: TemporalClient,
  ) {}

  /** Throws WorkflowExecutionAlreadyStartedError while a run exists; a failed run may be started again. */
  async start(planId: string, latePeriods?: LatePeriodChoice): Promise<string> {
    const workflowId = workflowIds.plan(planId);
    const input: PlanWorkflowInput = { planId, ...(latePeriods ? { latePeriods } : {}) };
    await callWorkflow(SUBJECT, () =>
      this.temporal.workflow.start('planWorkflow', {
        workflowId,
        taskQueue: this.config.temporal.taskQueue,
        workflowIdReusePolicy: WorkflowIdReusePolicy.ALLOW_DUPLICATE_FAILED_ONLY,
        args: [input],
        typedSearchAttributes: [{ key: searchAttributes.planId, value: planId }],
      }),
    );
    return workflowId;
  }

  async cancel(planId: string, reason: string): Promise<void> {
    await callWorkflow(SUBJECT, () => this.handle(planId).signal(cancelPlanSignal, { reason }));
  }

  /** Tells a running plan its tasks changed; a plan whose workflow has ended has nothing to amend. */
  async amend(planId: string): Promise<void> {
    try {
      await this.handle(planId).signal(amendPlanSignal);
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) throw temporalProblem(error, SUBJECT);
    }
  }

  trigger(planId: string, request: { taskId: string; due: IsoDate; requestedBy: string }): Promise<TaskPeriod> {
    return callWorkflow(SUBJECT, () => this.handle(planId).executeUpdate(triggerTaskUpdate, { args: [request] }));
  }

  private handle(planId: string) {
    return this.temporal.workflow.getHandle(workflowIds.plan(planId));
  }
}
