import { addDays, dayOfWeek, isoDate, type IsoDate } from '../dates';
import { hungKingsDay, lunarNewYear } from './lunar-calendar';

export type HolidayName = 'newYear' | 'tet' | 'hungKings' | 'reunification' | 'labourDay' | 'nationalDay';

export interface StatutoryHoliday {
  date: IsoDate;
  name: HolidayName;
}

// Labour Code 2019 art. 112(1)(đ) gives 2/9 "and one adjacent day before or after", chosen each year.
// Default from the 2021–2025 practice: take the working day that joins 2/9 to a weekend (Mon → 3/9,
// Tue → 1/9, Thu → 3/9, Fri/Sat → 1/9, Sun → 3/9); with no weekend in reach (Wed) take the day before.
// An announced break in AnnouncedAdjustments overrides this.
const NATIONAL_DAY_ADJACENT_BY_WEEKDAY: readonly number[] = [3, 3, 1, 1, 3, 1, 1];

export function nationalDayAdjacent(year: number): IsoDate {
  return isoDate(year, 9, NATIONAL_DAY_ADJACENT_BY_WEEKDAY[dayOfWeek(isoDate(year, 9, 2))]);
}

/** Art. 112(1): the days off themselves, before compensation for those falling on a weekend. */
export function statutoryHolidays(year: number): StatutoryHoliday[] {
  const tet = lunarNewYear(year);
  const holidays: StatutoryHoliday[] = [
    { date: isoDate(year, 1, 1), name: 'newYear' },
    // The last day of the lunar year and the first four of the new one.
    ...[-1, 0, 1, 2, 3].map((offset) => ({ date: addDays(tet, offset), name: 'tet' as const })),
    { date: hungKingsDay(year), name: 'hungKings' },
    { date: isoDate(year, 4, 30), name: 'reunification' },
    { date: isoDate(year, 5, 1), name: 'labourDay' },
    { date: nationalDayAdjacent(year), name: 'nationalDay' },
    { date: isoDate(year, 9, 2), name: 'nationalDay' },
  ];
  return holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
