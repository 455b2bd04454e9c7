import { addDays, isoDate, type IsoDate } from '../dates';
import { WorkingCalendar } from './working-calendar';

const calendar = new WorkingCalendar();
const statutoryOnly = new WorkingCalendar({});
const d = (text: string) => text as IsoDate;

const workingDaysBetween = (cal: WorkingCalendar, from: string, to: string): string[] => {
  const days: string[] = [];
  for (let date = d(from); date <= d(to); date = cal.addWorkingDays(date, 1)) {
    if (cal.isWorkingDay(date)) days.push(date);
  }
  return days;
};

describe('WorkingCalendar', () => {
  it('treats weekends as days off and weekdays as working days', () => {
    expect(calendar.isWorkingDay(isoDate(2026, 3, 13))).toBe(true);
    expect(calendar.isWorkingDay(isoDate(2026, 3, 14))).toBe(false);
    expect(calendar.isWorkingDay(isoDate(2026, 3, 15))).toBe(false);
  });

  it('closes the whole Tết 2026 break, 14–22 February, and reopens on Monday 23', () => {
    for (let day = 14; day <= 22; day += 1) expect(calendar.isWorkingDay(isoDate(2026, 2, day))).toBe(false);
    expect(calendar.isWorkingDay(isoDate(2026, 2, 13))).toBe(true);
    expect(calendar.nextWorkingDay(isoDate(2026, 2, 13))).toBe('2026-02-23');
    expect(calendar.workingDayOnOrBefore(isoDate(2026, 2, 19))).toBe('2026-02-13');
    expect(calendar.dayOff(isoDate(2026, 2, 17))).toEqual({ date: '2026-02-17', holiday: 'tet', reason: 'announced' });
  });

  it('derives the same Tết 2026 break from the statutory rules alone', () => {
    expect(workingDaysBetween(statutoryOnly, '2026-02-13', '2026-02-23')).toEqual(['2026-02-13', '2026-02-23']);
  });

  it('gives Monday 27/4/2026 off for Giỗ Tổ on Sunday 26/4, then closes 30/4–1/5 (Thursday, Friday)', () => {
    expect(calendar.dayOff(isoDate(2026, 4, 27))).toEqual({
      date: '2026-04-27',
      holiday: 'hungKings',
      reason: 'compensatory',
    });
    expect(workingDaysBetween(calendar, '2026-04-24', '2026-05-05')).toEqual([
      '2026-04-24',
      '2026-04-28',
      '2026-04-29',
      '2026-05-04',
      '2026-05-05',
    ]);
  });

  it('makes up a weekend holiday on the next working day after the holiday block', () => {
    // 2/9/2023 was a Saturday: 1/9 (adjacent) and 2/9 off, made up on Monday 4/9.
    expect(statutoryOnly.isWorkingDay(isoDate(2023, 9, 1))).toBe(false);
    expect(statutoryOnly.dayOff(isoDate(2023, 9, 4))).toMatchObject({ reason: 'compensatory' });
    expect(statutoryOnly.isWorkingDay(isoDate(2023, 9, 5))).toBe(true);
    // Tết 2025 by statute: 28/1–1/2, Saturday 1/2 made up on Monday 3/2.
    expect(statutoryOnly.isWorkingDay(isoDate(2025, 2, 3))).toBe(false);
  });

  it('lets an announced break replace the statutory days and their compensation', () => {
    expect(calendar.isWorkingDay(isoDate(2025, 1, 27))).toBe(false);
    expect(calendar.isWorkingDay(isoDate(2025, 2, 3))).toBe(true);
  });

  it('counts an announced working Saturday as a working day', () => {
    expect(calendar.isWorkingDay(isoDate(2025, 4, 26))).toBe(true);
    expect(calendar.isWorkingDay(isoDate(2025, 5, 2))).toBe(false);
    expect(calendar.nextWorkingDay(isoDate(2025, 4, 25))).toBe('2025-04-26');
  });

  it('adds working days forwards and backwards, never counting the start day', () => {
    expect(calendar.addWorkingDays(isoDate(2026, 2, 12), 2)).toBe('2026-02-23');
    expect(calendar.addWorkingDays(isoDate(2026, 2, 24), -2)).toBe('2026-02-13');
    expect(calendar.addWorkingDays(isoDate(2026, 2, 15), 0)).toBe('2026-02-15');
    expect(calendar.addWorkingDays(isoDate(2026, 4, 29), 1)).toBe('2026-05-04');
  });

  it('takes an admin table that adds a break', () => {
    const custom = new WorkingCalendar({
      2026: {
        breaks: [{ holiday: 'newYear', from: d('2026-01-01'), to: d('2026-01-04') }],
        workingDays: [d('2026-01-10')],
      },
    });
    expect(custom.isWorkingDay(isoDate(2026, 1, 2))).toBe(false);
    expect(custom.isWorkingDay(isoDate(2026, 1, 10))).toBe(true);
    expect(calendar.isWorkingDay(isoDate(2026, 1, 2))).toBe(true);
  });

  it('lists the days off of a year for audit', () => {
    const days = calendar.daysOffIn(2026).map((day) => `${day.date}:${day.reason}`);
    expect(days).toContain('2026-04-27:compensatory');
    expect(days).toContain('2026-09-01:statutory');
    expect(days.every((entry) => entry.startsWith('2026-'))).toBe(true);
  });

  it('refuses to search forever when the table closes every day', () => {
    const everyDay = Array.from({ length: 120 }, (_, i) => addDays(isoDate(2030, 1, 1), i));
    const closed = new WorkingCalendar({ 2030: { extraDaysOff: everyDay } });
    expect(() => closed.nextWorkingDay(isoDate(2029, 12, 31))).toThrow(RangeError);
  });
});
