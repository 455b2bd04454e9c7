import { ApiProperty } from '@nestjs/swagger';
import { LATE_DAY_UNITS, type LateDayUnit, type ScoringRubric } from '@dondoc/domain';
import { type ScoringRubricEntity, type ScoringRubricVersion } from '@dondoc/persistence';

export class RoleWeightsResponse {
  @ApiProperty({ example: 1 }) lead!: number;
  @ApiProperty({ example: 0.5 }) coordinating!: number;
}

/** The rules of one version (docs/reports.md, "Scoring and ranking"). */
export class ScoringRubricRulesResponse {
  @ApiProperty({ example: 100 }) onTimePoints!: number;
  @ApiProperty({ example: 10 }) lateFlatDeduction!: number;
  @ApiProperty({ example: 2 }) deductionPerDayLate!: number;
  @ApiProperty({ type: Number, nullable: true, example: 60 }) maxLateDeduction!: number | null;
  @ApiProperty({ enum: LATE_DAY_UNITS }) lateDays!: LateDayUnit;
  @ApiProperty({ example: 5 }) deductionPerReturn!: number;
  @ApiProperty({ example: 100 }) missedReportDeduction!: number;
  @ApiProperty({ type: Number, nullable: true, example: null }) openInTimePoints!: number | null;
  @ApiProperty({ type: RoleWeightsResponse }) roleWeights!: RoleWeightsResponse;

  static from(this: void, rules: ScoringRubric): ScoringRubricRulesResponse {
    return {
      onTimePoints: rules.onTimePoints,
      lateFlatDeduction: rules.lateFlatDeduction,
      deductionPerDayLate: rules.deductionPerDayLate,
      maxLateDeduction: rules.maxLateDeduction,
      lateDays: rules.lateDays,
      deductionPerReturn: rules.deductionPerReturn,
      missedReportDeduction: rules.missedReportDeduction,
      openInTimePoints: rules.openInTimePoints,
      roleWeights: { lead: rules.roleWeights.lead, coordinating: rules.roleWeights.coordinating },
    };
  }
}

/** A version as listed: who made it, when and why, without its rules. */
export class ScoringRubricVersionSummary {
  @ApiProperty({ type: 'integer', example: 2, description: 'Rankings name the version that scored them' })
  version!: number;

  @ApiProperty({ type: String, nullable: true }) note!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Null for dondoc’s default, version 1' })
  createdByEmail!: string | null;

  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static from(this: void, row: ScoringRubricVersion): ScoringRubricVersionSummary {
    return {
      version: row.version,
      note: row.note,
      createdByEmail: row.createdByEmail,
      createdAt: row.createdAt.toISOString(),
    };
  }
}

export class ScoringRubricVersionResponse extends ScoringRubricVersionSummary {
  @ApiProperty({ type: ScoringRubricRulesResponse }) rules!: ScoringRubricRulesResponse;

  static fromEntity(this: void, row: ScoringRubricEntity): ScoringRubricVersionResponse {
    return { ...ScoringRubricVersionSummary.from(row), rules: ScoringRubricRulesResponse.from(row.rules) };
  }
}

export class ScoringRubricsResponse {
  @ApiProperty({ type: ScoringRubricVersionResponse, description: 'The version in force: the newest' })
  latest!: ScoringRubricVersionResponse;

  @ApiProperty({ type: [ScoringRubricVersionSummary], description: 'Every version, newest first' })
  versions!: ScoringRubricVersionSummary[];
}
