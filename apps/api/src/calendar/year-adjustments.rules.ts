import { type AnnouncedBreak, type IsoDate, type YearAdjustments, addDays, daysBetween, isoDate } from '@dondoc/domain';
import { type FieldProblem } from '../http/problem-details.filter';
import { type UpdateCalendarYearDto } from './update-calendar-year.dto';

// A New Year break announced under the new year may start in the last days of December.
const BREAK_MAY_START_DAYS_EARLY = 7;
const LONGEST_BREAK_DAYS = 31;

/** What class-validator cannot see: the year comes from the path. Fields are named like the validation pipe does. */
export function yearAdjustmentProblems(year: number, dto: UpdateCalendarYearDto): FieldProblem[] {
  const first = isoDate(year, 1, 1);
  const last = isoDate(year, 12, 31);
  const inYear = (date: string) => date >= first && date <= last;
  const problems: FieldProblem[] = [];
  const outside = (field: string, date: string) =>
    problems.push({ field, message: `${field} ${date} is not in ${year}` });

  (dto.breaks ?? []).forEach(({ from, to }, index) => {
    if (from < addDays(first, -BREAK_MAY_START_DAYS_EARLY) || from > last) outside(`breaks.${index}.from`, from);
    if (!inYear(to)) outside(`breaks.${index}.to`, to);
    if (from > to) problems.push({ field: `breaks.${index}.to`, message: `breaks.${index}.to is before its from` });
    else if (daysBetween(from as IsoDate, to as IsoDate) >= LONGEST_BREAK_DAYS) {
      problems.push({ field: `breaks.${index}.to`, message: `a break lasts at most ${LONGEST_BREAK_DAYS} days` });
    }
  });
  for (const key of ['workingDays', 'extraDaysOff'] as const) {
    (dto[key] ?? []).forEach((date, index) => !inYear(date) && outside(`${key}.${index}`, date));
  }
  return problems;
}

export function toYearAdjustments(dto: UpdateCalendarYearDto): YearAdjustments {
  const dates = (values: string[] | undefined) => [...new Set(values ?? [])].sort() as IsoDate[];
  return {
    breaks: (dto.breaks ?? []).map(({ holiday, from, to }): AnnouncedBreak => ({
      holiday,
      from: from as IsoDate,
      to: to as IsoDate,
    })),
    workingDays: dates(dto.workingDays),
    extraDaysOff: dates(dto.extraDaysOff),
    source: dto.source,
  };
}
