import { ApiProperty } from '@nestjs/swagger';

export class LatePeriodResponse {
  @ApiProperty({ example: 'III.4.2.a' })
  taskCode!: string;

  @ApiProperty({ example: '2026' })
  period!: string;

  @ApiProperty({ format: 'date', description: 'Its deadline in the plan, already past at activation' })
  due!: string;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'The deadline it opened with; null when skipped',
  })
  opensWith!: string | null;
}

/** The plan's workflow, as a cancellation reached it. */
export class PlanWorkflowResponse {
  @ApiProperty({ format: 'uuid' })
  planId!: string;

  @ApiProperty({ example: 'plan-3f0c…', description: 'The plan’s workflow; it marks the plan active as it starts' })
  workflowId!: string;
}

/** The plan's workflow as activation started it, and what became of the periods already late. */
export class PlanActivationResponse extends PlanWorkflowResponse {
  @ApiProperty({
    type: [LatePeriodResponse],
    description: 'Periods already past their deadline at activation, and what became of them; usually none',
  })
  latePeriods!: LatePeriodResponse[];
}

export class TaskPeriodResponse {
  @ApiProperty({ format: 'uuid' })
  taskId!: string;

  @ApiProperty({ example: 'III.4.2.a' })
  taskCode!: string;

  @ApiProperty({ example: 'request-1', description: 'The reporting period the request opened' })
  period!: string;

  @ApiProperty({ format: 'date' })
  due!: string;

  @ApiProperty({ format: 'date', description: 'When its assignments open' })
  opens!: string;
}
