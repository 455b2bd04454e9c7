import { ApiProperty } from '@nestjs/swagger';
import { DEDUCTION_REASONS, type DeductionReason } from '@dondoc/domain';
import { BucketTallyResponse } from './status-report.response';

export class DeductionSummaryResponse {
  @ApiProperty({ enum: DEDUCTION_REASONS })
  reason!: DeductionReason;

  @ApiProperty({ type: 'integer', description: 'The agency’s assignments that lost points for this reason' })
  assignments!: number;

  @ApiProperty({ description: 'Days late (in the rubric’s unit), returns, or missed reports, added up' })
  quantity!: number;

  @ApiProperty({ description: 'Rubric points taken, each weighted by its assignment’s role' })
  points!: number;

  @ApiProperty({ description: 'What this reason took off the score out of 100' })
  scoreImpact!: number;

  @ApiProperty({ example: 'Gửi báo cáo muộn tổng cộng 5 ngày làm việc (2 báo cáo)' })
  detail!: string;
}

export class RankedAgencyResponse {
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Shared by agencies equal on every key but the name; null when nothing of it is scored',
  })
  rank!: number | null;

  @ApiProperty({ format: 'uuid' })
  agencyId!: string;

  @ApiProperty()
  agencyName!: string;

  @ApiProperty({ type: Number, nullable: true, description: 'Out of 100, two decimals' })
  score!: number | null;

  @ApiProperty({ type: 'integer' })
  assignments!: number;

  @ApiProperty({ type: 'integer' })
  scoredAssignments!: number;

  @ApiProperty({ type: BucketTallyResponse })
  buckets!: BucketTallyResponse;

  @ApiProperty({ type: 'integer' })
  workingDaysLate!: number;

  @ApiProperty({ type: 'integer' })
  returns!: number;

  @ApiProperty({ type: [DeductionSummaryResponse] })
  deductions!: DeductionSummaryResponse[];
}

export class RankingResponse {
  @ApiProperty({ format: 'uuid' })
  planId!: string;

  @ApiProperty({ format: 'date' })
  asOf!: string;

  @ApiProperty({ type: String, nullable: true })
  period!: string | null;

  @ApiProperty({ type: 'integer', description: 'The rubric version that produced these scores' })
  rubricVersion!: number;

  @ApiProperty({ description: 'How agencies with equal scores are ordered' })
  tieRule!: string;

  @ApiProperty({ type: [RankedAgencyResponse] })
  rows!: RankedAgencyResponse[];
}
