import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNumber, IsObject, Max, Min, ValidateBy, ValidateIf, ValidateNested } from 'class-validator';
import { LATE_DAY_UNITS, type LateDayUnit, MAX_ROLE_WEIGHT, MAX_RUBRIC_POINTS } from '@dondoc/domain';

interface Points {
  description: string;
  example: number | null;
  min?: number;
  max?: number;
  /** Sent as null to leave the rule out; it must still be sent. */
  nullable?: boolean;
}

/** A finite number with at most two decimals; the document says the range, the text the decimals. */
const IsPoints = ({ description, example, min = 0, max = MAX_RUBRIC_POINTS, nullable = false }: Points) =>
  applyDecorators(
    ApiProperty({
      type: 'number',
      minimum: min,
      maximum: max,
      nullable,
      example,
      description: `${description}. At most two decimals${nullable ? '; null: none' : ''}.`,
    }),
    ...(nullable ? [ValidateIf((_dto: object, value: unknown) => value !== null)] : []),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    // Not IsNumber's maxDecimalPlaces: it reads the decimal point and throws on 5e-324.
    ValidateBy({
      name: 'isHundredths',
      validator: {
        validate: (value: unknown) => typeof value !== 'number' || Math.round(value * 100) / 100 === value,
        defaultMessage: (args) => `${args?.property ?? 'value'} must have at most two decimals`,
      },
    }),
    Min(min),
    Max(max),
  );

export class RoleWeightsDto {
  @IsPoints({ description: 'Weight of the assignments the agency leads (chủ trì)', example: 1, max: MAX_ROLE_WEIGHT })
  lead!: number;

  @IsPoints({
    description: 'Weight of the assignments the agency coordinates (phối hợp)',
    example: 0.5,
    max: MAX_ROLE_WEIGHT,
  })
  coordinating!: number;
}

/** Every rule, sent whole: a version stands alone, so it can score again exactly as it did. */
export class ScoringRubricRulesDto {
  @IsPoints({ description: 'Earned by a report sent by the deadline in force', example: 100, min: 0.01 })
  onTimePoints!: number;

  @IsPoints({ description: 'Taken off any late report, however late', example: 10 })
  lateFlatDeduction!: number;

  @IsPoints({ description: 'Taken off a late report per day late', example: 2 })
  deductionPerDayLate!: number;

  @IsPoints({ description: 'The most a late report loses for lateness', example: 60, nullable: true })
  maxLateDeduction!: number | null;

  @ApiProperty({ enum: LATE_DAY_UNITS, example: 'working', description: 'How days late are counted' })
  @IsIn(LATE_DAY_UNITS)
  lateDays!: LateDayUnit;

  @IsPoints({ description: 'Taken off per time the report was returned for rework', example: 5 })
  deductionPerReturn!: number;

  @IsPoints({ description: 'Taken off work still without a report after its deadline', example: 100 })
  missedReportDeduction!: number;

  @IsPoints({
    description: 'Earned by work still within its deadline, at most onTimePoints',
    example: null,
    nullable: true,
  })
  openInTimePoints!: number | null;

  @ApiProperty({ type: RoleWeightsDto, description: 'At least one above 0' })
  @IsObject()
  @ValidateNested()
  @Type(() => RoleWeightsDto)
  roleWeights!: RoleWeightsDto;
}
