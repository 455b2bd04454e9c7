import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { WorkflowNotFoundError } from '@temporalio/client';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { type PlanIntakeInput, planIntakeStateQuery, workflowIds } from '@dondoc/contracts';
import { type PlanEntity } from '@dondoc/persistence';
import { TemporalClient } from '@dondoc/temporal';
import { callWorkflow, temporalProblem } from '../orchestration/temporal-problems';
import { type PlanIntakeResponse } from './plan.response';

/** The plan-intake workflow as the API sees it: started per plan, addressed by the plan's id. */
@Injectable()
export class PlanIntakeClient {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly temporal: TemporalClient,
  ) {}

  async start(plan: PlanEntity, standingOfficeEmail: string): Promise<string> {
    const input: PlanIntakeInput = {
      planId: plan.id,
      number: plan.number,
      title: plan.title,
      standingOfficeEmail,
    };
    const workflowId = workflowIds.planIntake(plan.id);
    await callWorkflow(this.temporal, 'the plan', () =>
      this.temporal.workflow.start('planIntakeWorkflow', {
        workflowId,
        taskQueue: this.config.temporal.taskQueue,
        args: [input],
      }),
    );
    return workflowId;
  }

  async describe(planId: string): Promise<PlanIntakeResponse> {
    const workflowId = workflowIds.planIntake(planId);
    const handle = this.temporal.workflow.getHandle(workflowId);
    try {
      const { status } = await this.temporal.withinDeadline(() => handle.describe());
      const stage = await this.temporal.connection
        .withDeadline(Date.now() + 3_000, () => handle.query(planIntakeStateQuery))
        .then((state) => state.stage)
        .catch(() => null);
      return { workflowId, executionStatus: status.name, stage };
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw new NotFoundException(`plan ${planId} not found`);
      throw temporalProblem(error, 'the plan');
    }
  }

  /** A deleted draft must not be recorded again by an intake that has not run yet. */
  async stop(planId: string): Promise<void> {
    try {
      const handle = this.temporal.workflow.getHandle(workflowIds.planIntake(planId));
      await this.temporal.withinDeadline(() => handle.terminate('plan deleted'));
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) throw temporalProblem(error, 'the plan');
    }
  }
}
