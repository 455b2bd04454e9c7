import { Injectable, NotFoundException } from '@nestjs/common';
import { type AgencyResolver, type Suggestion } from '@dondoc/directory';
import { expandPlanPeriods, localDateOf, schedulingContext } from '@dondoc/domain';
import {
  type PlanEntity,
  PlanRepository,
  type PlanWarning,
  type TaskEntity,
  TaskRepository,
  schedulable,
} from '@dondoc/persistence';
import { type ProvinceDirectory, ProvinceDirectories } from '../plan-import/province-directories';
import { readTimeframe } from '../tasks/timeframe-reading';
import {
  type DraftReviewResponse,
  type ReviewSuggestionResponse,
  type TaskReviewResponse,
} from './draft-review.response';

const PERIODS_SHOWN = 3;
// Warnings the review shows in their own place, as things stand now: at the task (names, time frames, a task with
// no lead, which the page counts from the task's agencies) or in the scan's notice.
const SHOWN_ELSEWHERE = new Set([
  'schedule',
  'agency-unresolved',
  'agency-group-empty',
  'task-without-lead',
  'ocr',
  'ocr-low-confidence',
]);

/** A time frame a task's sentences name, shown at the task (a draft imported before it was kept has the note only). */
const isToldTimeframe = (warning: PlanWarning): warning is PlanWarning & { where: string; value: string } =>
  warning.code === 'timeframe-in-prose' && warning.where !== undefined && Boolean(warning.value);

/** Each task's schedule as it will run and what still needs a decision, read again from the directory each time. */
@Injectable()
export class DraftReviewService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly tasks: TaskRepository,
    private readonly directories: ProvinceDirectories,
  ) {}

  async review(planId: string): Promise<DraftReviewResponse> {
    const plan = await this.plans.getById(planId);
    if (!plan) throw new NotFoundException(`plan ${planId} not found`);
    const tasks = await this.tasks.listForPlan(planId);
    const directory = await this.directoryOf(plan, tasks);
    const today = localDateOf(Date.now());
    const { periods } = expandPlanPeriods(tasks.map(schedulable), schedulingContext(plan, today));
    const warnings = plan.warnings ?? [];
    const toldTimeframes = new Map(warnings.filter(isToldTimeframe).map((warning) => [warning.where, warning.value]));
    return {
      planId,
      province: directory?.resolver.province ?? null,
      today,
      tasks: tasks.map((task) => ({
        taskId: task.id,
        code: task.code,
        scheduleKind: task.schedule?.kind ?? null,
        understood: task.schedule !== null && task.schedule.kind !== 'unrecognised',
        // Read again rather than kept from the import: an edited time frame has notes of its own.
        timeframeNotes: readTimeframe(plan, task.timeframe)?.warnings ?? [],
        timeframeInText: task.timeframe ? null : (toldTimeframes.get(task.code) ?? null),
        periods: periods
          .filter((period) => period.taskId === task.id)
          .slice(0, PERIODS_SHOWN)
          .map(({ period, opens, due }) => ({ period, opens, due })),
        ...this.names(task, directory),
      })),
      importNotes: warnings.filter((warning) => !SHOWN_ELSEWHERE.has(warning.code) && !isToldTimeframe(warning)),
      scan: scanOf(plan),
    };
  }

  /** The province of the agencies the plan's tasks already resolved to, else the one its title or issuer names. */
  private async directoryOf(plan: PlanEntity, tasks: TaskEntity[]): Promise<ProvinceDirectory | null> {
    const links = await this.tasks.listAgenciesOfTasks(tasks.map((task) => task.id));
    const counts = new Map<string, number>();
    links.forEach(({ agency }) => counts.set(agency.province, (counts.get(agency.province) ?? 0) + 1));
    const [province] = [...counts].sort((a, b) => b[1] - a[1]).map(([name]) => name);
    // A province whose agencies were all deactivated since has no directory left: nothing resolves then.
    if (province !== undefined) return this.directories.forPlan(province, '', null).catch(() => null);
    return this.directories.forPlan(undefined, `${plan.title}\n${plan.issuer ?? ''}`, plan.issuer);
  }

  private names(
    task: TaskEntity,
    directory: ProvinceDirectory | null,
  ): Pick<TaskReviewResponse, 'unresolved' | 'emptyGroups' | 'bothRoles'> {
    const review: Pick<TaskReviewResponse, 'unresolved' | 'emptyGroups' | 'bothRoles'> = {
      unresolved: [],
      emptyGroups: [],
      bothRoles: [],
    };
    const codes = { lead: new Set<string>(), coordinating: new Set<string>() };
    const read = (role: 'lead' | 'coordinating') => (name: string) => {
      if (!directory) return review.unresolved.push({ name, role, suggestions: [] });
      const resolution = directory.resolver.resolve(name);
      if (resolution.status === 'unresolved') {
        const suggestions = resolution.suggestions.map((s) => suggestionOf(s, directory));
        return review.unresolved.push({ name, role, suggestions });
      }
      if (resolution.agencyCodes.length === 0) review.emptyGroups.push(name);
      // A broad group ("các cơ quan có liên quan") naturally holds the lead: only an agency named outright counts.
      if (role === 'coordinating' && resolution.match.type !== 'agency') return;
      resolution.agencyCodes.forEach((code) => codes[role].add(code));
    };
    task.leadNames.forEach(read('lead'));
    task.coordinatingNames.forEach(read('coordinating'));
    for (const code of codes.lead) {
      const agency = directory?.agencies.get(code);
      if (agency && codes.coordinating.has(code)) review.bothRoles.push({ agencyId: agency.id, name: agency.name });
    }
    return review;
  }
}

function suggestionOf(suggestion: Suggestion, directory: ProvinceDirectory): ReviewSuggestionResponse {
  return { ...suggestion, agencyIds: agencyIdsOf(suggestion.name, directory.resolver, directory) };
}

function agencyIdsOf(name: string, resolver: AgencyResolver, directory: ProvinceDirectory): string[] {
  const resolution = resolver.resolve(name);
  if (resolution.status !== 'resolved') return [];
  return resolution.agencyCodes.flatMap((code) => directory.agencies.get(code)?.id ?? []);
}

/** What OCR left uncertain, kept with the plan's warnings when it was read from a scan. */
function scanOf(plan: PlanEntity): DraftReviewResponse['scan'] {
  const warnings = plan.warnings ?? [];
  if (!warnings.some((warning) => warning.code === 'ocr')) return null;
  return {
    uncertainLines: warnings
      .filter((warning) => warning.code === 'ocr-low-confidence')
      .map((warning) => ({ page: Number(/\d+/.exec(warning.where ?? '')?.[0] ?? 0), text: warning.message })),
  };
}
