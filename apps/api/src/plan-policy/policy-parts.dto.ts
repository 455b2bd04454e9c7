import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
} from 'class-validator';
import { AUDIENCES, type Audience } from '@dondoc/domain';
import { IsOmittable } from '../http/is-omittable';
import { lowerCaseEmail, nfcTrimmed } from '../http/text.transforms';

export const STEP_NAME = /^[a-z0-9-]{1,40}$/;
// Reminders are sent and remembered under these names; an escalation named so would pass for one already sent.
const REMINDER_STEP_NAME = /^(due-day|before-\d+d)$/;
// No 29 February: an annual deadline falls on a day every year has.
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const IsNotReminderStepName = (): PropertyDecorator =>
  ValidateBy({
    name: 'isNotReminderStepName',
    validator: {
      validate: (value: unknown) => typeof value !== 'string' || !REMINDER_STEP_NAME.test(value),
      defaultMessage: () => 'step must not be a reminder’s name (due-day, before-<n>d)',
    },
  });

const IsDayOfItsMonth = (): PropertyDecorator =>
  ValidateBy({
    name: 'isDayOfItsMonth',
    validator: {
      validate: (day: unknown, args) => {
        const { month } = args?.object as { month?: unknown };
        const known = typeof month === 'number' && Number.isInteger(month) && month >= 1 && month <= 12;
        return !known || typeof day !== 'number' || day <= DAYS_IN_MONTH[month - 1];
      },
      defaultMessage: (args) =>
        `day must be a day every year's month ${String((args?.object as { month?: unknown }).month)} has`,
    },
  });

export class EscalationStepDto {
  @ApiProperty({ pattern: STEP_NAME.source, example: 'overdue-agency-head', description: 'Unique in the plan' })
  @IsString()
  @Matches(STEP_NAME, { message: 'step must be 1 to 40 lower-case letters, digits or dashes' })
  @IsNotReminderStepName()
  step!: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 60, example: 3, description: 'Working days after the due date' })
  @IsInt()
  @Min(1)
  @Max(60)
  afterWorkingDays!: number;

  @ApiProperty({ enum: AUDIENCES, example: 'head' })
  @IsIn(AUDIENCES)
  audience!: Audience;
}

export class AnnualReportDateDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 12, example: 11 })
  @IsInt()
  @Min(1)
  @Max(12)
  month!: number;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 31,
    example: 20,
    description: 'A day the month has every year: not 29/2',
  })
  @IsInt()
  @Min(1)
  @Max(31)
  @IsDayOfItsMonth()
  day!: number;
}

export class LeadershipDto {
  @ApiProperty({ example: 'Lãnh đạo Ủy ban nhân dân tỉnh Lai Châu', maxLength: 200 })
  @Transform(nfcTrimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({
    type: [String],
    maxItems: 10,
    uniqueItems: true,
    example: ['pct@laichau.gov.vn'],
    description: 'Stored lower case',
  })
  @Transform(lowerCaseEmail)
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsEmail({ require_tld: false }, { each: true })
  @MaxLength(320, { each: true })
  emails!: string[];
}

/** Only the fields sent change. */
export class InspectionPolicyDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 90,
    description: 'Days after the deadline the inspection waits',
  })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(90)
  delayDays?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 20 })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(20)
  teams?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 50 })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(50)
  agenciesPerTeam?: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 60,
    description: 'Days the teams have to visit their agencies',
  })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(60)
  windowDays?: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 90,
    description: 'Days after the window the team’s report is due',
  })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(90)
  reportDueDays?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 10 })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(10)
  inspectorsPerTeam?: number;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: 365,
    description: 'Days after the deadline the inspection starts though not every agency has reported',
  })
  @IsOmittable()
  @IsInt()
  @Min(0)
  @Max(365)
  graceDays?: number;
}
