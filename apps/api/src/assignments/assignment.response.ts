import { ApiProperty } from '@nestjs/swagger';
import {
  ASSIGNMENT_ROLES,
  ASSIGNMENT_STATUSES,
  type AssignmentEntity,
  type AssignmentRole,
  type AssignmentStatus,
  type ListedAssignment,
} from '@dondoc/persistence';
import { PageOf } from '../http/pagination';

export class AssignmentResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  planId!: string;

  @ApiProperty({ format: 'uuid' })
  taskId!: string;

  @ApiProperty({ format: 'uuid' })
  agencyId!: string;

  @ApiProperty({
    example: '2026',
    description: "The reporting period: '2026', '2024-Q3', '2024-H1', '2024-11' or a date",
  })
  period!: string;

  @ApiProperty({ enum: ASSIGNMENT_ROLES })
  role!: AssignmentRole;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  dueDate!: string | null;

  @ApiProperty({ enum: ASSIGNMENT_STATUSES })
  status!: AssignmentStatus;

  @ApiProperty({ description: 'Bumped by every extension or return' })
  deadlineVersion!: number;

  @ApiProperty({ type: String, nullable: true, example: 'assignment-3f0c…' })
  workflowId!: string | null;

  @ApiProperty()
  updatedAt!: string;

  static from(this: void, assignment: AssignmentEntity): AssignmentResponse {
    return {
      id: assignment.id,
      planId: assignment.planId,
      taskId: assignment.taskId,
      agencyId: assignment.agencyId,
      period: assignment.period,
      role: assignment.role,
      dueDate: assignment.dueDate,
      status: assignment.status,
      deadlineVersion: assignment.deadlineVersion,
      workflowId: assignment.workflowId,
      updatedAt: assignment.updatedAt.toISOString(),
    };
  }
}

/** An assignment in a list, saying what it is, so the list needs no lookup per row. */
export class AssignmentListItemResponse extends AssignmentResponse {
  @ApiProperty({ example: 'III.4.2.a' })
  taskCode!: string;

  @ApiProperty({ example: 'Tổ chức hội nghị phổ biến pháp luật cho cán bộ, công chức' })
  taskTitle!: string;

  @ApiProperty({ type: String, nullable: true, example: '972/KH-UBND' })
  planNumber!: string | null;

  @ApiProperty({ example: 'Kế hoạch phổ biến, giáo dục pháp luật năm 2026' })
  planTitle!: string;

  static fromListed(this: void, assignment: ListedAssignment): AssignmentListItemResponse {
    return {
      ...AssignmentResponse.from(assignment),
      taskCode: assignment.task.code,
      taskTitle: assignment.task.title,
      planNumber: assignment.plan.number,
      planTitle: assignment.plan.title,
    };
  }
}

export class AssignmentPage extends PageOf(AssignmentListItemResponse) {}
