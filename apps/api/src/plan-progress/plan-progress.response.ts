import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { ASSIGNMENT_STATUSES, type AssignmentStatus, PLAN_STATUSES, type PlanStatus } from '@dondoc/persistence';

const statusCounts: ApiPropertyOptions = {
  type: 'object',
  properties: Object.fromEntries(ASSIGNMENT_STATUSES.map((status) => [status, { type: 'integer' }])),
  required: [...ASSIGNMENT_STATUSES],
  // `required` above names the counts; this makes byStatus itself required.
  selfRequired: true,
  description: 'Every assignment status, zero included',
};

export class TaskProgressResponse {
  @ApiProperty({ format: 'uuid' })
  taskId!: string;

  @ApiProperty({ example: 'III.4.2.a' })
  taskCode!: string;

  @ApiProperty()
  total!: number;

  @ApiProperty(statusCounts)
  byStatus!: Record<AssignmentStatus, number>;
}

export class OverdueAssignmentResponse {
  @ApiProperty({ format: 'uuid' })
  assignmentId!: string;

  @ApiProperty({ format: 'uuid' })
  agencyId!: string;

  @ApiProperty({ example: 'Sở Tư pháp tỉnh Lai Châu' })
  agencyName!: string;

  @ApiProperty({ format: 'uuid' })
  taskId!: string;

  @ApiProperty({ example: 'III.4.2.a' })
  taskCode!: string;

  @ApiProperty({ example: '2026' })
  period!: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  dueDate!: string | null;
}

export class NextPeriodResponse {
  @ApiProperty({ example: 'III.4.2.a' })
  taskCode!: string;

  @ApiProperty({ example: '2027' })
  period!: string;

  @ApiProperty({ format: 'date', description: 'When its work opens and its assignments are given' })
  opens!: string;

  @ApiProperty({ format: 'date' })
  due!: string;
}

/** Read from the database (which the workflows keep current), so it answers even while Temporal is down. */
export class PlanProgressResponse {
  @ApiProperty({ format: 'uuid' })
  planId!: string;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'The day the figures stand at, when asked for one (from the history); null for now',
  })
  asOf!: string | null;

  @ApiProperty({ enum: PLAN_STATUSES, description: 'The plan’s status now' })
  status!: PlanStatus;

  @ApiProperty({ description: 'Assignments counted (an agency officer’s own agency only)' })
  total!: number;

  @ApiProperty(statusCounts)
  byStatus!: Record<AssignmentStatus, number>;

  @ApiProperty({ type: [TaskProgressResponse], description: 'Tasks with assignments, in document order' })
  byTask!: TaskProgressResponse[];

  @ApiProperty({ type: [OverdueAssignmentResponse], description: 'The 50 longest overdue, soonest due first' })
  overdue!: OverdueAssignmentResponse[];

  @ApiProperty({
    type: NextPeriodResponse,
    nullable: true,
    description: 'The next period to open; null when none is left, the plan has ended, or for a past day',
  })
  nextPeriod!: NextPeriodResponse | null;
}
