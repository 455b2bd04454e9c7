import { BadRequestException, Injectable, Logger } from '@nestjs/common';
import { type Actor } from '@dondoc/auth';
import {
  type AnnouncedAdjustments,
  DEFAULT_ANNOUNCED_ADJUSTMENTS,
  inLanes,
  WorkingCalendar,
  type YearAdjustments,
} from '@dondoc/domain';
import { AssignmentRepository, type CalendarAdjustmentEntity, CalendarAdjustmentRepository } from '@dondoc/persistence';
import { AuditTrail } from '../audit/audit-trail';
import { requireEveryProvince } from '../http/provinces';
import { AssignmentWorkflowClient } from '../orchestration/assignment-workflow.client';
import { type CalendarChangeResponse, type CalendarYearResponse } from './calendar-year.response';
import { type UpdateCalendarYearDto } from './update-calendar-year.dto';
import { toYearAdjustments, yearAdjustmentProblems } from './year-adjustments.rules';

/** Signals sent together while re-planning: enough to be quick, few enough not to swamp Temporal. */
const SIGNALS_AT_ONCE = 20;

@Injectable()
export class CalendarService {
  private readonly logger = new Logger(CalendarService.name);

  constructor(
    private readonly adjustments: CalendarAdjustmentRepository,
    private readonly assignments: AssignmentRepository,
    private readonly workflows: AssignmentWorkflowClient,
    private readonly audit: AuditTrail,
  ) {}

  async get(_actor: Actor, year: number): Promise<CalendarYearResponse> {
    return this.effective(year, await this.adjustments.getYear(year));
  }

  /**
   * Periods opening from now on work to the stored table; running assignments whose reminders or escalations may
   * fall in the year are told, and plan what they have still to send on it.
   */
  async put(actor: Actor, year: number, dto: UpdateCalendarYearDto): Promise<CalendarChangeResponse> {
    requireEveryProvince(actor, 'the working calendar');
    const problems = yearAdjustmentProblems(year, dto);
    if (problems.length > 0) {
      throw new BadRequestException({ message: problems.map((p) => `${p.field}: ${p.message}`), errors: problems });
    }
    const adjustments = toYearAdjustments(dto);
    const stored = await this.audit.change(actor, async (manager) => {
      const before = await this.effective(year, await this.adjustments.getYear(year, manager));
      const stored = await this.adjustments.upsertYear(year, adjustments, actor, manager);
      const after = await this.effective(year, stored);
      return {
        result: after,
        change: { action: 'calendar.update', entityType: 'calendar_year', entityId: String(year), before, after },
      };
    });
    return { ...stored, replanned: await this.replanRunningAssignments(year) };
  }

  /**
   * A deadline in the year either side may have reminders or escalations in this one. Each task period is told too:
   * it sends its first deadline's notices. An assignment counts as told once it and its task both were.
   */
  private async replanRunningAssignments(year: number): Promise<{ told: number; failed: number }> {
    const running = await this.assignments.openDueBetween(`${year - 1}-01-01`, `${year + 1}-12-31`);
    const tables = new Map<number, Promise<AnnouncedAdjustments>>();
    const tableFor = (due: string | null) => {
      const dueYear = Number((due ?? `${year}`).slice(0, 4));
      if (!tables.has(dueYear)) tables.set(dueYear, this.adjustments.forYears(dueYear - 1, dueYear + 1));
      return tables.get(dueYear)!;
    };
    const taskOf = ({ taskId, period }: { taskId: string; period: string }) => `${taskId}/${period}`;
    const tasks = [...new Map(running.map((assignment) => [taskOf(assignment), assignment])).values()];
    const tasksTold = await inLanes(tasks, SIGNALS_AT_ONCE, (task) =>
      tableFor(task.dueDate)
        .then((calendar) => this.workflows.taskCalendarChanged(task.taskId, task.period, calendar))
        .then(
          () => true,
          () => false,
        ),
    );
    const untoldTasks = new Set(tasks.filter((_, index) => !tasksTold[index]).map(taskOf));
    const told = await inLanes(running, SIGNALS_AT_ONCE, (assignment) =>
      tableFor(assignment.dueDate)
        .then((calendar) => this.workflows.calendarChanged(assignment.id, calendar))
        .then(
          () => !untoldTasks.has(taskOf(assignment)),
          () => false,
        ),
    );
    const failed = told.filter((wasTold) => !wasTold).length;
    if (failed > 0) this.logger.warn(`${failed} running assignment(s) could not be told of the ${year} calendar`);
    return { told: told.length - failed, failed };
  }

  private async effective(year: number, row: CalendarAdjustmentEntity | null): Promise<CalendarYearResponse> {
    const table = await this.adjustments.forYears(year, year + 1);
    // The next year's row matters too: its break may begin on 31 December of this one.
    const adjustments: YearAdjustments = row?.adjustments ?? table[year] ?? {};
    const calendar = new WorkingCalendar({ ...table, [year]: adjustments });
    return {
      year,
      origin: row ? 'stored' : year in DEFAULT_ANNOUNCED_ADJUSTMENTS ? 'default' : 'statutory',
      adjustments: {
        breaks: adjustments.breaks ?? [],
        workingDays: adjustments.workingDays ?? [],
        extraDaysOff: adjustments.extraDaysOff ?? [],
        source: adjustments.source ?? null,
      },
      daysOff: calendar.daysOffIn(year),
      updatedBy: row?.updatedBy ?? null,
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  }
}
