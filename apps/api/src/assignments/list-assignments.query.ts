import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsIsoDate } from '../http/is-iso-date.validator';
import { ASSIGNMENT_SORTS, ASSIGNMENT_STATUSES, type AssignmentSort, type AssignmentStatus } from '@dondoc/persistence';
import { ListQuery } from '../http/pagination';

/** `q` is not used: assignments are found by plan, task, agency, period, status and due date. */
export class ListPlanAssignmentsQuery extends ListQuery {
  @ApiPropertyOptional({ enum: ASSIGNMENT_SORTS, default: 'dueDate' })
  @IsOptional()
  @IsIn(ASSIGNMENT_SORTS)
  sort?: AssignmentSort;

  @ApiPropertyOptional({ enum: ASSIGNMENT_STATUSES })
  @IsOptional()
  @IsIn(ASSIGNMENT_STATUSES)
  status?: AssignmentStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  taskId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Agency officers may only name their own agency' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ example: '2026' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  period?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Due on or after' })
  @IsOptional()
  @IsIsoDate()
  dueFrom?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Due on or before' })
  @IsOptional()
  @IsIsoDate()
  dueTo?: string;
}

export class ListAssignmentsQuery extends ListPlanAssignmentsQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  planId?: string;
}
