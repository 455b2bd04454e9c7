import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { type Actor, scopeOf } from '@dondoc/auth';
import { AssignmentRepository, type Page, PlanRepository, type ReadScope } from '@dondoc/persistence';
import { mapPage } from '../http/pagination';
import { AssignmentListItemResponse, AssignmentResponse } from './assignment.response';
import { type ListAssignmentsQuery, type ListPlanAssignmentsQuery } from './list-assignments.query';

/**
 * Agency officers see their own agency's assignments only. Their agency is handed to the repository's scoped
 * methods, so the query itself cannot return another agency's rows.
 */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly assignments: AssignmentRepository,
    private readonly plans: PlanRepository,
  ) {}

  async listForPlan(
    actor: Actor,
    planId: string,
    query: ListPlanAssignmentsQuery,
  ): Promise<Page<AssignmentListItemResponse>> {
    if (!(await this.plans.getById(planId))) throw new NotFoundException(`plan ${planId} not found`);
    const page = await this.assignments.list(scopeWithin(actor, query.agencyId), { ...query, planId });
    return mapPage(page, AssignmentListItemResponse.fromListed);
  }

  async list(actor: Actor, query: ListAssignmentsQuery): Promise<Page<AssignmentListItemResponse>> {
    const page = await this.assignments.list(scopeWithin(actor, query.agencyId), query);
    return mapPage(page, AssignmentListItemResponse.fromListed);
  }

  /** Another agency's assignment is 404 to an officer, as if it did not exist. */
  async get(actor: Actor, id: string): Promise<AssignmentResponse> {
    const assignment = await this.assignments.get(scopeOf(actor), id);
    if (!assignment) throw new NotFoundException(`assignment ${id} not found`);
    return AssignmentResponse.from(assignment);
  }
}

/** The actor's scope; asking for another agency than one's own is refused rather than answered empty. */
function scopeWithin(actor: Actor, requestedAgency?: string): ReadScope {
  const scope = scopeOf(actor);
  if (requestedAgency && scope.agencyId !== null && requestedAgency !== scope.agencyId) {
    throw new ForbiddenException('agency officers see only their own agency’s assignments');
  }
  return scope;
}
