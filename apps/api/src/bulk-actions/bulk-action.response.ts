import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ASSIGNMENT_ROLES, ASSIGNMENT_STATUSES, type AssignmentRole, type AssignmentStatus } from '@dondoc/persistence';

/** An open assignment a bulk action touches. */
export class OpenAssignmentItem {
  @ApiProperty({ format: 'uuid' }) assignmentId!: string;
  @ApiProperty({ format: 'uuid' }) agencyId!: string;
  @ApiProperty({ example: 'Sở Tư pháp tỉnh Lai Châu' }) agencyName!: string;
  @ApiProperty({ example: 'II.1' }) taskCode!: string;
  @ApiProperty({ example: '2026' }) period!: string;
  @ApiProperty({ enum: ASSIGNMENT_ROLES }) role!: AssignmentRole;
  @ApiProperty({ enum: ASSIGNMENT_STATUSES }) status!: AssignmentStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueDate!: string | null;
}

export class BulkFailure {
  @ApiProperty({ format: 'uuid' }) assignmentId!: string;
  @ApiProperty({ example: 'the new deadline must be after 2026-12-20' }) reason!: string;
  @ApiPropertyOptional({ example: 'NotLater', description: 'The workflow’s refusal code, when it refused' })
  code?: string;
}

export class ExtendOpenResponse {
  @ApiProperty({ description: 'True when nothing was changed' }) dryRun!: boolean;
  @ApiProperty({ example: 12, description: 'Open assignments of the task (the ones the run sends the extension to)' })
  count!: number;
  @ApiProperty({ type: [OpenAssignmentItem] }) assignments!: OpenAssignmentItem[];
  @ApiProperty({ example: 11, description: 'Assignments whose deadline moved (0 on a dry run)' }) extended!: number;
  @ApiProperty({ type: [BulkFailure], description: 'Assignments whose workflow refused, each with why' })
  failed!: BulkFailure[];
}

export class MergePreviewResponse {
  @ApiProperty({ example: 5, description: 'Open assignments the merger would hand over' }) count!: number;
  @ApiProperty({ example: 4, description: 'Of them, reassigned to the successor' }) toMove!: number;
  @ApiProperty({
    example: 1,
    description: 'Of them, waived into the successor’s own assignment for that task and period',
  })
  toMerge!: number;
  @ApiProperty({ example: 0, description: 'Of them, awaiting review: the merger would leave them until reviewed' })
  awaitingReview!: number;
  @ApiProperty({ type: [OpenAssignmentItem] }) assignments!: OpenAssignmentItem[];
}
