import { addDays, dateParts, isWeekend, type IsoDate } from '../dates';
import { DEFAULT_ANNOUNCED_ADJUSTMENTS, type AnnouncedAdjustments } from './announced-adjustments';
import { statutoryHolidays, type HolidayName } from './holidays';

export interface DayOff {
  date: IsoDate;
  holiday: HolidayName | null;
  reason: 'statutory' | 'compensatory' | 'announced';
}

// No real break is this long; reaching it means the adjustments table marks (almost) every day off.
const MAX_SEARCH_DAYS = 60;

/** Civil-service working days in Vietnam: Monday to Friday, minus holidays, plus announced swaps. */
export class WorkingCalendar {
  private readonly daysOffByYear = new Map<number, Map<IsoDate, DayOff>>();

  constructor(private readonly adjustments: AnnouncedAdjustments = DEFAULT_ANNOUNCED_ADJUSTMENTS) {}

  isWorkingDay(date: IsoDate): boolean {
    const { year } = dateParts(date);
    // A break announced for one year may start on 31/12 of the year before.
    if ([year, year + 1].some((y) => this.adjustments[y]?.workingDays?.includes(date))) return true;
    if (this.dayOff(date) !== null) return false;
    return !isWeekend(date);
  }

  dayOff(date: IsoDate): DayOff | null {
    const { year } = dateParts(date);
    return this.daysOff(year).get(date) ?? this.daysOff(year + 1).get(date) ?? null;
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate {
    return this.step(date, 1);
  }

  previousWorkingDay(date: IsoDate): IsoDate {
    return this.step(date, -1);
  }

  workingDayOnOrBefore(date: IsoDate): IsoDate {
    return this.isWorkingDay(date) ? date : this.previousWorkingDay(date);
  }

  workingDayOnOrAfter(date: IsoDate): IsoDate {
    return this.isWorkingDay(date) ? date : this.nextWorkingDay(date);
  }

  /** Counts `n` working days after `date` (before it when negative); the start day itself never counts. */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    let current = date;
    for (let i = 0; i < Math.abs(n); i += 1) current = this.step(current, Math.sign(n));
    return current;
  }

  /** Every day off in a year besides ordinary weekends, for display and audit. */
  daysOffIn(year: number): DayOff[] {
    return [...this.daysOff(year).values()].filter((d) => d.date.startsWith(String(year))).sort(byDate);
  }

  private step(date: IsoDate, direction: number): IsoDate {
    let current = date;
    for (let i = 0; i < MAX_SEARCH_DAYS; i += 1) {
      current = addDays(current, direction);
      if (this.isWorkingDay(current)) return current;
    }
    throw new RangeError(`No working day within ${MAX_SEARCH_DAYS} days of ${date}: check the announced adjustments`);
  }

  private daysOff(year: number): Map<IsoDate, DayOff> {
    let days = this.daysOffByYear.get(year);
    if (!days) {
      days = computeDaysOff(year, this.adjustments);
      this.daysOffByYear.set(year, days);
    }
    return days;
  }
}

const byDate = (a: DayOff, b: DayOff): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

function computeDaysOff(year: number, adjustments: AnnouncedAdjustments): Map<IsoDate, DayOff> {
  const announced = adjustments[year] ?? {};
  const days = new Map<IsoDate, DayOff>();
  const overridden = new Set<HolidayName>();
  for (const { holiday, from, to } of announced.breaks ?? []) {
    overridden.add(holiday);
    for (let date = from; date <= to; date = addDays(date, 1)) days.set(date, { date, holiday, reason: 'announced' });
  }
  for (const date of announced.extraDaysOff ?? []) days.set(date, { date, holiday: null, reason: 'announced' });
  const statutory = statutoryHolidays(year).filter(({ name }) => !overridden.has(name));
  for (const { date, name } of statutory) {
    if (!days.has(date)) days.set(date, { date, holiday: name, reason: 'statutory' });
  }
  // Art. 112(3): a holiday on a weekly rest day is made up on the next working day.
  const workingDays = new Set(announced.workingDays ?? []);
  for (const { date, name } of statutory) {
    if (!isWeekend(date)) continue;
    let makeUp = addDays(date, 1);
    while ((isWeekend(makeUp) && !workingDays.has(makeUp)) || days.has(makeUp)) makeUp = addDays(makeUp, 1);
    days.set(makeUp, { date: makeUp, holiday: name, reason: 'compensatory' });
  }
  return days;
}
