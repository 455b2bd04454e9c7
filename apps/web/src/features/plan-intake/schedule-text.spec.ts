import { describe, expect, it } from '@jest/globals';
import { scheduleText } from './schedule-text';

const periodic = (every: string) => ({ kind: 'periodic', text: '', every, fromYear: null, toYear: null, dueDay: null });

describe('scheduleText', () => {
  it.each([
    ['month', 'Hằng tháng'],
    ['quarter', 'Hằng quý'],
    ['halfYear', '6 tháng một lần'],
  ])('names a periodic schedule by how often it reports (%s)', (every, text) => {
    expect(scheduleText('periodic', periodic(every))).toBe(text);
  });

  it('counts the due days of an annual schedule that has several', () => {
    const dues = [
      { month: 6, day: 29 },
      { month: 12, day: 14 },
    ];
    expect(scheduleText('annual', { kind: 'annual', due: dues[0], dues })).toBe('2 lần mỗi năm');
    expect(scheduleText('annual', { kind: 'annual', due: null })).toBe('Hằng năm');
  });

  it('names the years of yearly work in some years only', () => {
    const years = [2027, 2030];
    expect(scheduleText('annual', { kind: 'annual', due: null, years })).toBe('Hằng năm, chỉ các năm 2027 và 2030');
    expect(scheduleText('annual', { kind: 'annual', due: null, years: [2026, 2028, 2030] })).toBe(
      'Hằng năm, chỉ các năm 2026, 2028 và 2030',
    );
  });

  it('counts the dates of a one-off schedule that lists several', () => {
    const dues = [
      { period: '2025-Q4', due: '2025-12-31' },
      { period: '2027-Q2', due: '2027-06-30' },
    ];
    expect(scheduleText('once', { kind: 'once', ...dues[0], dues })).toBe('2 lần');
    expect(scheduleText('once', { kind: 'once', ...dues[0] })).toBe('Một lần');
  });

  it('falls back to the kind when the schedule at hand is another one', () => {
    expect(scheduleText('periodic', null)).toBe('Định kỳ trong năm');
    expect(scheduleText('unrecognised', periodic('quarter'))).toBe('Chưa hiểu được, giữ nguyên văn bản');
    expect(scheduleText(null, null)).toBe('Chưa có thời hạn');
  });
});
