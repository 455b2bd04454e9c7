import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import { type HolidayName } from '@dondoc/domain';
import { nfcTrimmed } from '../http/text.transforms';
import { HOLIDAY_NAMES } from './holiday-names';
import { IsIsoDate } from '../http/is-iso-date.validator';
import { IsOmittable } from '../http/is-omittable';

export class AnnouncedBreakDto {
  @ApiProperty({ enum: HOLIDAY_NAMES, example: 'tet' })
  @IsIn(HOLIDAY_NAMES)
  holiday!: HolidayName;

  @ApiProperty({ format: 'date', example: '2027-02-04' })
  @IsIsoDate()
  from!: string;

  @ApiProperty({ format: 'date', example: '2027-02-10' })
  @IsIsoDate()
  to!: string;
}

/** A year's announced schedule; it replaces whatever that year had (built-in default or an earlier PUT). */
export class UpdateCalendarYearDto {
  @ApiPropertyOptional({ type: [AnnouncedBreakDto], description: 'Replace the statutory days of that holiday' })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AnnouncedBreakDto)
  breaks?: AnnouncedBreakDto[];

  @ApiPropertyOptional({ type: [String], format: 'date', description: 'Weekend days worked to repay a swap' })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(20)
  @IsIsoDate({ each: true })
  workingDays?: string[];

  @ApiPropertyOptional({ type: [String], format: 'date', description: 'One-off days off of no holiday' })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(40)
  @IsIsoDate({ each: true })
  extraDaysOff?: string[];

  @ApiProperty({ example: 'Bộ Nội vụ, Thông báo số 6150/TB-BNV ngày 23/10/2026', maxLength: 1000 })
  @Transform(nfcTrimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  source!: string;
}
