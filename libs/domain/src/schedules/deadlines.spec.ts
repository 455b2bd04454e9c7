import { isoDate } from '../dates';
import { DEFAULT_ANNUAL_REPORT_DATE, deadlinesAfterEvent, deadlinesFor, periodOpens } from './deadlines';
import { interpretTimeframe } from './interpret-timeframe';
import { type DeadlineContext } from './schedule.types';

const plan2025to2030: DeadlineContext = {
  planPeriod: { from: 2025, to: 2030 },
  annualReportDate: DEFAULT_ANNUAL_REPORT_DATE,
};
const plan2024: DeadlineContext = { planPeriod: { from: 2024, to: 2024 }, annualReportDate: { month: 11, day: 20 } };

const deadlines = (text: string, context: DeadlineContext) =>
  deadlinesFor(interpretTimeframe(text, { planPeriod: context.planPeriod }).schedule, context);

describe('deadlinesFor', () => {
  it('gives a quarter its last day, open from plan activation', () => {
    expect(deadlines('Quý III năm 2024', plan2024)).toEqual([{ period: '2024-Q3', due: '2024-09-30', opens: null }]);
  });

  it('gives "trước ngày X" the day before X', () => {
    expect(deadlines('trước ngày 31/10/2023', plan2024)).toEqual([
      { period: '2023-10-30', due: '2023-10-30', opens: null },
    ]);
  });

  it('gives an annual schedule one deadline a year on the annual report date', () => {
    const result = deadlines('Hàng năm', plan2025to2030);
    expect(result.map((d) => d.period)).toEqual(['2025', '2026', '2027', '2028', '2029', '2030']);
    expect(result[1]).toEqual({ period: '2026', due: '2026-11-20', opens: '2026-01-01' });
  });

  it('gives yearly work in years named apart a deadline in those years only, on the annual report date', () => {
    expect(deadlines('Năm 2027 và năm 2030', plan2025to2030)).toEqual([
      { period: '2027', due: '2027-11-20', opens: '2027-01-01' },
      { period: '2030', due: '2030-11-20', opens: '2030-01-01' },
    ]);
  });

  it('gives a report due in the month after its period that month, its period still the one reported on', () => {
    expect(deadlines('Trước ngày 10 của tháng đầu quý sau', plan2024)).toEqual([
      { period: '2024-Q1', due: '2024-04-09', opens: '2024-01-01' },
      { period: '2024-Q2', due: '2024-07-09', opens: '2024-04-01' },
      { period: '2024-Q3', due: '2024-10-09', opens: '2024-07-01' },
      { period: '2024-Q4', due: '2025-01-09', opens: '2024-10-01' },
    ]);
    expect(deadlines('Hằng tháng, chậm nhất ngày 31 tháng sau', plan2024).slice(0, 2)).toEqual([
      { period: '2024-01', due: '2024-02-29', opens: '2024-01-01' },
      { period: '2024-02', due: '2024-03-31', opens: '2024-02-01' },
    ]);
  });

  it('runs an open-ended start to the end of the plan', () => {
    expect(deadlines('Từ năm 2027', plan2025to2030).map((d) => d.due)).toEqual([
      '2027-11-20',
      '2028-11-20',
      '2029-11-20',
      '2030-11-20',
    ]);
  });

  it('uses a due day stated in the text over the plan report date', () => {
    expect(deadlines('trước ngày 20/11 hằng năm', plan2025to2030)[0].due).toBe('2025-11-19');
  });

  it('clamps 29/02 to 28/02 outside leap years', () => {
    const schedule = interpretTimeframe('trước ngày 01/03 hàng năm', { planPeriod: { from: 2027, to: 2028 } }).schedule;
    expect(deadlinesFor(schedule, plan2025to2030).map((d) => d.due)).toEqual(['2027-02-28', '2028-02-29']);
  });

  it('reports continuous work with the annual report', () => {
    expect(
      deadlines('Thường xuyên, trọng tâm tháng 10, 11 năm 2023', { ...plan2024, planPeriod: { from: 2023, to: 2023 } }),
    ).toEqual([{ period: '2023', due: '2023-11-20', opens: '2023-01-01' }]);
  });

  it('makes a window due at its end and open at its start', () => {
    expect(deadlines('cao điểm từ ngày 01/11/2023 đến ngày 09/11/2023', plan2024)).toEqual([
      { period: '2023-11-01/2023-11-09', due: '2023-11-09', opens: '2023-11-01' },
    ]);
  });

  it('gives "Hằng quý" one deadline a quarter, on its last day, open from its first', () => {
    const result = deadlines('Hằng quý', plan2025to2030);
    expect(result).toHaveLength(24);
    expect(result.slice(0, 4)).toEqual([
      { period: '2025-Q1', due: '2025-03-31', opens: '2025-01-01' },
      { period: '2025-Q2', due: '2025-06-30', opens: '2025-04-01' },
      { period: '2025-Q3', due: '2025-09-30', opens: '2025-07-01' },
      { period: '2025-Q4', due: '2025-12-31', opens: '2025-10-01' },
    ]);
    expect(result[23].period).toBe('2030-Q4');
  });

  it('runs "hàng quý" only over the years written', () => {
    expect(deadlines('hàng quý, từ năm 2029 đến năm 2030', plan2025to2030).map((d) => d.period)).toEqual([
      '2029-Q1',
      '2029-Q2',
      '2029-Q3',
      '2029-Q4',
      '2030-Q1',
      '2030-Q2',
      '2030-Q3',
      '2030-Q4',
    ]);
  });

  it('gives "Hằng tháng" twelve deadlines a year on each month’s last day', () => {
    const result = deadlines('Hằng tháng', plan2024);
    expect(result.map((d) => d.period)).toEqual(
      ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((month) => `2024-${month}`),
    );
    expect(result[1]).toEqual({ period: '2024-02', due: '2024-02-29', opens: '2024-02-01' });
    expect(result[11]).toEqual({ period: '2024-12', due: '2024-12-31', opens: '2024-12-01' });
  });

  it('uses a stated day of the month, clamped to short months', () => {
    const schedule = interpretTimeframe('Hằng tháng, chậm nhất ngày 31', { planPeriod: { from: 2025, to: 2025 } });
    expect(
      deadlinesFor(schedule.schedule, plan2025to2030)
        .map((d) => d.due)
        .slice(0, 4),
    ).toEqual(['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30']);
    expect(deadlines('trước ngày 25 hằng tháng', plan2024)[0]).toEqual({
      period: '2024-01',
      due: '2024-01-24',
      opens: '2024-01-01',
    });
    expect(deadlines('Hằng quý, trước ngày 15 của tháng cuối quý', plan2024)[0].due).toBe('2024-03-14');
  });

  it.each(['Định kỳ 6 tháng', '6 tháng một lần'])('gives "%s" deadlines on 30/6 and 31/12', (text) => {
    expect(deadlines(text, plan2024)).toEqual([
      { period: '2024-H1', due: '2024-06-30', opens: '2024-01-01' },
      { period: '2024-H2', due: '2024-12-31', opens: '2024-07-01' },
    ]);
  });

  it.each([
    ['6 tháng đầu năm', '06-30'],
    ['Quý I hằng năm', '03-31'],
    ['trước ngày 15/12 hằng năm', '12-14'],
  ])('gives "%s" one deadline each year on %s', (text, monthDay) => {
    const result = deadlines(text, plan2025to2030);
    expect(result.map((d) => d.period)).toEqual(['2025', '2026', '2027', '2028', '2029', '2030']);
    expect(result.map((d) => d.due)).toEqual(result.map((d) => `${d.period}-${monthDay}`));
  });

  it('gives two due days a year a period each, the second opening after the first is due', () => {
    const result = deadlines('trước ngày 30/6 và 15/12 hằng năm', plan2025to2030);
    expect(result).toHaveLength(12);
    expect(result.slice(0, 3)).toEqual([
      { period: '2025-06-29', due: '2025-06-29', opens: '2025-01-01' },
      { period: '2025-12-14', due: '2025-12-14', opens: '2025-06-30' },
      { period: '2026-06-29', due: '2026-06-29', opens: '2026-01-01' },
    ]);
  });

  it('gives dates in years apart a period each, the second opening after the first is due', () => {
    expect(deadlines('Quý IV/2025 và Quý II/2027', plan2025to2030)).toEqual([
      { period: '2025-Q4', due: '2025-12-31', opens: null },
      { period: '2027-Q2', due: '2027-06-30', opens: '2026-01-01' },
    ]);
  });

  it('still reads an annual schedule stored before several due days existed', () => {
    const stored = { kind: 'annual', text: 'Hằng năm', fromYear: 2025, toYear: 2026, due: null } as const;
    expect(deadlinesFor(stored, plan2025to2030)).toEqual([
      { period: '2025', due: '2025-11-20', opens: '2025-01-01' },
      { period: '2026', due: '2026-11-20', opens: '2026-01-01' },
    ]);
  });

  it.each(['Khi có yêu cầu của Bộ Tư pháp', 'sau sơ kết 06 tháng', 'kịp thời'])('has no deadline for "%s"', (text) => {
    expect(deadlines(text, plan2025to2030)).toEqual([]);
  });
});

describe('deadlinesAfterEvent', () => {
  it('counts calendar days after the event for "trong thời hạn 10 ngày"', () => {
    const { schedule } = interpretTimeframe('Trong thời hạn 10 ngày, kể từ ngày kết thúc kiểm tra trực tiếp');
    expect(deadlinesAfterEvent(schedule, isoDate(2024, 8, 26), plan2024)).toEqual([
      { period: '2024-09-05', due: '2024-09-05', opens: '2024-08-26' },
    ]);
  });

  it('turns "Từ khi … đến năm 2030" into annual reports from the event year', () => {
    const { schedule } = interpretTimeframe('Từ khi ứng dụng được Bộ Tư pháp đưa vào sử dụng đến năm 2030');
    const result = deadlinesAfterEvent(schedule, isoDate(2028, 6, 15), plan2025to2030);
    expect(result).toEqual([
      { period: '2028', due: '2028-11-20', opens: '2028-06-15' },
      { period: '2029', due: '2029-11-20', opens: '2029-01-01' },
      { period: '2030', due: '2030-11-20', opens: '2030-01-01' },
    ]);
  });

  it('is due the day before an event the work must precede, "trước ngày Luật có hiệu lực"', () => {
    const { schedule } = interpretTimeframe('Trước ngày Luật có hiệu lực');
    expect(deadlinesAfterEvent(schedule, isoDate(2025, 7, 1), plan2025to2030)).toEqual([
      { period: '2025-06-30', due: '2025-06-30', opens: null },
    ]);
  });

  it('gives no deadline after an event the text does not time', () => {
    const { schedule } = interpretTimeframe('sau sơ kết 06 tháng');
    expect(deadlinesAfterEvent(schedule, isoDate(2024, 7, 1), plan2024)).toEqual([]);
  });
});

describe('periodOpens', () => {
  it('opens a once period at activation and an annual period on 1 January, never before activation', () => {
    const activatedOn = isoDate(2025, 6, 1);
    expect(periodOpens({ period: '2025-Q3', due: isoDate(2025, 9, 30), opens: null }, activatedOn)).toBe('2025-06-01');
    expect(periodOpens({ period: '2025', due: isoDate(2025, 11, 20), opens: isoDate(2025, 1, 1) }, activatedOn)).toBe(
      '2025-06-01',
    );
    expect(periodOpens({ period: '2026', due: isoDate(2026, 11, 20), opens: isoDate(2026, 1, 1) }, activatedOn)).toBe(
      '2026-01-01',
    );
  });
});
