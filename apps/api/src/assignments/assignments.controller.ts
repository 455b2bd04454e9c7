import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '@dondoc/auth';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import { AssignmentPage, AssignmentResponse } from './assignment.response';
import { AssignmentsService } from './assignments.service';
import { ListAssignmentsQuery, ListPlanAssignmentsQuery } from './list-assignments.query';

@ApiTags('assignments')
@ApiProtected()
@Controller()
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Get('plans/:planId/assignments')
  @ApiOkResponse({ type: AssignmentPage, description: 'An agency officer gets only their agency’s' })
  @ApiNotFoundResponse({ type: ProblemResponse, description: 'No such plan' })
  listForPlan(
    @CurrentActor() actor: Actor,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Query() query: ListPlanAssignmentsQuery,
  ): Promise<AssignmentPage> {
    return this.assignments.listForPlan(actor, planId, query);
  }

  @Get('assignments')
  @ApiOkResponse({ type: AssignmentPage, description: 'An agency officer gets only their agency’s' })
  list(@CurrentActor() actor: Actor, @Query() query: ListAssignmentsQuery): Promise<AssignmentPage> {
    return this.assignments.list(actor, query);
  }

  @Get('assignments/:id')
  @ApiOkResponse({ type: AssignmentResponse })
  @ApiNotFoundResponse({ type: ProblemResponse, description: 'No such assignment, or another agency’s' })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<AssignmentResponse> {
    return this.assignments.get(actor, id);
  }
}
