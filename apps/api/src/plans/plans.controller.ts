import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type Actor, CurrentActor, MANAGERS, Roles } from '@dondoc/auth';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import { CreatePlanDto } from './create-plan.dto';
import { ListPlansQuery } from './list-plans.query';
import { PlanIntakeResponse, PlanPage, PlanResponse } from './plan.response';
import { PlansService } from './plans.service';
import { UpdatePlanDto } from './update-plan.dto';

@ApiTags('plans')
@ApiProtected()
@Controller('plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Get()
  @ApiOkResponse({ type: PlanPage })
  list(@CurrentActor() actor: Actor, @Query() query: ListPlansQuery): Promise<PlanPage> {
    return this.plans.list(actor, query);
  }

  @Post()
  @Roles(...MANAGERS)
  @ApiCreatedResponse({ type: PlanResponse, description: 'The draft, whose intake workflow has started' })
  @ApiBadRequestResponse({ type: ProblemResponse, description: 'A field is missing or invalid; the problem names it' })
  @ApiConflictResponse({ type: ProblemResponse, description: 'A plan with this number exists' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreatePlanDto): Promise<PlanResponse> {
    return this.plans.create(actor, dto);
  }

  @Get(':id')
  @ApiOkResponse({ type: PlanResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<PlanResponse> {
    return this.plans.get(actor, id);
  }

  @Patch(':id')
  @Roles(...MANAGERS)
  @ApiOkResponse({ type: PlanResponse })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'Another plan has this number' })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdatePlanDto,
  ): Promise<PlanResponse> {
    return this.plans.update(actor, id, dto);
  }

  @Delete(':id')
  @Roles(...MANAGERS)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'Only draft plans can be deleted' })
  remove(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.plans.remove(actor, id);
  }

  @Get(':id/intake')
  @ApiOkResponse({ type: PlanIntakeResponse, description: 'Where the intake workflow stands' })
  @ApiNotFoundResponse({ type: ProblemResponse })
  getIntake(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<PlanIntakeResponse> {
    return this.plans.getIntake(actor, id);
  }
}
