import { ApiProperty } from '@nestjs/swagger';
import { ASSIGNMENT_STATUSES, type AssignmentStatus } from '@dondoc/persistence';

export class SubmissionResponse {
  @ApiProperty({ example: 1, description: 'The report’s version for this assignment' })
  version!: number;

  @ApiProperty({ enum: ASSIGNMENT_STATUSES, example: 'submitted' })
  status!: AssignmentStatus;
}
