import { ApiProperty } from '@nestjs/swagger';

export class PlanActivationResponse {
  @ApiProperty({ format: 'uuid' })
  planId!: string;

  @ApiProperty({ example: 'plan-3f0c…', description: 'The plan’s workflow; it marks the plan active as it starts' })
  workflowId!: string;
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
