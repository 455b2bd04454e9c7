import { type IsoDate } from '../dates';
import { type SchedulableTask, expandPlanPeriods, latePeriodsAt } from './plan-periods';

const d = (value: string) => value as IsoDate;
const annual: SchedulableTask = {
  taskId: 'task-annual',
  taskCode: 'III.1',
  schedule: { kind: 'annual', text: 'Hằng năm', fromYear: null, toYear: null, due: null },
};
const quarterly: SchedulableTask = {
  taskId: 'task-q3',
  taskCode: 'III.2',
  schedule: { kind: 'once', text: 'Quý III năm 2026', due: d('2026-09-30'), period: '2026-Q3' },
};
const lastYear: SchedulableTask = {
  taskId: 'task-2025',
  taskCode: 'III.3',
  schedule: { kind: 'once', text: 'Năm 2025', due: d('2025-11-20'), period: '2025' },
};
// A 2025–2030 plan activated on 30/11/2026, after its 20/11 annual report date.
const context = {
  planPeriod: { from: 2025, to: 2030 },
  annualReportDate: { month: 11, day: 20 },
  activatedOn: d('2026-11-30'),
};
const tasks = [annual, quarterly, lastYear];

describe('a plan activated after some of its deadlines', () => {
  it('finds the period each task is in the middle of: the latest deadline passed less than a year ago', () => {
    expect(latePeriodsAt(tasks, context)).toEqual([
      { taskId: 'task-annual', taskCode: 'III.1', period: '2026', due: '2026-11-20' },
      { taskId: 'task-q3', taskCode: 'III.2', period: '2026-Q3', due: '2026-09-30' },
    ]);
  });

  it('offers last year’s period to a plan activated early in the new year', () => {
    expect(latePeriodsAt([annual], { ...context, activatedOn: d('2027-01-10') })).toEqual([
      { taskId: 'task-annual', taskCode: 'III.1', period: '2026', due: '2026-11-20' },
    ]);
  });

  it('leaves them out when the coordinator starts with the next period', () => {
    const { periods } = expandPlanPeriods(tasks, { ...context, latePeriods: { mode: 'skip' } });
    expect(periods.map(({ taskId, period }) => `${taskId}|${period}`)).toEqual(
      ['2027', '2028', '2029', '2030'].map((year) => `task-annual|${year}`),
    );
    expect(periods[0]).toMatchObject({ opens: '2027-01-01', due: '2027-11-20' });
  });

  it('opens them at activation with the deadline the coordinator gave, and on an amend later still', () => {
    const latePeriods = { mode: 'open-now' as const, activatedOn: d('2026-11-30'), due: d('2026-12-15') };
    const { periods } = expandPlanPeriods(tasks, { ...context, latePeriods });
    expect(periods.slice(0, 2)).toEqual([
      { taskId: 'task-annual', taskCode: 'III.1', period: '2026', due: '2026-12-15', opens: '2026-11-30' },
      { taskId: 'task-q3', taskCode: 'III.2', period: '2026-Q3', due: '2026-12-15', opens: '2026-11-30' },
    ]);
    expect(periods).toHaveLength(6);
    const amended = expandPlanPeriods(tasks, { ...context, activatedOn: d('2027-02-01'), latePeriods });
    expect(amended.periods.map(({ period }) => period)).toEqual(['2026', '2026-Q3', '2027', '2028', '2029', '2030']);
  });
});

describe('a plan with tasks reported several times a year', () => {
  const everyQuarter: SchedulableTask = {
    taskId: 'task-quarterly',
    taskCode: 'III.4',
    schedule: { kind: 'periodic', text: 'Hằng quý', every: 'quarter', fromYear: null, toYear: null, dueDay: null },
  };
  const twiceAYear: SchedulableTask = {
    taskId: 'task-twice',
    taskCode: 'III.5',
    schedule: {
      kind: 'annual',
      text: 'trước ngày 30/6 và 15/12 hằng năm',
      fromYear: null,
      toYear: null,
      due: { month: 6, day: 29 },
      dues: [
        { month: 6, day: 29 },
        { month: 12, day: 14 },
      ],
    },
  };
  const oneYear = { ...context, planPeriod: { from: 2026, to: 2026 }, activatedOn: d('2026-05-10') };

  it('opens each quarter on its first day, the current one at activation, and drops the quarters already due', () => {
    const { periods, onRequest } = expandPlanPeriods([everyQuarter], oneYear);
    expect(onRequest).toEqual([]);
    expect(periods.map(({ period, opens, due }) => [period, opens, due])).toEqual([
      ['2026-Q2', '2026-05-10', '2026-06-30'],
      ['2026-Q3', '2026-07-01', '2026-09-30'],
      ['2026-Q4', '2026-10-01', '2026-12-31'],
    ]);
  });

  it('keeps the period keys of two due days a year apart and offers the last quarter as late', () => {
    const { periods } = expandPlanPeriods([twiceAYear], oneYear);
    expect(periods.map(({ period, opens }) => [period, opens])).toEqual([
      ['2026-06-29', '2026-05-10'],
      ['2026-12-14', '2026-06-30'],
    ]);
    expect(latePeriodsAt([everyQuarter], oneYear)).toEqual([
      { taskId: 'task-quarterly', taskCode: 'III.4', period: '2026-Q1', due: '2026-03-31' },
    ]);
  });
});
