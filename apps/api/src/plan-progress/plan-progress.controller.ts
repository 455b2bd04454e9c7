import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '@dondoc/auth';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import { AsOfQuery } from '../status-reports/status-report.query';
import { PlanProgressResponse } from './plan-progress.response';
import { PlanProgressService } from './plan-progress.service';

@ApiTags('plans')
@ApiProtected()
@Controller('plans/:id/progress')
export class PlanProgressController {
  constructor(private readonly progress: PlanProgressService) {}

  @Get()
  @ApiOkResponse({ type: PlanProgressResponse, description: 'An agency officer gets only their agency’s part' })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: AsOfQuery,
  ): Promise<PlanProgressResponse> {
    return this.progress.get(actor, id, query.asOf);
  }
}
