import { type AssignmentSnapshot } from './assignment-history';
import { type ScoredRole, type ScoringRubric } from './scoring-rubric';
import { type Classified } from './status-buckets';

export const DEDUCTION_REASONS = ['late', 'return', 'missed'] as const;
export type DeductionReason = (typeof DEDUCTION_REASONS)[number];

export interface Deduction {
  reason: DeductionReason;
  /** Points actually taken, in the rubric's unit: never more than what was left (an assignment stops at zero). */
  points: number;
  /** Days late (in the rubric's unit), returns, or 1 for a missed report. */
  quantity: number;
  /** What happened, in Vietnamese, e.g. "Gửi báo cáo muộn 3 ngày làm việc". */
  detail: string;
}

export interface AssignmentScore {
  /** The points earned, from the base less every deduction, never below zero. */
  points: number;
  /** The most this assignment could earn: the rubric's onTimePoints, or openInTimePoints for work not yet due. */
  base: number;
  /** The role's weight in the agency's average. */
  weight: number;
  deductions: Deduction[];
}

export interface ScoredAssignment {
  role: ScoredRole;
  snapshot: Pick<AssignmentSnapshot, 'returns'>;
  classified: Classified;
}

/**
 * What one assignment earns under `rubric`; null when it is not scored: waived or cancelled, or still within its
 * deadline while the rubric leaves such work out. Deductions are taken in order (late, returns, missed), each
 * trimmed to what is left, so `base − Σ deductions = points` always holds.
 */
export function scoreAssignment(rubric: ScoringRubric, assignment: ScoredAssignment): AssignmentScore | null {
  const { classified, snapshot, role } = assignment;
  const claims: Deduction[] = [];
  let base = rubric.onTimePoints;
  switch (classified.bucket) {
    case 'waived':
    case 'cancelled':
      return null;
    case 'openInTime':
      if (rubric.openInTimePoints === null) return null;
      base = rubric.openInTimePoints;
      break;
    case 'doneOnTime':
      break;
    case 'doneLate': {
      const days = classified.late[rubric.lateDays];
      const uncapped = rubric.lateFlatDeduction + rubric.deductionPerDayLate * days;
      const points = rubric.maxLateDeduction === null ? uncapped : Math.min(uncapped, rubric.maxLateDeduction);
      claims.push({ reason: 'late', points, quantity: days, detail: `Gửi báo cáo muộn ${daysText(days, rubric)}` });
      break;
    }
    case 'openOverdue':
      break;
  }
  if (snapshot.returns > 0) {
    claims.push({
      reason: 'return',
      points: rubric.deductionPerReturn * snapshot.returns,
      quantity: snapshot.returns,
      detail: `Báo cáo bị trả lại ${snapshot.returns} lần`,
    });
  }
  if (classified.bucket === 'openOverdue') {
    const days = classified.late[rubric.lateDays];
    claims.push({
      reason: 'missed',
      points: rubric.missedReportDeduction,
      quantity: 1,
      detail: `Chưa gửi báo cáo, quá hạn ${daysText(days, rubric)}`,
    });
  }
  let left = base;
  const deductions = claims
    .map((claim) => {
      const points = roundPoints(Math.min(claim.points, left));
      left = roundPoints(left - points);
      return { ...claim, points };
    })
    .filter((deduction) => deduction.points > 0);
  return { points: left, base, weight: rubric.roleWeights[role], deductions };
}

const daysText = (days: number, rubric: ScoringRubric): string =>
  rubric.lateDays === 'working' ? `${days} ngày làm việc` : `${days} ngày`;

/** Rubric points have at most two decimals; rounding each step keeps float noise (0.1 + 0.2) out of the sums. */
export const roundPoints = (value: number): number => Math.round(value * 100) / 100;
