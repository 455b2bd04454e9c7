import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { AsOfQuery } from './status-report.query';

export class RankingQuery extends AsOfQuery {
  @ApiPropertyOptional({ example: '2026', description: 'One reporting period; every period when omitted' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  period?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'The rubric version; the latest when omitted' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  rubricVersion?: number;
}
