import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type DayOff, type HolidayName } from '@dondoc/domain';
import { HOLIDAY_NAMES } from './holiday-names';

export class AnnouncedBreakResponse {
  @ApiProperty({ enum: HOLIDAY_NAMES })
  holiday!: HolidayName;

  @ApiProperty({ format: 'date' })
  from!: string;

  @ApiProperty({ format: 'date' })
  to!: string;
}

export class YearAdjustmentsResponse {
  @ApiProperty({ type: [AnnouncedBreakResponse] })
  breaks!: AnnouncedBreakResponse[];

  @ApiProperty({ type: [String], format: 'date' })
  workingDays!: string[];

  @ApiProperty({ type: [String], format: 'date' })
  extraDaysOff!: string[];

  @ApiProperty({ type: String, nullable: true })
  source!: string | null;
}

export class DayOffResponse {
  @ApiProperty({ format: 'date', example: '2027-02-08' })
  date!: string;

  @ApiProperty({ enum: HOLIDAY_NAMES, nullable: true })
  holiday!: HolidayName | null;

  @ApiProperty({ enum: ['statutory', 'compensatory', 'announced'] })
  reason!: DayOff['reason'];
}

export class CalendarYearResponse {
  @ApiProperty({ example: 2027 })
  year!: number;

  @ApiProperty({
    enum: ['stored', 'default', 'statutory'],
    description: 'stored: set through PUT; default: built into dondoc; statutory: no announcement, the law alone',
  })
  origin!: 'stored' | 'default' | 'statutory';

  @ApiProperty({ type: YearAdjustmentsResponse })
  adjustments!: YearAdjustmentsResponse;

  @ApiProperty({ type: [DayOffResponse], description: 'Every day off besides ordinary weekends, in date order' })
  daysOff!: DayOffResponse[];

  @ApiPropertyOptional({ type: String, nullable: true })
  updatedBy!: string | null;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  updatedAt!: string | null;
}

export class ReplannedResponse {
  @ApiProperty({ description: 'Running assignments told of the change, which plan their remaining reminders on it' })
  told!: number;

  @ApiProperty({
    description:
      'Those that could not be told now, or whose task could not (Temporal not answering); they keep the old table',
  })
  failed!: number;
}

/** After a change: the year as it now stands, and the running assignments it reached. */
export class CalendarChangeResponse extends CalendarYearResponse {
  @ApiProperty({ type: ReplannedResponse })
  replanned!: ReplannedResponse;
}
