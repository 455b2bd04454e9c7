import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { TASK_SORTS, type TaskSort } from '@dondoc/persistence';
import { ListQuery } from '../http/pagination';

export class ListTasksQuery extends ListQuery {
  @ApiPropertyOptional({ enum: TASK_SORTS, default: 'position' })
  @IsOptional()
  @IsIn(TASK_SORTS)
  sort?: TaskSort;
}
