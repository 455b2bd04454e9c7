import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PLAN_STATUSES, type PlanStatus } from '@dondoc/persistence';
import { ListQuery } from '../http/pagination';

/** `q` finds the plan by number or title; newest first. */
export class PlanOverviewQuery extends ListQuery {
  @ApiPropertyOptional({ enum: PLAN_STATUSES })
  @IsOptional()
  @IsIn(PLAN_STATUSES)
  status?: PlanStatus;
}
