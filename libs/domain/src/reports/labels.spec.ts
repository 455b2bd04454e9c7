import { periodLabel, planNumberLabel } from './labels';

describe('periodLabel', () => {
  it.each([
    ['2026', 'Năm 2026'],
    ['2024-Q3', 'Quý III/2024'],
    ['2024-11', 'Tháng 11/2024'],
    ['2025-H1', '6 tháng đầu năm 2025'],
    ['2025-H2', '6 tháng cuối năm 2025'],
    ['2025-06-29', 'Ngày 29/06/2025'],
    ['request-2', 'Đợt 2'],
    ['2025-10-01/2026-03-31', 'Từ 01/10/2025 đến 31/03/2026'],
  ])('names %s "%s"', (period, label) => {
    expect(periodLabel(period)).toBe(label);
  });
});

describe('planNumberLabel', () => {
  it.each([
    ['120/KH-UBND', 'Kế hoạch số 120/KH-UBND'],
    ['350/QĐ-UBND', 'Kế hoạch ban hành kèm theo Quyết định số 350/QĐ-UBND'],
    [null, 'Kế hoạch'],
  ])('names the plan numbered %s "%s"', (number, label) => {
    expect(planNumberLabel(number)).toBe(label);
  });
});
