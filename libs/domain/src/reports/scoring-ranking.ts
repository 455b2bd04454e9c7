import { type AssignmentSnapshot } from './assignment-history';
import { DEDUCTION_REASONS, type DeductionReason, type ScoredAssignment, scoreAssignment } from './scoring';
import { type LateDayUnit, type ScoringRubric } from './scoring-rubric';
import { BucketCounter, type BucketTally } from './status-buckets';

export interface RankingEntry extends ScoredAssignment {
  agencyId: string;
  agencyName: string;
  snapshot: AssignmentSnapshot;
}

export interface DeductionSummary {
  reason: DeductionReason;
  /** The agency's assignments that lost points for this reason. */
  assignments: number;
  /** Days late (in the rubric's unit), returns, or missed reports, added up. */
  quantity: number;
  /** Rubric points taken, each weighted by its assignment's role. */
  points: number;
  /** What this reason took off the agency's score out of 100. */
  scoreImpact: number;
  detail: string;
}

export interface RankedAgency {
  /** Shared by agencies equal on every key but the name ("1, 2, 2, 4"); null for an agency with nothing scored. */
  rank: number | null;
  agencyId: string;
  agencyName: string;
  /** Out of 100, two decimals; null when none of its assignments is scored (all waived, or not yet due). */
  score: number | null;
  assignments: number;
  scoredAssignments: number;
  buckets: BucketTally;
  /** Working days late, over reports sent late and reports still missing. */
  workingDaysLate: number;
  /** Times its reports were returned, over the assignments in the four buckets. */
  returns: number;
  /** One per reason that cost it points, in the order late, return, missed. */
  deductions: DeductionSummary[];
}

export interface AgencyRanking {
  /** The rubric version that produced every score here. */
  rubricVersion: number;
  rows: RankedAgency[];
}

// Sums are kept in hundredths of a point times hundredths of a weight: integers, so the same assignments give the
// same score to the last digit whatever order they stream in.
const cents = (value: number): number => Math.round(value * 100);

interface Tally {
  assignments: number;
  scored: number;
  earned: number;
  weights: number;
  buckets: BucketCounter;
  workingDaysLate: number;
  returns: number;
  deductions: Map<DeductionReason, { assignments: number; quantity: number; points: number }>;
}

/**
 * Ranks agencies one assignment at a time, holding a tally per agency rather than the assignments, so a plan of
 * 100,000 assignments streams through. The score is the role-weighted average of the assignments' points, brought
 * to 100 (docs/reports.md, "Scoring and ranking").
 */
export class RankingBuilder {
  private readonly agencies = new Map<string, { name: string; tally: Tally }>();

  constructor(
    private readonly rubric: ScoringRubric,
    private readonly rubricVersion: number,
  ) {}

  add(entry: RankingEntry): void {
    const tally = this.tallyOf(entry);
    tally.assignments += 1;
    tally.buckets.add(entry.classified, entry.snapshot);
    const { bucket, late } = entry.classified;
    if (bucket === 'doneLate' || bucket === 'openOverdue') tally.workingDaysLate += late.working;
    if (bucket !== 'waived' && bucket !== 'cancelled') tally.returns += entry.snapshot.returns;
    const score = scoreAssignment(this.rubric, entry);
    if (!score || score.weight === 0) return;
    const weight = cents(score.weight);
    tally.scored += 1;
    tally.weights += weight;
    tally.earned += cents(score.points) * weight;
    for (const deduction of score.deductions) {
      const sum = tally.deductions.get(deduction.reason) ?? { assignments: 0, quantity: 0, points: 0 };
      sum.assignments += 1;
      sum.quantity += deduction.quantity;
      sum.points += cents(deduction.points) * weight;
      tally.deductions.set(deduction.reason, sum);
    }
  }

  finish(): AgencyRanking {
    const unranked = [...this.agencies.entries()].map(([agencyId, { name, tally }]) => this.row(agencyId, name, tally));
    const rows = unranked.sort(compareRows);
    rows.forEach((row, index) => {
      const previous = rows[index - 1];
      if (row.score === null) row.rank = null;
      else row.rank = previous && compareKeys(previous, row) === 0 ? previous.rank : index + 1;
    });
    return { rubricVersion: this.rubricVersion, rows };
  }

  private tallyOf(entry: RankingEntry): Tally {
    const known = this.agencies.get(entry.agencyId);
    if (known) return known.tally;
    const tally: Tally = {
      assignments: 0,
      scored: 0,
      earned: 0,
      weights: 0,
      buckets: new BucketCounter(),
      workingDaysLate: 0,
      returns: 0,
      deductions: new Map(),
    };
    this.agencies.set(entry.agencyId, { name: entry.agencyName, tally });
    return tally;
  }

  private row(agencyId: string, agencyName: string, tally: Tally): RankedAgency {
    // Out of 100: the weighted points over what the same assignments would earn all on time.
    const full = cents(this.rubric.onTimePoints) * tally.weights;
    const outOf100 = (weighted: number) => roundScore((100 * weighted) / full);
    const deductions = DEDUCTION_REASONS.flatMap((reason) => {
      const sum = tally.deductions.get(reason);
      if (!sum) return [];
      const points = roundScore(sum.points / 10_000);
      const detail = summaryDetail(reason, sum.assignments, sum.quantity, this.rubric.lateDays);
      return [{ reason, ...sum, points, scoreImpact: outOf100(sum.points), detail }];
    });
    return {
      rank: null,
      agencyId,
      agencyName,
      score: tally.weights > 0 ? outOf100(tally.earned) : null,
      assignments: tally.assignments,
      scoredAssignments: tally.scored,
      buckets: tally.buckets.finish(),
      workingDaysLate: tally.workingDaysLate,
      returns: tally.returns,
      deductions,
    };
  }
}

/** Ranks `entries` at once; see RankingBuilder to stream them. */
export function rankAgencies(rubric: ScoringRubric, rubricVersion: number, entries: Iterable<RankingEntry>) {
  const builder = new RankingBuilder(rubric, rubricVersion);
  for (const entry of entries) builder.add(entry);
  return builder.finish();
}

const roundScore = (value: number): number => Math.round(value * 100) / 100;
const collator = new Intl.Collator('vi');

/**
 * The tie rule: a higher score, then more reports done on time, then fewer working days late, then fewer returns.
 * Agencies with nothing scored come last.
 */
function compareKeys(a: RankedAgency, b: RankedAgency): number {
  if (a.score === null || b.score === null) return (a.score === null ? 1 : 0) - (b.score === null ? 1 : 0);
  return (
    b.score - a.score ||
    b.buckets.buckets.doneOnTime.count - a.buckets.buckets.doneOnTime.count ||
    a.workingDaysLate - b.workingDaysLate ||
    a.returns - b.returns
  );
}

/** Equal keys are listed by name in Vietnamese order (the id only keeps two namesakes in a stable order). */
const compareRows = (a: RankedAgency, b: RankedAgency): number =>
  compareKeys(a, b) ||
  collator.compare(a.agencyName, b.agencyName) ||
  (a.agencyId < b.agencyId ? -1 : a.agencyId > b.agencyId ? 1 : 0);

function summaryDetail(reason: DeductionReason, assignments: number, quantity: number, unit: LateDayUnit): string {
  switch (reason) {
    case 'late':
      return `${assignments} báo cáo gửi muộn, tổng ${quantity} ${unit === 'working' ? 'ngày làm việc' : 'ngày'}`;
    case 'return':
      return `${assignments} báo cáo bị trả lại, tổng ${quantity} lần`;
    case 'missed':
      return `${assignments} báo cáo chưa gửi khi đã quá hạn`;
  }
}
