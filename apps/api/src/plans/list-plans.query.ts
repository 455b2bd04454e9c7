import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PLAN_SORTS, PLAN_STATUSES, type PlanSort, type PlanStatus } from '@dondoc/persistence';
import { ListQuery } from '../http/pagination';

export class ListPlansQuery extends ListQuery {
  @ApiPropertyOptional({ enum: PLAN_SORTS, default: '-createdAt' })
  @IsOptional()
  @IsIn(PLAN_SORTS)
  sort?: PlanSort;

  @ApiPropertyOptional({ enum: PLAN_STATUSES })
  @IsOptional()
  @IsIn(PLAN_STATUSES)
  status?: PlanStatus;
}
