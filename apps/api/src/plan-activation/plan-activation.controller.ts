import { Body, Controller, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
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
import { ActivatePlanDto } from './activate-plan.dto';
import { CancelPlanDto } from './cancel-plan.dto';
import { PlanActivationResponse, PlanWorkflowResponse, TaskPeriodResponse } from './plan-activation.response';
import { PlanActivationService } from './plan-activation.service';
import { TriggerTaskDto } from './trigger-task.dto';

@ApiTags('plans')
@ApiProtected()
@Roles(...MANAGERS)
@ApiNotFoundResponse({ type: ProblemResponse, description: 'No such plan (or task)' })
@ApiServiceUnavailableResponse({ type: ProblemResponse, description: 'Temporal did not answer in time (Retry-After)' })
@Controller('plans/:id')
export class PlanActivationController {
  constructor(private readonly activation: PlanActivationService) {}

  @Post('activate')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: PlanActivationResponse, description: 'The workflow started; it marks the plan active' })
  @ApiConflictResponse({ type: ProblemResponse, description: 'Not a draft, no tasks, or already being activated' })
  @ApiIdempotencyKey('the activation')
  @ApiBadRequestResponse({
    type: ProblemResponse,
    description: 'Some periods are already past their deadline and latePeriods does not say what to do with them',
  })
  activate(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ActivatePlanDto,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ): Promise<PlanActivationResponse> {
    return this.activation.activate(actor, id, dto, idempotencyKey);
  }

  @Post('cancel')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: PlanWorkflowResponse, description: 'Signalled; open assignments are cancelled' })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'The plan is not active' })
  cancel(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CancelPlanDto,
  ): Promise<PlanWorkflowResponse> {
    return this.activation.cancel(actor, id, dto);
  }

  @Post('tasks/:taskId/trigger')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: TaskPeriodResponse, description: 'The period the request opened' })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiConflictResponse({
    type: ProblemResponse,
    description: 'The workflow refused (its reason and code), or is not running',
  })
  trigger(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('taskId', ParseUUIDPipe) taskId: string,
    @Body() dto: TriggerTaskDto,
  ): Promise<TaskPeriodResponse> {
    return this.activation.trigger(actor, id, taskId, dto);
  }
}
