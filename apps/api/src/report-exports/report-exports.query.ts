import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { RankingQuery } from '../status-reports/ranking.query';
import { PlanStatusQuery } from '../status-reports/status-report.query';
import { EXPORT_FORMATS, type ExportFormat } from './tabular-export';

export class ExportQuery extends PlanStatusQuery {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}

export class RankingExportQuery extends RankingQuery {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}
