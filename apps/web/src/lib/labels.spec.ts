import { describe, expect, it } from '@jest/globals';
import { planNumberLabel } from './labels';

describe('a plan named by its number', () => {
  it.each([
    ['120/KH-UBND', 'Kế hoạch số 120/KH-UBND'],
    ['350/QĐ-UBND', 'Kế hoạch ban hành kèm theo Quyết định số 350/QĐ-UBND'],
    [null, 'Kế hoạch'],
  ])('%s: "%s"', (number, label) => {
    expect(planNumberLabel(number)).toBe(label);
  });
});
