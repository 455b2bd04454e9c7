import { ApiProperty } from '@nestjs/swagger';
import { PLAN_INTAKE_STAGES, type PlanIntakeStage } from '@dondoc/contracts';
import { PLAN_STATUSES, type PlanEntity, type PlanStatus } from '@dondoc/persistence';

export class PlanAcceptedResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'plan-intake-3f0c…' })
  workflowId!: string;
}

export class PlanResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, nullable: true })
  number!: string | null;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: PLAN_STATUSES })
  status!: PlanStatus;

  @ApiProperty({ type: String, nullable: true })
  standingOfficeEmail!: string | null;

  @ApiProperty()
  createdAt!: string;

  static from(plan: PlanEntity): PlanResponse {
    return {
      id: plan.id,
      number: plan.number,
      title: plan.title,
      status: plan.status,
      standingOfficeEmail: plan.standingOfficeEmail,
      createdAt: plan.createdAt.toISOString(),
    };
  }
}

export class PlanIntakeResponse {
  @ApiProperty()
  workflowId!: string;

  @ApiProperty({ example: 'COMPLETED', description: 'The Temporal execution status' })
  executionStatus!: string;

  @ApiProperty({ enum: PLAN_INTAKE_STAGES, nullable: true, description: 'null while no worker has picked it up' })
  stage!: PlanIntakeStage | null;
}
