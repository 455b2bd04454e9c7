import { ApiProperty } from '@nestjs/swagger';

export class PreviewPeriodResponse {
  @ApiProperty({ format: 'uuid' })
  taskId!: string;

  @ApiProperty({ example: 'III.4.2.a' })
  taskCode!: string;

  @ApiProperty({ example: '2026' })
  period!: string;

  @ApiProperty({ format: 'date', example: '2026-12-15' })
  opens!: string;

  @ApiProperty({ format: 'date', example: '2027-11-20' })
  due!: string;
}

export class OpeningPeriodResponse extends PreviewPeriodResponse {
  @ApiProperty({ description: 'Assignments it opens: one per agency (an agency in both roles counts once, as lead)' })
  assignments!: number;

  @ApiProperty()
  lead!: number;

  @ApiProperty()
  coordinating!: number;
}

export const LATE_OUTCOMES = ['opens-now', 'skipped', 'undecided'] as const;

export class PreviewLatePeriodResponse {
  @ApiProperty({ format: 'uuid' })
  taskId!: string;

  @ApiProperty({ example: 'BC.1' })
  taskCode!: string;

  @ApiProperty({ example: '2026' })
  period!: string;

  @ApiProperty({ format: 'date', description: 'Its deadline in the plan, already past today' })
  due!: string;

  @ApiProperty({
    enum: LATE_OUTCOMES,
    description: 'opens-now: with lateDue; skipped: the task starts with its next period; undecided: no choice given',
  })
  outcome!: (typeof LATE_OUTCOMES)[number];

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The deadline it would open with' })
  newDue!: string | null;
}

export class PreviewRecipientResponse {
  @ApiProperty({ format: 'uuid' })
  agencyId!: string;

  @ApiProperty({ example: 'LCU-STP' })
  code!: string;

  @ApiProperty({ example: 'Sở Tư pháp tỉnh Lai Châu' })
  name!: string;

  @ApiProperty({ description: 'Focal-point addresses the first emails go to' })
  focalEmails!: number;

  @ApiProperty({ description: 'No focal address: the agency would get no email' })
  withoutAddress!: boolean;

  @ApiProperty({ description: 'Assignments opening now for it' })
  assignments!: number;
}

export class OnRequestTaskResponse {
  @ApiProperty({ format: 'uuid' })
  taskId!: string;

  @ApiProperty()
  taskCode!: string;
}

/** What activating the plan today would do, with this choice for late periods; nothing is written. */
export class ActivationPreviewResponse {
  @ApiProperty({ format: 'uuid' })
  planId!: string;

  @ApiProperty({ format: 'date', description: 'Today in Hà Nội: the day the schedule is laid out' })
  today!: string;

  @ApiProperty({ enum: ['open-now', 'skip'], nullable: true, type: String })
  latePeriodChoice!: 'open-now' | 'skip' | null;

  @ApiProperty({ description: 'Some periods are past their deadline and no choice was given: activation would be 400' })
  needsChoice!: boolean;

  @ApiProperty({ description: 'Assignments activation would open at once' })
  assignmentsNow!: number;

  @ApiProperty({ type: [OpeningPeriodResponse], description: 'The periods that open at activation' })
  opensNow!: OpeningPeriodResponse[];

  @ApiProperty({ type: [PreviewLatePeriodResponse], description: 'Periods whose deadline has passed, and their fate' })
  latePeriods!: PreviewLatePeriodResponse[];

  @ApiProperty({ type: [PreviewPeriodResponse], description: 'The next periods to open after today, first ones' })
  nextOpenings!: PreviewPeriodResponse[];

  @ApiProperty({ type: [PreviewPeriodResponse], description: 'The earliest deadlines, soonest first' })
  firstDeadlines!: PreviewPeriodResponse[];

  @ApiProperty({ type: [OnRequestTaskResponse], description: 'Tasks with no period until someone asks for one' })
  onRequestTasks!: OnRequestTaskResponse[];

  @ApiProperty({ type: [PreviewRecipientResponse], description: 'Who gets the first emails (assignments now)' })
  recipients!: PreviewRecipientResponse[];
}
