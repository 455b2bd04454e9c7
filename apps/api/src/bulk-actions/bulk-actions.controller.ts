import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, MANAGERS, Roles } from '@dondoc/auth';
import { ApiIdempotencyKey, IdempotencyKey } from '../http/idempotency-key';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import { ExtendOpenResponse, MergePreviewResponse } from './bulk-action.response';
import { BulkExtendService } from './bulk-extend.service';
import { ExtendOpenDto, MergePreviewQuery } from './extend-open.dto';
import { MergePreviewService } from './merge-preview.service';

@ApiProtected()
@Roles(...MANAGERS)
@ApiBadRequestResponse({ type: ProblemResponse, description: 'A field is invalid (named in `errors`)' })
@Controller()
export class BulkActionsController {
  constructor(
    private readonly extensions: BulkExtendService,
    private readonly mergers: MergePreviewService,
  ) {}

  @Post('plans/:planId/tasks/:taskId/extend-open')
  @HttpCode(HttpStatus.OK)
  @ApiTags('tasks')
  @ApiOperation({
    description:
      'Extends every open assignment of the task to `newDue` through its workflow (audited), or with `dryRun` ' +
      'counts and lists them and changes nothing. An assignment whose workflow refuses is listed in `failed`.',
  })
  @ApiOkResponse({ type: ExtendOpenResponse })
  @ApiNotFoundResponse({ type: ProblemResponse, description: 'No such task in that plan' })
  @ApiIdempotencyKey('the extension of each open assignment')
  extendOpen(
    @CurrentActor() actor: Actor,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('taskId', ParseUUIDPipe) taskId: string,
    @Body() dto: ExtendOpenDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ): Promise<ExtendOpenResponse> {
    return this.extensions.extendOpen(actor, planId, taskId, dto, idempotencyKey);
  }

  @Get('agencies/:id/merge-into/preview')
  @ApiTags('agencies')
  @ApiOperation({ description: 'How many open assignments `POST /agencies/:id/merge-into` would hand over, and how' })
  @ApiOkResponse({ type: MergePreviewResponse })
  @ApiNotFoundResponse({ type: ProblemResponse, description: 'No such agency, or no such successor (successorId)' })
  mergePreview(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: MergePreviewQuery,
  ): Promise<MergePreviewResponse> {
    return this.mergers.preview(actor, id, query.successorId);
  }
}
