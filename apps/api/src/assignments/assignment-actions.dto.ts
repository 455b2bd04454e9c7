import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsIsoDate } from '../http/is-iso-date.validator';
import { nfcMultiline, nfcTrimmed } from '../http/text.transforms';
import { IsOmittable } from '../http/is-omittable';

const REVIEW_OUTCOMES = ['accepted', 'returned'] as const;

/** A coordinator's reason, kept in the audit trail and passed to the workflow. */
class WithReason {
  @ApiProperty({ example: 'Theo đề nghị tại Công văn số 45/STP-PBGDPL', maxLength: 2000 })
  @Transform(nfcTrimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class ReviewAssignmentDto {
  @ApiProperty({ enum: REVIEW_OUTCOMES })
  @IsIn(REVIEW_OUTCOMES)
  outcome!: (typeof REVIEW_OUTCOMES)[number];

  @ApiPropertyOptional({ example: 'Đề nghị bổ sung số liệu quý IV', maxLength: 5000 })
  @Transform(nfcMultiline)
  @IsOmittable()
  @IsString()
  @MaxLength(5000)
  comment?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Required when returned: the agency’s new deadline' })
  @IsOmittable()
  @IsIsoDate()
  newDue?: string;
}

export class ExtendDeadlineDto extends WithReason {
  @ApiProperty({ format: 'date', example: '2026-12-15' })
  @IsIsoDate()
  newDue!: string;
}

export class WaiveAssignmentDto extends WithReason {}

export class ReassignAssignmentDto extends WithReason {
  @ApiProperty({ format: 'uuid', description: 'The agency that takes the work over' })
  @IsUUID()
  agencyId!: string;
}
