import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { type Actor } from '@dondoc/auth';
import { AssignmentRepository, type AssignmentStatus, PlanRepository } from '@dondoc/persistence';
import { type PlanProgressResponse } from './plan-progress.response';

export const OVERDUE_LIMIT = 50;

/** A plan's progress from the assignment rows; an agency officer sees their own agency's part only. */
@Injectable()
export class PlanProgressService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly assignments: AssignmentRepository,
  ) {}

  async get(actor: Actor, planId: string): Promise<PlanProgressResponse> {
    const plan = await this.plans.getById(planId);
    if (!plan) throw new NotFoundException(`plan ${planId} not found`);
    const agencyId = ownAgency(actor);
    const [byStatus, byTask, overdue] = await Promise.all([
      this.assignments.countByStatus(planId, agencyId),
      this.assignments.countByTask(planId, agencyId),
      this.assignments.listOverdue(planId, { limit: OVERDUE_LIMIT, agencyId }),
    ]);
    return {
      planId,
      status: plan.status,
      total: sum(byStatus),
      byStatus,
      byTask: byTask.map(({ taskId, taskCode, counts }) => ({
        taskId,
        taskCode,
        total: sum(counts),
        byStatus: counts,
      })),
      overdue,
    };
  }
}

const sum = (counts: Record<AssignmentStatus, number>): number =>
  Object.values(counts).reduce((total, count) => total + count, 0);

function ownAgency(actor: Actor): string | undefined {
  if (actor.role !== 'agency_officer') return undefined;
  if (!actor.agencyId) throw new ForbiddenException('this agency officer has no agency');
  return actor.agencyId;
}
