import { periodLabel } from './labels';

describe('periodLabel', () => {
  it.each([
    ['2026', 'Năm 2026'],
    ['2024-Q3', 'Quý III/2024'],
    ['2024-11', 'Tháng 11/2024'],
    ['2025-H1', '6 tháng đầu năm 2025'],
    ['2025-H2', '6 tháng cuối năm 2025'],
    ['2025-06-29', 'Ngày 29/06/2025'],
    ['request-2', 'Đợt 2'],
  ])('names %s "%s"', (period, label) => {
    expect(periodLabel(period)).toBe(label);
  });
});
