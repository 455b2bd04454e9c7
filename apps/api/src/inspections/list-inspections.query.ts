import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { INSPECTION_STATUSES, type InspectionStatus } from '@dondoc/persistence';
import { ListQuery } from '../http/pagination';

/** `q` is not used: inspections are found by plan and status. Soonest window first. */
export class ListInspectionsQuery extends ListQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  planId?: string;

  @ApiPropertyOptional({ enum: INSPECTION_STATUSES })
  @IsOptional()
  @IsIn(INSPECTION_STATUSES)
  status?: InspectionStatus;
}
