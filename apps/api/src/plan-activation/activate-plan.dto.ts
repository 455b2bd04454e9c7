import { ApiProperty } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import { IsIsoDate } from '../http/is-iso-date.validator';
import { IsOmittable } from '../http/is-omittable';

export const LATE_PERIOD_MODES = ['open-now', 'skip'] as const;
export type LatePeriodMode = (typeof LATE_PERIOD_MODES)[number];

/**
 * Needed only when some periods of this year are already past their deadline (a plan activated late in its year):
 * open them now with a deadline of their own, or start with the next period.
 */
export class ActivatePlanDto {
  @ApiProperty({
    enum: LATE_PERIOD_MODES,
    required: false,
    description:
      'What to do with this year’s periods already past their deadline: open them now (with lateDue) or skip to the next period',
  })
  @IsOmittable()
  @IsIn(LATE_PERIOD_MODES)
  latePeriods?: LatePeriodMode;

  @ApiProperty({ format: 'date', required: false, example: '2026-12-15', description: 'Their deadline, with open-now' })
  @ValidateIf((dto: ActivatePlanDto) => dto.latePeriods === 'open-now' || dto.lateDue !== undefined)
  @IsIsoDate({ message: 'lateDue must be a date (YYYY-MM-DD), required with open-now' })
  lateDue?: string;
}
