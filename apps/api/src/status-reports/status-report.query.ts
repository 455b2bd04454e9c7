import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ASSIGNMENT_ROLES, type AssignmentRole } from '@dondoc/persistence';
import { IsIsoDate } from '../http/is-iso-date.validator';

/** A past day the figures are answered for; today when omitted. */
export class AsOfQuery {
  @ApiPropertyOptional({
    format: 'date',
    description:
      'The figures as they stood at the end of this day (Hà Nội time), from 2000-01-01 to today; today when omitted',
  })
  @IsOptional()
  @IsIsoDate()
  asOf?: string;
}

export class PlanStatusQuery extends AsOfQuery {
  @ApiPropertyOptional({ example: '2026' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  period?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  taskId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Agency officers get their own agency’s part whatever they name',
  })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ enum: ASSIGNMENT_ROLES })
  @IsOptional()
  @IsIn(ASSIGNMENT_ROLES)
  role?: AssignmentRole;
}

export class AgencyStatusQuery extends AsOfQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  planId?: string;
}
