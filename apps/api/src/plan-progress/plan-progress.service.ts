import { Injectable, NotFoundException } from '@nestjs/common';
import { type Actor, scopeOf } from '@dondoc/auth';
import { type IsoDate, type SchedulableTask, expandPlanPeriods, localDateOf, schedulingContext } from '@dondoc/domain';
import {
  AgencyRepository,
  type AssignmentStatus,
  type PlanEntity,
  PlanRepository,
  TaskRepository,
  zeroStatusCounts,
} from '@dondoc/persistence';
import { AgencyNames } from '../status-reports/agency-names';
import { type ClassifiedAssignment, StatusReportsService, asOfDay } from '../status-reports/status-reports.service';
import { type NextPeriodResponse, type PlanProgressResponse } from './plan-progress.response';

export const OVERDUE_LIMIT = 50;

/** A plan's progress from the assignment rows; an agency officer sees their own agency's part only. */
@Injectable()
export class PlanProgressService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly tasks: TaskRepository,
    private readonly agencies: AgencyRepository,
    private readonly reports: StatusReportsService,
  ) {}

  async get(actor: Actor, planId: string, asOf?: string): Promise<PlanProgressResponse> {
    if (asOf !== undefined) {
      const plan = await this.plans.getById(planId);
      if (!plan) throw notFound(planId);
      return this.asOf(actor, plan, asOfDay(asOf));
    }
    const progress = await this.plans.progress(scopeOf(actor), planId, OVERDUE_LIMIT);
    if (!progress) throw notFound(planId);
    const { plan, byStatus, byTask, overdue, tasks } = progress;
    return {
      planId,
      asOf: null,
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

  /** The same figures as they stood at the end of a past day, from the assignments' history. */
  private async asOf(actor: Actor, plan: PlanEntity, asOf: IsoDate): Promise<PlanProgressResponse> {
    const byStatus = zeroStatusCounts();
    const byTask = new Map<string, Record<AssignmentStatus, number>>();
    const overdue: Array<ClassifiedAssignment> = [];
    const scope = this.reports.planScope(actor, plan.id, {});
    for await (const item of this.reports.classified(scope, asOf)) {
      byStatus[item.snapshot.status] += 1;
      if (!byTask.has(item.taskId)) byTask.set(item.taskId, zeroStatusCounts());
      byTask.get(item.taskId)![item.snapshot.status] += 1;
      if (item.snapshot.status === 'overdue') overdue.push(item);
    }
    const tasks = await this.tasks.listForPlan(plan.id);
    const codes = new Map(tasks.map((task) => [task.id, task.code]));
    const names = new AgencyNames(this.agencies);
    const longest = overdue
      .sort((a, b) => (a.snapshot.due ?? '9999').localeCompare(b.snapshot.due ?? '9999'))
      .slice(0, OVERDUE_LIMIT);
    return {
      planId: plan.id,
      asOf,
      status: plan.status,
      total: sum(byStatus),
      byStatus,
      byTask: tasks
        .filter((task) => byTask.has(task.id))
        .map((task) => ({
          taskId: task.id,
          taskCode: task.code,
          total: sum(byTask.get(task.id)!),
          byStatus: byTask.get(task.id)!,
        })),
      overdue: await Promise.all(
        longest.map(async (item) => ({
          assignmentId: item.assignmentId,
          agencyId: item.snapshot.agencyId,
          agencyName: await names.of(item.snapshot.agencyId),
          taskId: item.taskId,
          taskCode: codes.get(item.taskId) ?? '',
          period: item.period,
          dueDate: item.snapshot.due,
        })),
      ),
      nextPeriod: null,
    };
  }
}

/** The first period still to open (tomorrow or later): what a plan with nothing open is waiting for. */
function nextPeriodOf(
  plan: Pick<PlanEntity, 'periodFrom' | 'periodTo' | 'policy'>,
  tasks: SchedulableTask[],
): NextPeriodResponse | null {
  const today = localDateOf(Date.now());
  const { periods } = expandPlanPeriods(tasks, schedulingContext(plan, today));
  const next = periods.find((period) => period.opens > today);
  return next ? { taskCode: next.taskCode, period: next.period, opens: next.opens, due: next.due } : null;
}

const notFound = (planId: string) => new NotFoundException(`plan ${planId} not found`);

const sum = (counts: Record<AssignmentStatus, number>): number =>
  Object.values(counts).reduce((total, count) => total + count, 0);
