import { type WorkingCalendar } from '../calendar';
import { type IsoDate } from '../dates';

/** Coordinating agencies send their input to the lead agency this many working days before the lead's deadline. */
export const DEFAULT_COORDINATING_INPUT_DAYS = 5;

/**
 * The deadline of a coordinating agency's input: `workingDays` working days before the lead's deadline, never
 * before the period opens (a short period leaves the input the whole of it) nor after the lead's deadline.
 */
export function coordinatingInputDue(
  leadDue: IsoDate,
  period: { opens: IsoDate },
  workingDays: number,
  calendar: WorkingCalendar,
): IsoDate {
  if (workingDays <= 0) return leadDue;
  const due = calendar.addWorkingDays(leadDue, -workingDays);
  return due < period.opens ? (period.opens < leadDue ? period.opens : leadDue) : due;
}
