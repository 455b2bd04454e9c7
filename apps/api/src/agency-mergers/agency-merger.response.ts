import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class UnmovedAssignment {
  @ApiProperty({ format: 'uuid' }) assignmentId!: string;
  @ApiProperty({ example: 'review the submitted report before reassigning' }) reason!: string;
  @ApiPropertyOptional({ example: 'AwaitingReview', description: 'The workflow’s refusal code, when it refused' })
  code?: string;
}

/** What a merger did to the agency's open work; a repeated merger finds none left and counts zeros. */
export class AgencyMergerResponse {
  @ApiProperty({ example: 3, description: 'Open assignments reassigned to the successor' }) moved!: number;
  @ApiProperty({
    example: 1,
    description: 'Open assignments waived because the successor already held that task and period',
  })
  merged!: number;
  @ApiProperty({ type: [UnmovedAssignment], description: 'Assignments left as they were, each with why' })
  failed!: UnmovedAssignment[];
}
