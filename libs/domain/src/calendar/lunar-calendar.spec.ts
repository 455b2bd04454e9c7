import { hungKingsDay, lunarNewYear, lunarToSolar } from './lunar-calendar';

describe('Vietnamese lunar calendar', () => {
  it.each([
    [2020, '2020-01-25'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    // China's new year is 3 February 2030; the new moon falls at 23:07 in Hanoi, so Vietnam's Tết is a day earlier.
    [2030, '2030-02-02'],
    [2007, '2007-02-17'],
  ])('puts Tết %i on %s', (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
  });

  it('uses the UTC+7 meridian: Tết 1985 is 21 January in Vietnam, not 20 February as in China', () => {
    expect(lunarNewYear(1985)).toBe('1985-01-21');
  });

  it.each([
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('puts Giỗ Tổ Hùng Vương %i on %s', (year, date) => {
    expect(hungKingsDay(year)).toBe(date);
  });

  it('handles leap months: 2023 had a leap 2nd month', () => {
    expect(lunarToSolar(2023, 2, 1)).toBe('2023-02-20');
    expect(lunarToSolar(2023, 2, 1, true)).toBe('2023-03-22');
    expect(lunarToSolar(2023, 3, 1)).toBe('2023-04-20');
    expect(lunarToSolar(2023, 5, 1, true)).toBeNull();
    expect(lunarToSolar(2024, 5, 1, true)).toBeNull();
  });
});
