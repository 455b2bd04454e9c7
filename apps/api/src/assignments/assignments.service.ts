import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { type Actor } from '@dondoc/auth';
import { type AssignmentEntity, AssignmentRepository, type Page, PlanRepository } from '@dondoc/persistence';
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
    const ownAgency = officerAgency(actor, query.agencyId);
    const page = ownAgency
      ? await this.assignments.listForAgency(ownAgency, { ...query, planId })
      : await this.assignments.listForPlan(planId, query);
    return mapPage(page, AssignmentListItemResponse.fromListed);
  }

  async list(actor: Actor, query: ListAssignmentsQuery): Promise<Page<AssignmentListItemResponse>> {
    const ownAgency = officerAgency(actor, query.agencyId);
    const page = ownAgency
      ? await this.assignments.listForAgency(ownAgency, query)
      : await this.assignments.listAll(query);
    return mapPage(page, AssignmentListItemResponse.fromListed);
  }

  /** Another agency's assignment is 404 to an officer, as if it did not exist. */
  async get(actor: Actor, id: string): Promise<AssignmentResponse> {
    const ownAgency = officerAgency(actor);
    const assignment: AssignmentEntity | null = ownAgency
      ? await this.assignments.getForAgency(ownAgency, id)
      : await this.assignments.getById(id);
    if (!assignment) throw new NotFoundException(`assignment ${id} not found`);
    return AssignmentResponse.from(assignment);
  }
}

/** The agency an officer is confined to; null for the roles that see every agency. */
function officerAgency(actor: Actor, requested?: string): string | null {
  if (actor.role !== 'agency_officer') return null;
  if (!actor.agencyId) throw new ForbiddenException('this agency officer has no agency');
  if (requested && requested !== actor.agencyId) {
    throw new ForbiddenException('agency officers see only their own agency’s assignments');
  }
  return actor.agencyId;
}
