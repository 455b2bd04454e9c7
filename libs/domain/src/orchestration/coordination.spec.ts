import { WorkingCalendar } from '../calendar';
import { type IsoDate } from '../dates';
import { DEFAULT_COORDINATING_INPUT_DAYS, coordinatingInputDue } from './coordination';

const d = (value: string) => value as IsoDate;

describe('coordinatingInputDue', () => {
  const calendar = new WorkingCalendar();

  it('is five working days before the lead’s deadline by default, skipping the weekend', () => {
    // 20/11/2026 is a Friday: five working days back is Friday 13/11.
    expect(
      coordinatingInputDue(d('2026-11-20'), { opens: d('2026-01-01') }, DEFAULT_COORDINATING_INPUT_DAYS, calendar),
    ).toBe('2026-11-13');
    // Tuesday 24/11/2026: back over the weekend to Tuesday 17/11.
    expect(coordinatingInputDue(d('2026-11-24'), { opens: d('2026-01-01') }, 5, calendar)).toBe('2026-11-17');
  });

  it('counts over the 30/4–1/5 holidays', () => {
    // Thursday 7/5/2026, with 30/4 (Thu) and 1/5 (Fri) off: Wed 6, Tue 5, Mon 4, Wed 29/4, Tue 28/4.
    expect(coordinatingInputDue(d('2026-05-07'), { opens: d('2026-01-01') }, 5, calendar)).toBe('2026-04-28');
  });

  it('never falls before the period opens, nor after the lead’s deadline', () => {
    expect(coordinatingInputDue(d('2026-07-10'), { opens: d('2026-07-08') }, 5, calendar)).toBe('2026-07-08');
    expect(coordinatingInputDue(d('2026-07-10'), { opens: d('2026-07-20') }, 5, calendar)).toBe('2026-07-10');
    expect(coordinatingInputDue(d('2026-07-10'), { opens: d('2026-01-01') }, 0, calendar)).toBe('2026-07-10');
  });
});
