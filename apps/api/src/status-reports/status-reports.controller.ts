import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, MANAGERS, Roles } from '@dondoc/auth';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import { RankingQuery } from './ranking.query';
import { RankingResponse } from './ranking.response';
import { RankingService } from './ranking.service';
import { AgencyStatusQuery, PlanStatusQuery } from './status-report.query';
import { AgencyStatusReportResponse, PlanStatusReportResponse } from './status-report.response';
import { StatusReportsService } from './status-reports.service';

@ApiTags('reports')
@ApiProtected()
@Controller()
export class StatusReportsController {
  constructor(
    private readonly reports: StatusReportsService,
    private readonly rankings: RankingService,
  ) {}

  @Get('plans/:id/status-report')
  @ApiOkResponse({
    type: PlanStatusReportResponse,
    description: 'The four buckets for the plan, per task and per agency; an agency officer gets their own part',
  })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  plan(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: PlanStatusQuery,
  ): Promise<PlanStatusReportResponse> {
    return this.reports.plan(actor, id, query);
  }

  @Get('agencies/:id/status-report')
  @ApiOkResponse({ type: AgencyStatusReportResponse, description: 'The four buckets over all of an agency’s plans' })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  agency(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: AgencyStatusQuery,
  ): Promise<AgencyStatusReportResponse> {
    return this.reports.agency(actor, id, query);
  }

  @Get('plans/:id/ranking')
  @Roles(...MANAGERS, 'viewer')
  @ApiOkResponse({
    type: RankingResponse,
    description: 'Agencies scored by a rubric version (the latest by default), with the reasons for each deduction',
  })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiNotFoundResponse({ type: ProblemResponse, description: 'No such plan, or no such rubric version' })
  ranking(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: RankingQuery,
  ): Promise<RankingResponse> {
    return this.rankings.rank(actor, id, query);
  }
}
