/** The two roles an agency holds in a task (cơ quan chủ trì, cơ quan phối hợp), mirrored from the registry. */
export const SCORED_ROLES = ['lead', 'coordinating'] as const;
export type ScoredRole = (typeof SCORED_ROLES)[number];

export const LATE_DAY_UNITS = ['working', 'calendar'] as const;
export type LateDayUnit = (typeof LATE_DAY_UNITS)[number];

/**
 * How a province turns its agencies' assignments into a score (thang điểm đánh giá, xếp hạng). Points are in the
 * province's own unit (many write "đúng hạn: 10 điểm"); the agency's score is brought to 100 (docs/reports.md).
 * Stored whole, as one immutable version per change, so any past ranking can be computed again.
 */
export interface ScoringRubric {
  /** What a report sent by the deadline in force earns (after an extension or a return, the new deadline). */
  onTimePoints: number;
  /** Taken off any report sent late, however late: the cost of missing the deadline at all. */
  lateFlatDeduction: number;
  /** Taken off a late report for each day it came after the deadline. */
  deductionPerDayLate: number;
  /** The most a late report loses for lateness (flat plus per day); null: no cap. Keeps "late" above "never sent". */
  maxLateDeduction: number | null;
  /** Whether days late are counted in working days (ngày làm việc, the Vietnamese calendar) or calendar days. */
  lateDays: LateDayUnit;
  /** Taken off for each time the office returned the report for rework (trả lại để hoàn thiện). */
  deductionPerReturn: number;
  /** Taken off an assignment still without a report after its deadline, as of the day ranked (không gửi báo cáo). */
  missedReportDeduction: number;
  /**
   * What work still within its deadline earns; null (the usual): not scored, so an agency is judged only on work
   * already due.
   */
  openInTimePoints: number | null;
  /** How much each role's assignments count in the agency's average: a lead agency's work usually weighs more. */
  roleWeights: Record<ScoredRole, number>;
}

export const DEFAULT_SCORING_RUBRIC: ScoringRubric = {
  onTimePoints: 100,
  lateFlatDeduction: 10,
  deductionPerDayLate: 2,
  maxLateDeduction: 60,
  lateDays: 'working',
  deductionPerReturn: 5,
  missedReportDeduction: 100,
  openInTimePoints: null,
  roleWeights: { lead: 1, coordinating: 0.5 },
};

export interface RubricProblem {
  /** The field's dotted path, as the API names it: `roleWeights.lead`. */
  field: string;
  message: string;
}

/** Far above any real rubric; a typo of an extra zero or two stays inside it, a runaway number does not. */
export const MAX_RUBRIC_POINTS = 10_000;
export const MAX_ROLE_WEIGHT = 10;

const POINT_FIELDS = [
  'onTimePoints',
  'lateFlatDeduction',
  'deductionPerDayLate',
  'maxLateDeduction',
  'deductionPerReturn',
  'missedReportDeduction',
  'openInTimePoints',
] as const;
const NULLABLE: ReadonlySet<string> = new Set(['maxLateDeduction', 'openInTimePoints']);
const FIELDS: ReadonlySet<string> = new Set([...POINT_FIELDS, 'lateDays', 'roleWeights']);

/** Every problem of a rubric as stored or sent (not trusted to be well formed), each naming its field. */
export function validateRubric(input: unknown): RubricProblem[] {
  if (!isRecord(input)) return [{ field: '', message: 'a rubric must be an object' }];
  const problems: RubricProblem[] = [];
  const refuse = (field: string, message: string) => problems.push({ field, message });
  for (const field of Object.keys(input)) if (!FIELDS.has(field)) refuse(field, `${field} is not a rubric field`);
  for (const field of POINT_FIELDS) {
    const value = input[field];
    if (value === null && NULLABLE.has(field)) continue;
    const problem = pointProblem(value, MAX_RUBRIC_POINTS);
    if (problem) refuse(field, `${field} ${problem}`);
  }
  if (input.onTimePoints === 0) refuse('onTimePoints', 'onTimePoints must be more than 0');
  const onTime = input.onTimePoints;
  const openInTime = input.openInTimePoints;
  if (typeof onTime === 'number' && typeof openInTime === 'number' && openInTime > onTime) {
    refuse('openInTimePoints', 'openInTimePoints must not be more than onTimePoints');
  }
  if (!(LATE_DAY_UNITS as readonly unknown[]).includes(input.lateDays)) {
    refuse('lateDays', `lateDays must be one of ${LATE_DAY_UNITS.join(', ')}`);
  }
  problems.push(...roleWeightProblems(input.roleWeights));
  return problems;
}

function roleWeightProblems(weights: unknown): RubricProblem[] {
  if (!isRecord(weights)) return [{ field: 'roleWeights', message: 'roleWeights must be an object' }];
  const problems: RubricProblem[] = [];
  for (const field of Object.keys(weights)) {
    if (!(SCORED_ROLES as readonly string[]).includes(field)) {
      problems.push({ field: `roleWeights.${field}`, message: `${field} is not a role` });
    }
  }
  for (const role of SCORED_ROLES) {
    const problem = pointProblem(weights[role], MAX_ROLE_WEIGHT);
    if (problem) problems.push({ field: `roleWeights.${role}`, message: `roleWeights.${role} ${problem}` });
  }
  if (problems.length === 0 && SCORED_ROLES.every((role) => weights[role] === 0)) {
    problems.push({ field: 'roleWeights', message: 'roleWeights must weigh at least one role above 0' });
  }
  return problems;
}

/** Why `value` is not a number from 0 to `max` with at most two decimals, or null when it is. */
function pointProblem(value: unknown, max: number): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be a finite number';
  if (value < 0 || value > max) return `must be from 0 to ${max}`;
  if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-6) return 'must have at most two decimals';
  return null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
