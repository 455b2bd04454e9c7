import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CreatePlanDto } from './create-plan.dto';
import { PlanAcceptedResponse, PlanIntakeResponse, PlanResponse } from './plan.response';
import { PlansService } from './plans.service';

@ApiTags('plans')
@Controller('plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: PlanAcceptedResponse, description: 'The intake workflow has started' })
  @ApiBadRequestResponse({ description: 'A field is missing or invalid; the problem names it' })
  @ApiConflictResponse({ description: 'A plan with this number exists' })
  register(@Body() dto: CreatePlanDto): Promise<PlanAcceptedResponse> {
    return this.plans.register(dto);
  }

  @Get(':id')
  @ApiOkResponse({ type: PlanResponse })
  @ApiNotFoundResponse({ description: 'No such plan (or not recorded yet)' })
  getById(@Param('id', ParseUUIDPipe) id: string): Promise<PlanResponse> {
    return this.plans.getById(id);
  }

  @Get(':id/intake')
  @ApiOkResponse({ type: PlanIntakeResponse, description: 'Where the intake workflow stands' })
  @ApiNotFoundResponse({ description: 'No such plan' })
  getIntake(@Param('id', ParseUUIDPipe) id: string): Promise<PlanIntakeResponse> {
    return this.plans.getIntake(id);
  }
}
