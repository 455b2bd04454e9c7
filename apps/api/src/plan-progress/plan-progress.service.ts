import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { type Actor } from '@dondoc/auth';
import { expandPlanPeriods, localDateOf, schedulingContext } from '@dondoc/domain';
import {
  AssignmentRepository,
  type AssignmentStatus,
  type PlanEntity,
  PlanRepository,
  type TaskEntity,
  TaskRepository,
  schedulable,
} from '@dondoc/persistence';
import { type NextPeriodResponse, type PlanProgressResponse } from './plan-progress.response';

export const OVERDUE_LIMIT = 50;

/** A plan's progress from the assignment rows; an agency officer sees their own agency's part only. */
@Injectable()
export class PlanProgressService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly assignments: AssignmentRepository,
    private readonly tasks: TaskRepository,
  ) {}

  async get(actor: Actor, planId: string): Promise<PlanProgressResponse> {
    const plan = await this.plans.getById(planId);
    if (!plan) throw new NotFoundException(`plan ${planId} not found`);
    const agencyId = ownAgency(actor);
    const [byStatus, byTask, overdue, tasks] = await Promise.all([
      this.assignments.countByStatus(planId, agencyId),
      this.assignments.countByTask(planId, agencyId),
      this.assignments.listOverdue(planId, { limit: OVERDUE_LIMIT, agencyId }),
      this.tasks.listForPlan(planId),
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
      nextPeriod: plan.status === 'draft' || plan.status === 'active' ? nextPeriodOf(plan, tasks) : null,
    };
  }
}

/** The first period still to open (tomorrow or later): what a plan with nothing open is waiting for. */
function nextPeriodOf(plan: PlanEntity, tasks: TaskEntity[]): NextPeriodResponse | null {
  const today = localDateOf(Date.now());
  const { periods } = expandPlanPeriods(tasks.map(schedulable), schedulingContext(plan, today));
  const next = periods.find((period) => period.opens > today);
  return next ? { taskCode: next.taskCode, period: next.period, opens: next.opens, due: next.due } : null;
}

const sum = (counts: Record<AssignmentStatus, number>): number =>
  Object.values(counts).reduce((total, count) => total + count, 0);

function ownAgency(actor: Actor): string | undefined {
  if (actor.role !== 'agency_officer') return undefined;
  if (!actor.agencyId) throw new ForbiddenException('this agency officer has no agency');
  return actor.agencyId;
}
