import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type Actor, CurrentActor, MANAGERS, Roles } from '@dondoc/auth';
import { ApiIdempotencyKey, IdempotencyKey } from '../http/idempotency-key';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import {
  ExtendDeadlineDto,
  ReassignAssignmentDto,
  ReviewAssignmentDto,
  WaiveAssignmentDto,
} from './assignment-actions.dto';
import { AssignmentActionsService } from './assignment-actions.service';
import { AssignmentStateResponse } from './assignment-state.response';

@ApiTags('assignments')
@ApiProtected()
@Roles(...MANAGERS)
@ApiOkResponse({ type: AssignmentStateResponse })
@ApiBadRequestResponse({ type: ProblemResponse })
@ApiNotFoundResponse({ type: ProblemResponse, description: 'No such assignment (or agency, to reassign)' })
@ApiConflictResponse({
  type: ProblemResponse,
  description: 'The workflow refused (its reason in `detail`, its code in `code`), or is not running',
})
@ApiServiceUnavailableResponse({
  type: ProblemResponse,
  description: 'Temporal did not answer in time, or the workflow has not started yet (Retry-After)',
})
@Controller('assignments/:id')
export class AssignmentActionsController {
  constructor(private readonly actions: AssignmentActionsService) {}

  @Post('review')
  @HttpCode(HttpStatus.OK)
  @ApiIdempotencyKey('the review')
  review(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReviewAssignmentDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ): Promise<AssignmentStateResponse> {
    return this.actions.review(actor, id, dto, idempotencyKey);
  }

  @Post('extend')
  @HttpCode(HttpStatus.OK)
  @ApiIdempotencyKey('the extension')
  extend(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ExtendDeadlineDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ): Promise<AssignmentStateResponse> {
    return this.actions.extend(actor, id, dto, idempotencyKey);
  }

  @Post('waive')
  @HttpCode(HttpStatus.OK)
  @ApiIdempotencyKey('the waiver')
  waive(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: WaiveAssignmentDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ): Promise<AssignmentStateResponse> {
    return this.actions.waive(actor, id, dto, idempotencyKey);
  }

  @Post('reassign')
  @HttpCode(HttpStatus.OK)
  @ApiIdempotencyKey('the reassignment')
  reassign(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReassignAssignmentDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ): Promise<AssignmentStateResponse> {
    return this.actions.reassign(actor, id, dto, idempotencyKey);
  }
}
