import { BadRequestException, Injectable } from '@nestjs/common';
import { type Actor } from '@dondoc/auth';
import { DEFAULT_ANNOUNCED_ADJUSTMENTS, WorkingCalendar, type YearAdjustments } from '@dondoc/domain';
import { type CalendarAdjustmentEntity, CalendarAdjustmentRepository } from '@dondoc/persistence';
import { AuditTrail } from '../audit/audit-trail';
import { type CalendarYearResponse } from './calendar-year.response';
import { type UpdateCalendarYearDto } from './update-calendar-year.dto';
import { toYearAdjustments, yearAdjustmentProblems } from './year-adjustments.rules';

@Injectable()
export class CalendarService {
  constructor(
    private readonly adjustments: CalendarAdjustmentRepository,
    private readonly audit: AuditTrail,
  ) {}

  async get(_actor: Actor, year: number): Promise<CalendarYearResponse> {
    return this.effective(year, await this.adjustments.getYear(year));
  }

  /** Applies to plans activated (or amended) afterwards: a running workflow keeps the table it loaded. */
  async put(actor: Actor, year: number, dto: UpdateCalendarYearDto): Promise<CalendarYearResponse> {
    const problems = yearAdjustmentProblems(year, dto);
    if (problems.length > 0) {
      throw new BadRequestException({ message: problems.map((p) => `${p.field}: ${p.message}`), errors: problems });
    }
    const adjustments = toYearAdjustments(dto);
    return this.audit.change(actor, async (manager) => {
      const before = await this.effective(year, await this.adjustments.getYear(year, manager));
      const stored = await this.adjustments.upsertYear(year, adjustments, actor, manager);
      const after = await this.effective(year, stored);
      return {
        result: after,
        change: { action: 'calendar.update', entityType: 'calendar_year', entityId: String(year), before, after },
      };
    });
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
