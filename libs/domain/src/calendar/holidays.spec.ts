import { nationalDayAdjacent, statutoryHolidays } from './holidays';

describe('statutory holidays (Labour Code 2019 art. 112)', () => {
  it('lists the eleven days of 2026', () => {
    expect(statutoryHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'newYear' },
      { date: '2026-02-16', name: 'tet' },
      { date: '2026-02-17', name: 'tet' },
      { date: '2026-02-18', name: 'tet' },
      { date: '2026-02-19', name: 'tet' },
      { date: '2026-02-20', name: 'tet' },
      { date: '2026-04-26', name: 'hungKings' },
      { date: '2026-04-30', name: 'reunification' },
      { date: '2026-05-01', name: 'labourDay' },
      { date: '2026-09-01', name: 'nationalDay' },
      { date: '2026-09-02', name: 'nationalDay' },
    ]);
  });

  it.each([
    [2021, '2021-09-03'],
    [2022, '2022-09-01'],
    [2023, '2023-09-01'],
    [2024, '2024-09-03'],
    [2025, '2025-09-01'],
    [2026, '2026-09-01'],
  ])('picks the day adjacent to 2/9/%i as announced in practice: %s', (year, date) => {
    expect(nationalDayAdjacent(year)).toBe(date);
  });
});
