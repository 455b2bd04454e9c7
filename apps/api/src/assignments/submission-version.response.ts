import { ApiProperty } from '@nestjs/swagger';
import { REVIEW_OUTCOMES, type ReviewOutcome } from '@dondoc/persistence';
import { SubmittedAttachment } from './report-view.response';

class SubmissionReview {
  @ApiProperty({ enum: REVIEW_OUTCOMES }) outcome!: ReviewOutcome;
  @ApiProperty({ type: String, nullable: true, example: 'Đề nghị bổ sung số liệu quý IV' }) comment!: string | null;
  @ApiProperty({ format: 'date-time' }) reviewedAt!: string;
}

/** One version of an agency's report on an assignment, and the office's review of it. */
export class SubmissionVersionResponse {
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The account that sent it, as stored; null when it came through a personal link',
  })
  submittedBy!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'vanphong@stp.laichau.gov.vn',
    description: 'The address whose personal link sent it; null when an account did',
  })
  submittedByEmail!: string | null;
  @ApiProperty({ type: String, nullable: true }) reportText!: string | null;
  @ApiProperty({ type: [SubmittedAttachment] }) attachments!: SubmittedAttachment[];
  @ApiProperty({ type: SubmissionReview, nullable: true, description: 'Null while the version awaits review' })
  review!: SubmissionReview | null;
}
