import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';
import { type PlanIntakeInput, planIntakeStateQuery, workflowIds } from '@dondoc/contracts';
import { PlanRepository } from '@dondoc/persistence';
import { TemporalClient } from '@dondoc/temporal';
import { type CreatePlanDto } from './create-plan.dto';
import { type PlanAcceptedResponse, type PlanIntakeResponse, PlanResponse } from './plan.response';

@Injectable()
export class PlansService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly plans: PlanRepository,
    private readonly temporal: TemporalClient,
  ) {}

  /** Hands the plan to a durable workflow; the row appears once a worker has recorded it. */
  async register(dto: CreatePlanDto): Promise<PlanAcceptedResponse> {
    if (dto.number && (await this.plans.existsWithNumber(dto.number))) {
      throw new ConflictException(`number: a plan numbered ${dto.number} already exists`);
    }
    const input: PlanIntakeInput = {
      planId: randomUUID(),
      number: dto.number ?? null,
      title: dto.title,
      standingOfficeEmail: dto.standingOfficeEmail,
    };
    const workflowId = workflowIds.planIntake(input.planId);
    try {
      await this.temporal.workflow.start('planIntakeWorkflow', {
        workflowId,
        taskQueue: this.config.temporal.taskQueue,
        args: [input],
      });
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) throw new ConflictException('plan already registered');
      throw error;
    }
    return { id: input.planId, workflowId };
  }

  async getById(id: string): Promise<PlanResponse> {
    const plan = await this.plans.getById(id);
    if (!plan) throw new NotFoundException(`plan ${id} not found`);
    return PlanResponse.from(plan);
  }

  async getIntake(id: string): Promise<PlanIntakeResponse> {
    const workflowId = workflowIds.planIntake(id);
    const handle = this.temporal.workflow.getHandle(workflowId);
    try {
      const { status } = await handle.describe();
      const stage = await this.temporal.connection
        .withDeadline(Date.now() + 3_000, () => handle.query(planIntakeStateQuery))
        .then((state) => state.stage)
        .catch(() => null);
      return { workflowId, executionStatus: status.name, stage };
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) throw new NotFoundException(`plan ${id} not found`);
      throw error;
    }
  }
}
