import { describe, expect, it } from '@jest/globals';
import { formatPeriod, periodInSentence } from './dates';

describe('reporting periods in words', () => {
  it.each([
    ['2024-Q3', 'Quý III/2024', 'quý III/2024'],
    ['2024-H1', '6 tháng đầu năm 2024', '6 tháng đầu năm 2024'],
    ['2024-11', 'Tháng 11/2024', 'tháng 11/2024'],
    ['2026', 'Năm 2026', 'năm 2026'],
    ['2026-12-12', 'Ngày 12/12/2026', 'ngày 12/12/2026'],
    ['request-2', 'Đợt 2', 'đợt 2'],
    ['2025-11-01/2025-11-07', 'Từ 01/11/2025 đến 07/11/2025', 'từ 01/11/2025 đến 07/11/2025'],
  ])('%s: "%s" as a label, "%s" inside a sentence', (period, label, inSentence) => {
    expect(formatPeriod(period)).toBe(label);
    expect(periodInSentence(period)).toBe(inSentence);
  });
});
