import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type Actor, CurrentActor, MANAGERS, Roles } from '@dondoc/auth';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import { PlanPolicyResponse } from './plan-policy.response';
import { PlanPolicyService } from './plan-policy.service';
import { UpdatePlanPolicyDto } from './update-plan-policy.dto';

@ApiTags('plans')
@ApiProtected()
@ApiNotFoundResponse({ type: ProblemResponse, description: 'No such plan' })
@Controller('plans/:id/policy')
export class PlanPolicyController {
  constructor(private readonly policies: PlanPolicyService) {}

  @Get()
  @ApiOkResponse({ type: PlanPolicyResponse, description: 'What was set for the plan over the defaults' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<PlanPolicyResponse> {
    return this.policies.get(actor, id);
  }

  @Put()
  @Roles(...MANAGERS)
  @ApiOperation({
    description:
      'Changes the fields sent, keeping the others. The change applies to task periods that open after it: ' +
      'assignments already running keep the reminder and escalation steps they started with (the leadership’s ' +
      'contacts are read when a mail goes out). Draft and active plans only; an active plan keeps its annual ' +
      'report date.',
  })
  @ApiOkResponse({ type: PlanPolicyResponse, description: 'The effective policy after the change' })
  @ApiBadRequestResponse({ type: ProblemResponse, description: 'A field is invalid; nothing is changed' })
  @ApiConflictResponse({
    type: ProblemResponse,
    description: 'The plan is completed or cancelled, or is active and the annual report date would move',
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdatePlanPolicyDto,
  ): Promise<PlanPolicyResponse> {
    return this.policies.update(actor, id, dto);
  }
}
