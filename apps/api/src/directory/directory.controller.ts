import { Body, Controller, HttpCode, HttpStatus, Post, Query, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { type Request } from 'express';
import { type Actor, CurrentActor, MANAGERS, Roles } from '@dondoc/auth';
import { CSV_COLUMNS } from '@dondoc/directory';
import { AcceptsBody } from '../http/body-media-type.interceptor';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import { DirectoryImportResponse } from './directory-import.response';
import { DirectoryService } from './directory.service';
import { ImportDirectoryQuery } from './import-directory.query';

@ApiTags('agencies')
@ApiProtected()
@Controller('agencies')
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Post('import')
  @Roles(...MANAGERS)
  @HttpCode(HttpStatus.OK)
  @AcceptsBody('application/json', 'text/csv')
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({
    description:
      `JSON: { province, agencies: [...], groups: [{ code, name, phrases, members: [agency codes] }] }. ` +
      `CSV (with ?province=): the columns ${CSV_COLUMNS.join(', ')}; lists separated by ';'.`,
    schema: { oneOf: [{ type: 'object', additionalProperties: true }, { type: 'string' }] },
  })
  @ApiOkResponse({ type: DirectoryImportResponse, description: 'Agencies and groups upserted by code' })
  @ApiBadRequestResponse({ type: ProblemResponse, description: 'The file cannot be read at all' })
  @ApiPayloadTooLargeResponse({ type: ProblemResponse })
  @ApiUnsupportedMediaTypeResponse({ type: ProblemResponse })
  import(
    @CurrentActor() actor: Actor,
    @Req() request: Request,
    @Query() query: ImportDirectoryQuery,
    @Body() body: unknown,
  ): Promise<DirectoryImportResponse> {
    const format = request.is('text/csv') ? 'csv' : 'json';
    return this.directory.import(actor, { body, format, province: query.province });
  }
}
