import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type DirectoryImportReport, type ImportCounts, type RejectedRow } from '@dondoc/directory';

class ImportCountsResponse {
  @ApiProperty()
  created!: number;

  @ApiProperty({ description: 'Rows that really changed' })
  updated!: number;

  @ApiProperty({ description: 'Rows equal to what was stored' })
  unchanged!: number;

  static from(this: void, counts: ImportCounts): ImportCountsResponse {
    return { created: counts.created, updated: counts.updated, unchanged: counts.unchanged };
  }
}

class RejectedRowResponse {
  @ApiProperty({ description: 'JSON: position in its list from 1; CSV: record number, header = 1' })
  row!: number;

  @ApiProperty({ enum: ['agency', 'group'] })
  entry!: 'agency' | 'group';

  @ApiPropertyOptional()
  code?: string;

  @ApiProperty({ example: 'kind must be one of provincial_department, …' })
  reason!: string;

  static from(this: void, rejected: RejectedRow): RejectedRowResponse {
    return { row: rejected.row, entry: rejected.entry, code: rejected.code, reason: rejected.reason };
  }
}

export class DirectoryImportResponse extends ImportCountsResponse {
  @ApiProperty({ type: ImportCountsResponse })
  agencies!: ImportCountsResponse;

  @ApiProperty({ type: ImportCountsResponse })
  groups!: ImportCountsResponse;

  @ApiProperty({ type: [RejectedRowResponse], description: 'Invalid rows, reported and not written' })
  rejected!: RejectedRowResponse[];

  static fromReport(report: DirectoryImportReport): DirectoryImportResponse {
    return {
      ...ImportCountsResponse.from(report),
      agencies: ImportCountsResponse.from(report.agencies),
      groups: ImportCountsResponse.from(report.groups),
      rejected: report.rejected.map(RejectedRowResponse.from),
    };
  }
}
