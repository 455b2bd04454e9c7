import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '@dondoc/auth';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import { PlanOverviewQuery } from './plan-overview.query';
import { PlanOverviewPage } from './plan-overview.response';
import { PlanOverviewService } from './plan-overview.service';

@ApiTags('plans')
@ApiProtected()
@Controller('plans/overview')
export class PlanOverviewController {
  constructor(private readonly overview: PlanOverviewService) {}

  @Get()
  @ApiOkResponse({
    type: PlanOverviewPage,
    description: 'Plans, newest first, each with its progress figures; an agency officer’s are their own agency’s',
  })
  @ApiBadRequestResponse({ type: ProblemResponse, description: 'A filter is invalid; the problem names it' })
  list(@CurrentActor() actor: Actor, @Query() query: PlanOverviewQuery): Promise<PlanOverviewPage> {
    return this.overview.list(actor, query);
  }
}
