import { DEFAULT_SCORING_RUBRIC, validateRubric } from './scoring-rubric';

const fieldsRefused = (changes: Record<string, unknown>): string[] =>
  validateRubric({ ...DEFAULT_SCORING_RUBRIC, ...changes }).map((problem) => problem.field);

describe('validateRubric', () => {
  it('accepts the default rubric, and a cap and open-work points left unset', () => {
    expect(validateRubric(DEFAULT_SCORING_RUBRIC)).toEqual([]);
    expect(validateRubric({ ...DEFAULT_SCORING_RUBRIC, maxLateDeduction: null, openInTimePoints: null })).toEqual([]);
  });

  it('accepts a province’s own ten-point scale with half points and calendar days', () => {
    const tenPoints = {
      onTimePoints: 10,
      lateFlatDeduction: 0,
      deductionPerDayLate: 0.25,
      maxLateDeduction: 5,
      lateDays: 'calendar',
      deductionPerReturn: 0.5,
      missedReportDeduction: 10,
      openInTimePoints: 0,
      roleWeights: { lead: 2, coordinating: 0 },
    };
    expect(validateRubric(tenPoints)).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a negative deduction', { deductionPerDayLate: -1 }, 'deductionPerDayLate'],
    ['a text number', { deductionPerReturn: '5' }, 'deductionPerReturn'],
    ['NaN', { missedReportDeduction: NaN }, 'missedReportDeduction'],
    ['infinity', { lateFlatDeduction: Infinity }, 'lateFlatDeduction'],
    ['three decimals', { deductionPerDayLate: 0.125 }, 'deductionPerDayLate'],
    ['a runaway number', { onTimePoints: 1_000_000 }, 'onTimePoints'],
    ['nothing for on time', { onTimePoints: 0 }, 'onTimePoints'],
    ['a null on-time score', { onTimePoints: null }, 'onTimePoints'],
    ['a negative cap', { maxLateDeduction: -5 }, 'maxLateDeduction'],
    ['open work above on time', { openInTimePoints: 101 }, 'openInTimePoints'],
    ['an unknown day unit', { lateDays: 'business' }, 'lateDays'],
    ['a weight above 10', { roleWeights: { lead: 11, coordinating: 1 } }, 'roleWeights.lead'],
    ['a negative weight', { roleWeights: { lead: 1, coordinating: -0.5 } }, 'roleWeights.coordinating'],
    ['a missing weight', { roleWeights: { lead: 1 } }, 'roleWeights.coordinating'],
    ['an unknown role', { roleWeights: { lead: 1, coordinating: 1, inspector: 1 } }, 'roleWeights.inspector'],
    ['no role weighed', { roleWeights: { lead: 0, coordinating: 0 } }, 'roleWeights'],
    ['weights as a list', { roleWeights: [1, 0.5] }, 'roleWeights'],
    ['an unknown field', { bonusPoints: 5 }, 'bonusPoints'],
  ])('refuses %s, naming the field', (_case, changes, field) => {
    expect(fieldsRefused(changes)).toEqual([field]);
  });

  it('names every missing field of a partial rubric', () => {
    expect(validateRubric({ onTimePoints: 100 }).map((problem) => problem.field)).toEqual([
      'lateFlatDeduction',
      'deductionPerDayLate',
      'maxLateDeduction',
      'deductionPerReturn',
      'missedReportDeduction',
      'openInTimePoints',
      'lateDays',
      'roleWeights',
    ]);
  });

  it('refuses what is not an object at all', () => {
    expect(validateRubric(null)).toEqual([{ field: '', message: expect.any(String) }]);
    expect(validateRubric([DEFAULT_SCORING_RUBRIC])).toHaveLength(1);
  });
});
