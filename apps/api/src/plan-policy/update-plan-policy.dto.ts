import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsObject,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsOmittable } from '../http/is-omittable';
import { AnnualReportDateDto, EscalationStepDto, InspectionPolicyDto, LeadershipDto } from './policy-parts.dto';

const HOURS_MINUTES = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** Any subset of the policy; what is left out stays as it is. `inspection` changes field by field, the rest whole. */
export class UpdatePlanPolicyDto {
  @ApiPropertyOptional({
    type: 'integer',
    isArray: true,
    maxItems: 10,
    uniqueItems: true,
    example: [7, 3, 1, 0],
    description: 'Calendar days before the due date (0: the due day), each once, 0 to 60; stored largest first',
  })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(60, { each: true })
  reminderDaysBefore?: number[];

  @ApiPropertyOptional({
    type: [EscalationStepDto],
    maxItems: 10,
    description: 'Each step named once, afterWorkingDays strictly increasing',
  })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => EscalationStepDto)
  escalations?: EscalationStepDto[];

  @ApiPropertyOptional({ pattern: HOURS_MINUTES.source, example: '08:00', description: 'HH:mm, Hà Nội time' })
  @IsOmittable()
  @Matches(HOURS_MINUTES, { message: 'sendTime must be a time of day written HH:mm, 00:00 to 23:59' })
  sendTime?: string;

  @ApiPropertyOptional({
    type: AnnualReportDateDto,
    description: 'The deadline of annual reports; on an active plan it can no longer move (409)',
  })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => AnnualReportDateDto)
  annualReportDate?: AnnualReportDateDto;

  @ApiPropertyOptional({
    type: LeadershipDto,
    description: 'The last rung of escalation, replaced whole; contacts are read when a mail goes out',
  })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => LeadershipDto)
  leadership?: LeadershipDto;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 30,
    example: 5,
    description: 'Working days before the lead agency’s deadline that coordinating agencies send it their input',
  })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(30)
  coordinatingInputDays?: number;

  @ApiPropertyOptional({ type: InspectionPolicyDto, description: 'Only the fields sent change' })
  @IsOmittable()
  @IsObject()
  @ValidateNested()
  @Type(() => InspectionPolicyDto)
  inspection?: InspectionPolicyDto;
}
