import dayjs from 'dayjs';
import type { CalendarYear } from '../../api/types';
import { formatDate } from '../../lib/dates';
import { dayOffReasonLabels, holidayLabels } from './labels';

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'day-off' | 'working';

export interface CalendarDay {
  date: string;
  day: number;
  kind: DayKind;
  /** What the day is, in words ("Quốc khánh (nghỉ lễ, Tết theo luật)"), for everything but an ordinary day. */
  note: string | null;
}

/** Every day of the year as the calendar sees it: holidays, other days off, swapped working days, weekends. */
export const classifyYear = (calendar: CalendarYear): Map<string, CalendarDay> => {
  const daysOff = new Map(calendar.daysOff.map((day) => [day.date, day]));
  const working = new Set(calendar.adjustments.workingDays);
  const days = new Map<string, CalendarDay>();
  for (let date = dayjs(`${calendar.year}-01-01`); date.year() === calendar.year; date = date.add(1, 'day')) {
    const iso = date.format('YYYY-MM-DD');
    const off = daysOff.get(iso);
    const weekend = date.day() === 0 || date.day() === 6;
    let kind: DayKind = weekend ? 'weekend' : 'workday';
    let note: string | null = weekend ? 'Ngày nghỉ cuối tuần' : null;
    if (off) {
      kind = off.holiday ? 'holiday' : 'day-off';
      note = off.holiday
        ? `${holidayLabels[off.holiday]} (${dayOffReasonLabels[off.reason]})`
        : `Ngày nghỉ (${dayOffReasonLabels[off.reason]})`;
    } else if (working.has(iso)) {
      kind = 'working';
      note = 'Ngày làm việc bù';
    }
    days.set(iso, { date: iso, day: date.date(), kind, note });
  }
  return days;
};

/** The weeks of a month, Monday first, with blanks (null) before the first and after the last day. */
export const monthWeeks = (year: number, month: number, days: Map<string, CalendarDay>): (CalendarDay | null)[][] => {
  const first = dayjs(new Date(year, month, 1));
  const lead = (first.day() + 6) % 7;
  const cells: (CalendarDay | null)[] = Array.from({ length: lead }, () => null);
  for (let d = 1; d <= first.daysInMonth(); d += 1) {
    cells.push(days.get(first.date(d).format('YYYY-MM-DD')) ?? null);
  }
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
};

export const dayTitle = (day: CalendarDay): string => `${formatDate(day.date)}${day.note ? `: ${day.note}` : ''}`;
