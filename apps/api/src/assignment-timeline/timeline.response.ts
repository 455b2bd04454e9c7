import { ApiProperty } from '@nestjs/swagger';
import {
  ASSIGNMENT_EVENT_ACTIONS,
  ASSIGNMENT_STATUSES,
  type AssignmentEventAction,
  type AssignmentStatus,
} from '@dondoc/persistence';

export const EMAIL_STATUSES = ['sent', 'refused', 'pending'] as const;
export type TimelineEmailStatus = (typeof EMAIL_STATUSES)[number];

/** One email of a reminder or escalation, from the outbox. */
export class TimelineEmail {
  @ApiProperty({ type: [String], example: ['stp@laichau.dondoc.invalid'] })
  recipients!: string[];

  @ApiProperty({ enum: EMAIL_STATUSES, description: '`refused`: the mail relay refused every recipient' })
  status!: TimelineEmailStatus;

  @ApiProperty({ type: [String], description: 'Recipients the relay refused' })
  refusedRecipients!: string[];

  @ApiProperty({ type: String, nullable: true, description: 'When it was sent; null while not sent' })
  sentAt!: string | null;
}

/** One change on the assignment's history, with who made it and the deadline in force after it. */
export class TimelineEvent {
  @ApiProperty({ example: '42' })
  id!: string;

  @ApiProperty({ enum: ASSIGNMENT_EVENT_ACTIONS })
  action!: AssignmentEventAction;

  @ApiProperty({ description: 'ISO instant' })
  at!: string;

  @ApiProperty({ enum: ASSIGNMENT_STATUSES, nullable: true })
  fromStatus!: AssignmentStatus | null;

  @ApiProperty({ enum: ASSIGNMENT_STATUSES })
  toStatus!: AssignmentStatus;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The deadline in force after it' })
  dueDate!: string | null;

  @ApiProperty()
  deadlineVersion!: number;

  @ApiProperty({ format: 'uuid', description: 'The agency holding the assignment after it' })
  agencyId!: string;

  @ApiProperty({ example: 'Sở Tư pháp tỉnh Lai Châu' })
  agencyName!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Who did it; null for the system' })
  actorEmail!: string | null;

  @ApiProperty({ example: 'Hệ thống', description: 'Who did it, to show: an email, or “Hệ thống”' })
  actor!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The reason, the comment, the reminder’s step, or the report’s version',
  })
  note!: string | null;

  @ApiProperty({ type: [TimelineEmail], description: 'For reminders and escalations: the emails sent' })
  emails!: TimelineEmail[];
}

export class AssignmentTimelineResponse {
  @ApiProperty({ format: 'uuid' })
  assignmentId!: string;

  @ApiProperty({ type: [TimelineEvent], description: 'Oldest first' })
  events!: TimelineEvent[];

  @ApiProperty({ description: 'Events in all; more than `events` holds when the history passed the cap' })
  total!: number;

  @ApiProperty({ description: 'True when only the newest events are given (the oldest one, opened, is kept)' })
  truncated!: boolean;
}
