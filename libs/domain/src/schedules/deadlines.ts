import { addDays, daysInMonth, isoDate, maxIsoDate, type IsoDate } from '../dates';
import { type Deadline, type DeadlineContext, type MonthDay, type Schedule } from './schedule.types';

export const DEFAULT_ANNUAL_REPORT_DATE: MonthDay = { month: 11, day: 20 };

// 29/02 only exists in leap years; elsewhere the report falls due on the month's last day.
export function annualDueDate(year: number, { month, day }: MonthDay): IsoDate {
  return isoDate(year, month, Math.min(day, daysInMonth(year, month)));
}

function yearly(fromYear: number, toYear: number, due: MonthDay): Deadline[] {
  const deadlines: Deadline[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    deadlines.push({ period: String(year), due: annualDueDate(year, due), opens: isoDate(year, 1, 1) });
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
      return [{ period: schedule.period, due: schedule.due, opens: null }];
    case 'window':
      return [{ period: `${schedule.start}/${schedule.end}`, due: schedule.end, opens: schedule.start }];
    case 'annual':
    case 'continuous':
      return yearly(
        schedule.fromYear ?? context.planPeriod.from,
        schedule.toYear ?? context.planPeriod.to,
        schedule.due ?? context.annualReportDate,
      );
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
  if (schedule.relation === 'from') {
    const fromYear = Number(occurredOn.slice(0, 4));
    const toYear = schedule.untilYear ?? context.planPeriod.to;
    return yearly(fromYear, toYear, context.annualReportDate).map((deadline) => ({
      ...deadline,
      opens: maxIsoDate(deadline.opens ?? occurredOn, occurredOn),
    }));
  }
  return [];
}

/** When a period's work starts: its own opening day, never before the plan is activated. */
export const periodOpens = (deadline: Deadline, activatedOn: IsoDate): IsoDate =>
  maxIsoDate(deadline.opens ?? activatedOn, activatedOn);
