import { ApiProperty } from '@nestjs/swagger';
import { PLAN_INTAKE_STAGES, type PlanIntakeStage } from '@dondoc/contracts';
import { PLAN_STATUSES, type PlanEntity, type PlanStatus } from '@dondoc/persistence';
import { PageOf } from '../http/pagination';

export class PlanResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, nullable: true, example: '972/KH-UBND' })
  number!: string | null;

  @ApiProperty()
  title!: string;

  @ApiProperty({ enum: PLAN_STATUSES })
  status!: PlanStatus;

  @ApiProperty({ type: String, nullable: true })
  issuer!: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  issuedDate!: string | null;

  @ApiProperty({ type: [String] })
  basis!: string[];

  @ApiProperty({ type: Number, nullable: true })
  periodFrom!: number | null;

  @ApiProperty({ type: Number, nullable: true })
  periodTo!: number | null;

  @ApiProperty({ type: String, nullable: true })
  periodText!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The province whose plan this is; null when its province was never known',
  })
  province!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  standingOfficeId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  standingOfficeEmail!: string | null;

  @ApiProperty()
  createdAt!: string;

  @ApiProperty()
  updatedAt!: string;

  static from(this: void, plan: PlanEntity): PlanResponse {
    return {
      id: plan.id,
      number: plan.number,
      title: plan.title,
      status: plan.status,
      issuer: plan.issuer,
      issuedDate: plan.issuedDate,
      basis: plan.basis,
      periodFrom: plan.periodFrom,
      periodTo: plan.periodTo,
      periodText: plan.periodText,
      province: plan.province,
      standingOfficeId: plan.standingOfficeId,
      standingOfficeEmail: plan.standingOfficeEmail,
      createdAt: plan.createdAt.toISOString(),
      updatedAt: plan.updatedAt.toISOString(),
    };
  }
}

export class PlanPage extends PageOf(PlanResponse) {}

export class PlanIntakeResponse {
  @ApiProperty({ example: 'plan-intake-3f0c…' })
  workflowId!: string;

  @ApiProperty({ example: 'COMPLETED', description: 'The Temporal execution status' })
  executionStatus!: string;

  @ApiProperty({ enum: PLAN_INTAKE_STAGES, nullable: true, description: 'null while no worker has picked it up' })
  stage!: PlanIntakeStage | null;
}
