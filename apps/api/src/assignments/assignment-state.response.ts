import { ApiProperty } from '@nestjs/swagger';
import { type AssignmentState } from '@dondoc/contracts';
import { ASSIGNMENT_STATUSES, type AssignmentStatus } from '@dondoc/persistence';

/** The assignment as its workflow holds it right after the change (the row follows within the same update). */
export class AssignmentStateResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ASSIGNMENT_STATUSES })
  status!: AssignmentStatus;

  @ApiProperty({ format: 'uuid' })
  agencyId!: string;

  @ApiProperty({ format: 'date' })
  dueDate!: string;

  @ApiProperty({ description: 'Bumped by every extension, return or reassignment' })
  deadlineVersion!: number;

  @ApiProperty({ description: 'Reports submitted so far' })
  submissions!: number;

  @ApiProperty()
  wasOverdue!: boolean;

  @ApiProperty()
  wasReturned!: boolean;

  static from(this: void, id: string, state: AssignmentState): AssignmentStateResponse {
    return {
      id,
      status: state.status,
      agencyId: state.agencyId,
      dueDate: state.due,
      deadlineVersion: state.deadlineVersion,
      submissions: state.submissions,
      wasOverdue: state.wasOverdue,
      wasReturned: state.wasReturned,
    };
  }
}
