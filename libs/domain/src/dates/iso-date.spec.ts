import {
  addDays,
  compareIsoDates,
  dateParts,
  dayOfWeek,
  daysBetween,
  formatVietnamese,
  isoDate,
  lastDayOfMonth,
  lastDayOfQuarter,
  parseIsoDate,
  tryIsoDate,
  tryParseIsoDate,
} from './iso-date';

describe('IsoDate', () => {
  it('builds zero-padded dates and rejects impossible ones', () => {
    expect(isoDate(2024, 1, 5)).toBe('2024-01-05');
    expect(tryIsoDate(2023, 2, 29)).toBeNull();
    expect(tryIsoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(tryIsoDate(2024, 2, 31)).toBeNull();
    expect(tryIsoDate(2024, 13, 1)).toBeNull();
    expect(() => isoDate(2024, 4, 31)).toThrow(RangeError);
  });

  it('parses only well-formed calendar dates', () => {
    expect(parseIsoDate('2026-02-17')).toBe('2026-02-17');
    expect(tryParseIsoDate('2026-2-17')).toBeNull();
    expect(tryParseIsoDate('2100-02-29')).toBeNull();
    expect(tryParseIsoDate('2000-02-29')).toBe('2000-02-29');
    expect(dateParts(isoDate(2030, 12, 31))).toEqual({ year: 2030, month: 12, day: 31 });
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays(isoDate(2024, 2, 28), 1)).toBe('2024-02-29');
    expect(addDays(isoDate(2023, 2, 28), 1)).toBe('2023-03-01');
    expect(addDays(isoDate(2023, 12, 31), 1)).toBe('2024-01-01');
    expect(addDays(isoDate(2024, 1, 1), -1)).toBe('2023-12-31');
    expect(daysBetween(isoDate(2024, 1, 1), isoDate(2025, 1, 1))).toBe(366);
  });

  it('knows month and quarter ends', () => {
    expect(lastDayOfMonth(2024, 2)).toBe('2024-02-29');
    expect(lastDayOfMonth(2025, 2)).toBe('2025-02-28');
    expect(lastDayOfQuarter(2024, 1)).toBe('2024-03-31');
    expect(lastDayOfQuarter(2024, 2)).toBe('2024-06-30');
    expect(lastDayOfQuarter(2024, 3)).toBe('2024-09-30');
    expect(lastDayOfQuarter(2024, 4)).toBe('2024-12-31');
  });

  it('gives the day of week with Sunday as 0', () => {
    expect(dayOfWeek(isoDate(1970, 1, 1))).toBe(4);
    expect(dayOfWeek(isoDate(2026, 4, 30))).toBe(4);
    expect(dayOfWeek(isoDate(2026, 5, 1))).toBe(5);
    expect(dayOfWeek(isoDate(2026, 2, 14))).toBe(6);
    expect(dayOfWeek(isoDate(1969, 12, 28))).toBe(0);
  });

  it('compares and formats for Vietnamese readers', () => {
    expect(compareIsoDates(isoDate(2024, 1, 2), isoDate(2024, 1, 10))).toBe(-1);
    expect(compareIsoDates(isoDate(2024, 1, 2), isoDate(2024, 1, 2))).toBe(0);
    expect(formatVietnamese(isoDate(2026, 9, 2))).toBe('02/09/2026');
  });
});
