import { PassThrough } from 'node:stream';
import { Controller, Get, Logger, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, MANAGERS, Roles } from '@dondoc/auth';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import { ExportQuery, RankingExportQuery } from './report-exports.query';
import { ReportExportsService } from './report-exports.service';
import {
  CONTENT_TYPES,
  type ExportFormat,
  type TabularExport,
  contentDisposition,
  writeExport,
} from './tabular-export';

const FILE = { schema: { type: 'string', format: 'binary' } };

/** Downloads: Excel (as an office sends it) or CSV; an agency officer gets their own agency's part. */
@ApiTags('reports')
@ApiProtected()
@ApiProduces(CONTENT_TYPES.xlsx, CONTENT_TYPES.csv)
@ApiBadRequestResponse({ type: ProblemResponse })
@ApiNotFoundResponse({ type: ProblemResponse })
@Controller('plans/:id/exports')
export class ReportExportsController {
  private readonly logger = new Logger(ReportExportsController.name);

  constructor(private readonly exports: ReportExportsService) {}

  @Get('progress')
  @ApiOkResponse({ description: 'One row per assignment, with the four buckets as totals', content: files() })
  async progress(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Query() query: ExportQuery) {
    return this.send(query, await this.exports.progress(actor, id, query));
  }

  @Get('by-agency')
  @ApiOkResponse({ description: 'The four buckets per agency, with a total row', content: files() })
  async byAgency(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Query() query: ExportQuery) {
    return this.send(query, await this.exports.buckets(actor, id, 'agency', query));
  }

  @Get('by-task')
  @ApiOkResponse({ description: 'The four buckets per task, with a total row', content: files() })
  async byTask(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Query() query: ExportQuery) {
    return this.send(query, await this.exports.buckets(actor, id, 'task', query));
  }

  @Get('ranking')
  @Roles(...MANAGERS, 'viewer')
  @ApiOkResponse({
    description: 'The ranking, with the rubric version and the reasons for deductions',
    content: files(),
  })
  async ranking(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: RankingExportQuery,
  ) {
    return this.send(query, await this.exports.ranking(actor, id, query));
  }

  /** Everything that can be refused has been by now; the rows stream as they are read. */
  private send<R>(query: { format?: ExportFormat }, table: TabularExport<R>): StreamableFile {
    const format = query.format ?? 'xlsx';
    const body = new PassThrough();
    writeExport(format, table, body).catch((error: unknown) => {
      this.logger.error(`export ${table.fileName} failed: ${String(error)}`);
      body.destroy(error as Error);
    });
    return new StreamableFile(body, {
      type: CONTENT_TYPES[format],
      disposition: contentDisposition(`${table.fileName}.${format}`),
    });
  }
}

function files() {
  return { [CONTENT_TYPES.xlsx]: FILE, [CONTENT_TYPES.csv]: FILE };
}
