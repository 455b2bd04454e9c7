import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  type LatePeriodChoice,
  type PlannedPeriod,
  expandPlanPeriods,
  latePeriodsAt,
  localDateOf,
  parseIsoDate,
  schedulingContext,
} from '@dondoc/domain';
import { PlanRepository, TaskRepository, schedulable } from '@dondoc/persistence';
import { invalidField } from '../http/problems';
import { type ActivationPreviewQuery } from './activation-preview.query';
import {
  type ActivationPreviewResponse,
  type OpeningPeriodResponse,
  type PreviewRecipientResponse,
} from './activation-preview.response';
import { TaskHolders } from './task-holders';

const LISTED = 10;

/** What POST /plans/:id/activate would do today with the same choice: the same layout, read only. */
@Injectable()
export class ActivationPreviewService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly tasks: TaskRepository,
    private readonly holders: TaskHolders,
  ) {}

  async preview(planId: string, query: ActivationPreviewQuery): Promise<ActivationPreviewResponse> {
    const plan = await this.plans.getById(planId);
    if (!plan) throw new NotFoundException(`plan ${planId} not found`);
    if (plan.status !== 'draft') {
      throw new ConflictException(`plan ${planId} is ${plan.status}: only a draft plan can be activated`);
    }
    const tasks = (await this.tasks.listForPlan(planId)).map(schedulable);
    const today = localDateOf(Date.now());
    const context = schedulingContext(plan, today);
    const late = latePeriodsAt(tasks, context);
    const choice = this.choiceOf(query, today);
    const { periods, onRequest } = expandPlanPeriods(tasks, { ...context, latePeriods: choice });
    const opening = periods.filter((period) => period.opens <= today);
    const holders = await this.holders.of(opening.map((period) => period.taskId));
    const opensNow = opening.map((period): OpeningPeriodResponse => {
      const links = holders.get(period.taskId) ?? [];
      const lead = links.filter((link) => link.role === 'lead').length;
      return { ...period, assignments: links.length, lead, coordinating: links.length - lead };
    });
    const later = periods.filter((period) => period.opens > today);
    return {
      planId,
      today,
      latePeriodChoice: query.latePeriods ?? null,
      needsChoice: late.length > 0 && choice === undefined,
      assignmentsNow: opensNow.reduce((total, period) => total + period.assignments, 0),
      opensNow,
      latePeriods: late.map((period) => ({
        ...period,
        outcome: choice === undefined ? 'undecided' : choice.mode === 'skip' ? 'skipped' : 'opens-now',
        newDue: choice?.mode === 'open-now' ? choice.due : null,
      })),
      nextOpenings: later.slice(0, LISTED),
      firstDeadlines: [...periods].sort(byDue).slice(0, LISTED),
      onRequestTasks: onRequest,
      recipients: this.recipients(opening, holders),
    };
  }

  /** As activation reads it: open-now needs a deadline from today on (400 naming lateDue otherwise). */
  private choiceOf(query: ActivationPreviewQuery, today: string): LatePeriodChoice | undefined {
    if (query.latePeriods === undefined) return undefined;
    if (query.latePeriods === 'skip') return { mode: 'skip' };
    const due = parseIsoDate(query.lateDue ?? '');
    if (due < today) throw invalidField('lateDue', `the deadline ${due} is in the past`);
    return { mode: 'open-now', activatedOn: parseIsoDate(today), due };
  }

  private recipients(opening: PlannedPeriod[], holders: Awaited<ReturnType<TaskHolders['of']>>) {
    const byAgency = new Map<string, PreviewRecipientResponse>();
    for (const period of opening) {
      for (const { agency } of holders.get(period.taskId) ?? []) {
        const known = byAgency.get(agency.id);
        if (known) {
          known.assignments += 1;
          continue;
        }
        const { id: agencyId, code, name, focalEmails } = agency;
        const withoutAddress = focalEmails.length === 0;
        byAgency.set(agencyId, {
          agencyId,
          code,
          name,
          focalEmails: focalEmails.length,
          withoutAddress,
          assignments: 1,
        });
      }
    }
    return [...byAgency.values()].sort(
      (a, b) => Number(b.withoutAddress) - Number(a.withoutAddress) || a.name.localeCompare(b.name, 'vi'),
    );
  }
}

const byDue = (a: PlannedPeriod, b: PlannedPeriod) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0);
