import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ListQuery } from '../http/pagination';

/** `q` is not used: events are found by entity, actor, action and time. */
export class ListAuditEventsQuery extends ListQuery {
  @ApiPropertyOptional({ example: 'assignment' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  entityType?: string;

  @ApiPropertyOptional({ description: 'With entityType: one plan, assignment, agency…' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  entityId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ example: 'assignment.extend' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  action?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'At or after this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Before this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}
