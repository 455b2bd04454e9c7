import { scoreAssignment } from './scoring';
import { assignment } from './scoring.fixture';
import { DEFAULT_SCORING_RUBRIC, type ScoringRubric } from './scoring-rubric';

const rubric = DEFAULT_SCORING_RUBRIC;
const with_ = (changes: Partial<ScoringRubric>): ScoringRubric => ({ ...rubric, ...changes });

describe('scoreAssignment', () => {
  it('gives full points to a report sent on the deadline, and to one sent by an extended deadline', () => {
    const full = { points: 100, base: 100, weight: 1, deductions: [] };
    expect(scoreAssignment(rubric, assignment('onTime'))).toEqual(full);
    expect(scoreAssignment(rubric, assignment('onTimeAfterExtension'))).toEqual(full);
  });

  it('takes the flat and per-day deductions off a report late after an extension, in working days', () => {
    expect(scoreAssignment(rubric, assignment('lateAfterExtension'))).toEqual({
      points: 88,
      base: 100,
      weight: 1,
      deductions: [{ reason: 'late', points: 12, quantity: 1, detail: 'Gửi báo cáo muộn 1 ngày làm việc' }],
    });
  });

  it('counts calendar days when the rubric says so', () => {
    const score = scoreAssignment(with_({ lateDays: 'calendar' }), assignment('lateAfterExtension'));
    expect(score?.deductions).toEqual([{ reason: 'late', points: 16, quantity: 3, detail: 'Gửi báo cáo muộn 3 ngày' }]);
  });

  it('caps the lateness deduction, so a very late report still scores above one never sent', () => {
    expect(scoreAssignment(rubric, assignment('veryLate'))).toMatchObject({
      points: 40,
      deductions: [{ reason: 'late', points: 60, quantity: 31, detail: 'Gửi báo cáo muộn 31 ngày làm việc' }],
    });
    expect(scoreAssignment(with_({ maxLateDeduction: null }), assignment('veryLate'))?.points).toBe(28);
  });

  it('deducts each return from a report resent and accepted on time', () => {
    expect(scoreAssignment(rubric, assignment('returnedThenAccepted'))).toMatchObject({
      points: 95,
      deductions: [{ reason: 'return', points: 5, quantity: 1, detail: 'Báo cáo bị trả lại 1 lần' }],
    });
  });

  it('takes the missed-report deduction from work still without a report after its deadline', () => {
    expect(scoreAssignment(rubric, assignment('missed'))).toMatchObject({
      points: 0,
      deductions: [{ reason: 'missed', points: 100, quantity: 1, detail: 'Chưa gửi báo cáo, quá hạn 5 ngày làm việc' }],
    });
  });

  it('takes deductions in order, each trimmed to what is left, so they add up to what was lost', () => {
    const score = scoreAssignment(rubric, assignment('returnedThenMissed'));
    expect(score?.deductions.map(({ reason, points }) => [reason, points])).toEqual([
      ['return', 10],
      ['missed', 90],
    ]);
    const harsh = scoreAssignment(with_({ deductionPerReturn: 70 }), assignment('returnedThenMissed'));
    expect(harsh).toMatchObject({ points: 0, deductions: [{ reason: 'return', points: 100, quantity: 2 }] });
  });

  it('lists no deduction a rubric sets to zero', () => {
    const lenient = with_({ lateFlatDeduction: 0, deductionPerDayLate: 0, deductionPerReturn: 0 });
    expect(scoreAssignment(lenient, assignment('lateAfterExtension'))).toMatchObject({ points: 100, deductions: [] });
    expect(scoreAssignment(lenient, assignment('returnedThenAccepted'))?.deductions).toEqual([]);
  });

  it.each(['waived', 'cancelled'] as const)('does not score %s work', (kind) => {
    expect(scoreAssignment(rubric, assignment(kind))).toBeNull();
  });

  it('leaves work within its deadline unscored, unless the rubric gives it points', () => {
    expect(scoreAssignment(rubric, assignment('openInTime'))).toBeNull();
    expect(scoreAssignment(with_({ openInTimePoints: 50 }), assignment('openInTime'))).toEqual({
      points: 50,
      base: 50,
      weight: 1,
      deductions: [],
    });
  });

  it('weighs a coordinating agency’s work by the rubric’s weight, without changing its points', () => {
    expect(scoreAssignment(rubric, assignment('lateAfterExtension', 'coordinating'))).toMatchObject({
      points: 88,
      weight: 0.5,
    });
  });

  it('keeps fractional points exact to two decimals', () => {
    const tenth = with_({ onTimePoints: 10, lateFlatDeduction: 0.1, deductionPerDayLate: 0.2, maxLateDeduction: null });
    expect(scoreAssignment(tenth, assignment('lateAfterExtension'))?.points).toBe(9.7);
  });
});
