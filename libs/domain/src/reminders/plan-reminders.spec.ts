import { WorkingCalendar } from '../calendar';
import { atLocalTime, isoDate } from '../dates';
import { planReminders } from './plan-reminders';
import { DEFAULT_REMINDER_POLICY } from './reminder-policy';

const calendar = new WorkingCalendar();
const summary = (notices: ReturnType<typeof planReminders>) =>
  notices.map((n) => `${n.kind}:${n.step}:${n.audience}:${n.date}:${n.daysLeft}`);

describe('planReminders', () => {
  it('sends reminders at 08:00 Hanoi time on working days and escalates after the deadline', () => {
    const notices = planReminders(isoDate(2026, 3, 20), DEFAULT_REMINDER_POLICY, calendar);
    expect(summary(notices)).toEqual([
      'reminder:before-7d:focalPoint:2026-03-13:7',
      'reminder:before-3d:focalPoint:2026-03-17:3',
      'reminder:before-1d:focalPoint:2026-03-19:1',
      'reminder:due-day:focalPoint:2026-03-20:0',
      'escalation:overdue-focal-point:focalPoint:2026-03-23:-3',
      'escalation:overdue-agency-head:head:2026-03-25:-5',
      'escalation:overdue-leadership:leadership:2026-03-31:-11',
    ]);
    expect(new Date(notices[0].sendAt).toISOString()).toBe('2026-03-13T01:00:00.000Z');
  });

  it('pulls reminders for a deadline just after Tết 2026 back before the break, keeping the most urgent', () => {
    // Due Tuesday 24/2: D-7 (17/2) and D-3 (21/2) fall in the 14–22/2 break and both move to Friday 13/2.
    const notices = planReminders(isoDate(2026, 2, 24), DEFAULT_REMINDER_POLICY, calendar);
    expect(summary(notices)).toEqual([
      'reminder:before-3d:focalPoint:2026-02-13:11',
      'reminder:before-1d:focalPoint:2026-02-23:1',
      'reminder:due-day:focalPoint:2026-02-24:0',
      'escalation:overdue-focal-point:focalPoint:2026-02-25:-1',
      'escalation:overdue-agency-head:head:2026-02-27:-3',
      'escalation:overdue-leadership:leadership:2026-03-05:-9',
    ]);
  });

  it('handles a deadline on 1/5/2026, a holiday: D-1 and the due day merge on Wednesday 29/4', () => {
    const notices = planReminders(isoDate(2026, 5, 1), DEFAULT_REMINDER_POLICY, calendar);
    expect(summary(notices)).toEqual([
      'reminder:before-7d:focalPoint:2026-04-24:7',
      'reminder:before-3d:focalPoint:2026-04-28:3',
      'reminder:due-day:focalPoint:2026-04-29:2',
      'escalation:overdue-focal-point:focalPoint:2026-05-04:-3',
      'escalation:overdue-agency-head:head:2026-05-06:-5',
      'escalation:overdue-leadership:leadership:2026-05-12:-11',
    ]);
  });

  it('drops notices already in the past', () => {
    const now = atLocalTime(isoDate(2026, 3, 19), '09:00');
    const notices = planReminders(isoDate(2026, 3, 20), DEFAULT_REMINDER_POLICY, calendar, now);
    expect(notices.map((n) => n.step)).toEqual([
      'due-day',
      'overdue-focal-point',
      'overdue-agency-head',
      'overdue-leadership',
    ]);
  });

  it('keeps a notice sent exactly now', () => {
    const now = atLocalTime(isoDate(2026, 3, 20), '08:00');
    expect(planReminders(isoDate(2026, 3, 20), DEFAULT_REMINDER_POLICY, calendar, now)[0].step).toBe('due-day');
  });

  it('still gives a notice missed earlier today when asked to, never one from an earlier day', () => {
    const now = atLocalTime(isoDate(2026, 3, 20), '08:20');
    const due = isoDate(2026, 3, 20);
    expect(planReminders(due, DEFAULT_REMINDER_POLICY, calendar, now)[0].step).toBe('overdue-focal-point');
    const caughtUp = planReminders(due, DEFAULT_REMINDER_POLICY, calendar, now, { keepMissedToday: true });
    expect(caughtUp.map((n) => n.step)).toEqual([
      'due-day',
      'overdue-focal-point',
      'overdue-agency-head',
      'overdue-leadership',
    ]);
  });

  it('follows a custom policy', () => {
    const policy = { reminderDaysBefore: [2], escalations: [], sendTime: '14:30' };
    const [only] = planReminders(isoDate(2026, 3, 20), policy, calendar);
    expect(new Date(only.sendAt).toISOString()).toBe('2026-03-18T07:30:00.000Z');
  });
});
