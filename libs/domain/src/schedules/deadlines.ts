import { addDays, daysInMonth, isoDate, maxIsoDate, type IsoDate } from '../dates';
import {
  type Deadline,
  type DeadlineContext,
  type MonthDay,
  type PeriodicSchedule,
  type ReportingInterval,
  type Schedule,
} from './schedule.types';

export const DEFAULT_ANNUAL_REPORT_DATE: MonthDay = { month: 11, day: 20 };

// 29/02 only exists in leap years; elsewhere the report falls due on the month's last day.
export function annualDueDate(year: number, { month, day }: MonthDay): IsoDate {
  return isoDate(year, month, Math.min(day, daysInMonth(year, month)));
}

type Years = [from: number, to: number];

const yearsOf = (schedule: { fromYear: number | null; toYear: number | null }, context: DeadlineContext): Years => [
  schedule.fromYear ?? context.planPeriod.from,
  schedule.toYear ?? context.planPeriod.to,
];

/** One period a year per due day; with several, each is keyed by its date and opens the day after the one before. */
function yearly([fromYear, toYear]: Years, dues: readonly MonthDay[]): Deadline[] {
  const deadlines: Deadline[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    let opens = isoDate(year, 1, 1);
    for (const due of new Set(dues.map((day) => annualDueDate(year, day)))) {
      deadlines.push({ period: dues.length === 1 ? String(year) : due, due, opens });
      opens = addDays(due, 1);
    }
  }
  return deadlines;
}

const MONTHS_IN: Record<ReportingInterval, number> = { month: 1, quarter: 3, halfYear: 6 };

function periodKey(every: ReportingInterval, year: number, index: number): string {
  if (every === 'month') return `${year}-${String(index).padStart(2, '0')}`;
  return `${year}-${every === 'quarter' ? 'Q' : 'H'}${index}`;
}

const monthAfter = (year: number, month: number): [number, number] =>
  month === 12 ? [year + 1, 1] : [year, month + 1];

/**
 * Each month, quarter or half year opens on its first day and is due on its last, or on the stated day of its last
 * month, or of the month after it.
 */
function periodic([fromYear, toYear]: Years, { every, dueDay, dueAfterPeriod }: PeriodicSchedule): Deadline[] {
  const months = MONTHS_IN[every];
  const deadlines: Deadline[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    for (let index = 1; index * months <= 12; index += 1) {
      const lastMonth = index * months;
      const [dueYear, dueMonth] = dueAfterPeriod ? monthAfter(year, lastMonth) : [year, lastMonth];
      const due = isoDate(dueYear, dueMonth, Math.min(dueDay ?? 31, daysInMonth(dueYear, dueMonth)));
      deadlines.push({ period: periodKey(every, year, index), due, opens: isoDate(year, lastMonth - months + 1, 1) });
    }
  }
  return deadlines;
}

/**
 * One entry per reporting period. Schedules that wait for a request or an event have none:
 * a coordinator or the event starts them (see `deadlinesAfterEvent`).
 */
export function deadlinesFor(schedule: Schedule, context: DeadlineContext): Deadline[] {
  switch (schedule.kind) {
    case 'once':
      return (schedule.dues ?? [schedule]).map(({ period, due }, i, dues) => ({
        period,
        due,
        opens: i === 0 ? null : addDays(dues[i - 1].due, 1),
      }));
    case 'window':
      return [{ period: `${schedule.start}/${schedule.end}`, due: schedule.end, opens: schedule.start }];
    case 'annual': {
      const deadlines = yearly(yearsOf(schedule, context), schedule.dues ?? [schedule.due ?? context.annualReportDate]);
      const { years } = schedule;
      return years ? deadlines.filter(({ due }) => years.includes(Number(due.slice(0, 4)))) : deadlines;
    }
    case 'continuous':
      return yearly(yearsOf(schedule, context), [schedule.due ?? context.annualReportDate]);
    case 'periodic':
      return periodic(yearsOf(schedule, context), schedule);
    case 'onRequest':
    case 'eventRelative':
    case 'unrecognised':
      return [];
  }
}

/** Deadlines that follow once the awaited event has happened; empty when the text gives no due date. */
export function deadlinesAfterEvent(schedule: Schedule, occurredOn: IsoDate, context: DeadlineContext): Deadline[] {
  if (schedule.kind !== 'eventRelative') return [];
  if (schedule.relation === 'within' && schedule.offsetDays !== null) {
    const due = addDays(occurredOn, schedule.offsetDays);
    return [{ period: due, due, opens: occurredOn }];
  }
  if (schedule.relation === 'before') {
    const due = addDays(occurredOn, -1);
    return [{ period: due, due, opens: null }];
  }
  if (schedule.relation === 'from') {
    const fromYear = Number(occurredOn.slice(0, 4));
    const toYear = schedule.untilYear ?? context.planPeriod.to;
    return yearly([fromYear, toYear], [context.annualReportDate]).map((deadline) => ({
      ...deadline,
      opens: maxIsoDate(deadline.opens ?? occurredOn, occurredOn),
    }));
  }
  return [];
}

/** When a period's work starts: its own opening day, never before the plan is activated. */
export const periodOpens = (deadline: Deadline, activatedOn: IsoDate): IsoDate =>
  maxIsoDate(deadline.opens ?? activatedOn, activatedOn);
