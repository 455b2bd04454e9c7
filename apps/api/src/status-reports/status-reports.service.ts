import { Injectable, NotFoundException } from '@nestjs/common';
import { type Actor, scopeOf } from '@dondoc/auth';
import {
  type AssignmentSnapshot,
  BucketCounter,
  type Classified,
  type IsoDate,
  STATUS_BUCKETS,
  WorkingCalendar,
  classify,
  dateParts,
  endOfLocalDay,
  localDateOf,
  parseIsoDate,
  snapshotOf,
} from '@dondoc/domain';
import {
  AgencyRepository,
  type AssignmentHistory,
  AssignmentHistoryRepository,
  CalendarAdjustmentRepository,
  type HistoryScope,
  type PlanEntity,
  PlanRepository,
  TaskRepository,
} from '@dondoc/persistence';
import { type AgencyStatusReportResponse, type PlanStatusReportResponse } from './status-report.response';
import { type AgencyStatusQuery, type PlanStatusQuery } from './status-report.query';
import { invalidField } from '../http/problems';

/** An assignment as it stood on the day asked for, and its bucket. */
export type ClassifiedAssignment = Omit<AssignmentHistory, 'events'> & {
  snapshot: AssignmentSnapshot;
  classified: Classified;
};

// Overdue work may span years; working days are counted on the calendar of each.
const CALENDAR_YEARS_BACK = 15;

/** The Government Office's four buckets, for any set of assignments and any past day, from their history. */
@Injectable()
export class StatusReportsService {
  constructor(
    private readonly histories: AssignmentHistoryRepository,
    private readonly adjustments: CalendarAdjustmentRepository,
    private readonly plans: PlanRepository,
    private readonly tasks: TaskRepository,
    private readonly agencies: AgencyRepository,
  ) {}

  /** Every assignment in scope as it stood at the end of `asOf`; one held by the agency then, for an agency scope. */
  async *classified(scope: HistoryScope, asOf: IsoDate): AsyncGenerator<ClassifiedAssignment> {
    const year = dateParts(asOf).year;
    const calendar = new WorkingCalendar(await this.adjustments.forYears(year - CALENDAR_YEARS_BACK, year + 1));
    for await (const { events, ...assignment } of this.histories.stream(scope, new Date(endOfLocalDay(asOf)))) {
      const snapshot = snapshotOf(events);
      if (!snapshot || (scope.agencyId && snapshot.agencyId !== scope.agencyId)) continue;
      yield { ...assignment, snapshot, classified: classify(snapshot, asOf, calendar) };
    }
  }

  async plan(actor: Actor, planId: string, query: PlanStatusQuery): Promise<PlanStatusReportResponse> {
    const plan = await this.planOf(planId);
    const asOf = asOfDay(query.asOf);
    const scope = this.planScope(actor, plan.id, query);
    const total = new BucketCounter();
    const byTask = new Map<string, BucketCounter>();
    const byAgency = new Map<string, BucketCounter>();
    const periods = new Set<string>();
    for await (const item of this.classified(scope, asOf)) {
      periods.add(item.period);
      total.add(item.classified, item.snapshot);
      counterOf(byTask, item.taskId).add(item.classified, item.snapshot);
      counterOf(byAgency, item.snapshot.agencyId).add(item.classified, item.snapshot);
    }
    const [tasks, agencies] = await Promise.all([
      this.tasks.listForPlan(plan.id),
      this.agencies.findByIds([...byAgency.keys()]),
    ]);
    return {
      planId: plan.id,
      asOf,
      bucketOrder: [...STATUS_BUCKETS],
      total: total.finish(),
      periods: [...periods].sort(),
      byTask: tasks
        .filter((task) => byTask.has(task.id))
        .map((task) => ({
          taskId: task.id,
          taskCode: task.code,
          taskTitle: task.title,
          tally: byTask.get(task.id)!.finish(),
        })),
      byAgency: agencies
        .map((agency) => ({ agencyId: agency.id, agencyName: agency.name, tally: byAgency.get(agency.id)!.finish() }))
        .sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'vi')),
    };
  }

  async agency(actor: Actor, agencyId: string, query: AgencyStatusQuery): Promise<AgencyStatusReportResponse> {
    // Another agency's figures are as absent to an officer as an agency that does not exist.
    const own = scopeOf(actor).agencyId;
    const foreign = own !== null && own !== agencyId;
    if (foreign || !(await this.agencies.getById(agencyId))) {
      throw new NotFoundException(`agency ${agencyId} not found`);
    }
    const asOf = asOfDay(query.asOf);
    const total = new BucketCounter();
    const byPlan = new Map<string, BucketCounter>();
    for await (const item of this.classified({ agencyId, planId: query.planId }, asOf)) {
      total.add(item.classified, item.snapshot);
      counterOf(byPlan, item.planId).add(item.classified, item.snapshot);
    }
    const plans = await Promise.all([...byPlan.keys()].map((id) => this.plans.getById(id)));
    return {
      agencyId,
      asOf,
      total: total.finish(),
      byPlan: plans
        .filter((plan): plan is PlanEntity => plan !== null)
        .map((plan) => ({
          planId: plan.id,
          planNumber: plan.number,
          planTitle: plan.title,
          tally: byPlan.get(plan.id)!.finish(),
        })),
    };
  }

  async planOf(planId: string): Promise<PlanEntity> {
    const plan = await this.plans.getById(planId);
    if (!plan) throw new NotFoundException(`plan ${planId} not found`);
    return plan;
  }

  /** An agency officer's scope is their own agency's part, whatever the query names. */
  planScope(actor: Actor, planId: string, query: Omit<PlanStatusQuery, 'asOf'>): HistoryScope {
    const agencyId = scopeOf(actor).agencyId ?? query.agencyId;
    return { planId, agencyId, taskId: query.taskId, period: query.period, role: query.role };
  }
}

/** Before any plan dondoc could hold, and within the years the working calendar knows. */
export const EARLIEST_AS_OF = '2000-01-01';

/** The day asked for, or today; a day still to come has no figures yet. */
export function asOfDay(asOf: string | undefined): IsoDate {
  const today = localDateOf(Date.now());
  if (asOf === undefined) return today;
  const day = parseIsoDate(asOf);
  if (day > today) throw invalidField('asOf', `${asOf} is after today (${today})`);
  if (day < EARLIEST_AS_OF) throw invalidField('asOf', `${asOf} is before ${EARLIEST_AS_OF}`);
  return day;
}

function counterOf(counters: Map<string, BucketCounter>, key: string): BucketCounter {
  let counter = counters.get(key);
  if (!counter) counters.set(key, (counter = new BucketCounter()));
  return counter;
}
