/**
 * Who a notice goes to: the agency's focal points or head, the plan's leadership (the last rung), or the standing
 * office, which hears of overdue work in one daily digest rather than a mail per assignment.
 */
export const AUDIENCES = ['focalPoint', 'head', 'leadership', 'standingOffice'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface EscalationStep {
  step: string;
  /** Working days after the due date. */
  afterWorkingDays: number;
  audience: Audience;
}

export interface ReminderPolicy {
  /** Calendar days before the due date; 0 is the due day itself. */
  reminderDaysBefore: readonly number[];
  escalations: readonly EscalationStep[];
  /** Wall-clock time in Asia/Ho_Chi_Minh, 'HH:mm'. */
  sendTime: string;
}

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  reminderDaysBefore: [7, 3, 1, 0],
  escalations: [
    { step: 'overdue-focal-point', afterWorkingDays: 1, audience: 'focalPoint' },
    { step: 'overdue-agency-head', afterWorkingDays: 3, audience: 'head' },
    { step: 'overdue-leadership', afterWorkingDays: 7, audience: 'leadership' },
  ],
  sendTime: '08:00',
};

export const reminderStep = (daysBefore: number): string => (daysBefore === 0 ? 'due-day' : `before-${daysBefore}d`);
