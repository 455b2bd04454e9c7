export type Audience = 'focalPoint' | 'head' | 'standingOffice';

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
    { step: 'overdue-standing-office', afterWorkingDays: 7, audience: 'standingOffice' },
  ],
  sendTime: '08:00',
};

export const reminderStep = (daysBefore: number): string => (daysBefore === 0 ? 'due-day' : `before-${daysBefore}d`);
