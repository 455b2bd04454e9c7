import { addDays, atLocalTime, daysBetween, type IsoDate, localDateOf } from '../dates';
import { type WorkingCalendar } from '../calendar';
import { reminderStep, type Audience, type ReminderPolicy } from './reminder-policy';

export interface PlannedNotice {
  kind: 'reminder' | 'escalation';
  step: string;
  audience: Audience;
  /** Epoch ms. */
  sendAt: number;
  date: IsoDate;
  /** Calendar days from `date` to the due date; negative once overdue. */
  daysLeft: number;
}

export type WorkingDays = Pick<WorkingCalendar, 'workingDayOnOrBefore' | 'addWorkingDays'>;

/**
 * Reminders move back to the previous working day (never past the deadline); escalations count working days
 * after it. Two reminders on one day keep the more urgent; with `now` (epoch ms), past notices are dropped, except,
 * with `keepMissedToday`, one whose hour passed earlier today: work that starts late still gets today's notice.
 */
export function planReminders(
  due: IsoDate,
  policy: ReminderPolicy,
  calendar: WorkingDays,
  now?: number,
  { keepMissedToday = false }: { keepMissedToday?: boolean } = {},
): PlannedNotice[] {
  const notice = (kind: PlannedNotice['kind'], step: string, audience: Audience, date: IsoDate): PlannedNotice => ({
    kind,
    step,
    audience,
    sendAt: atLocalTime(date, policy.sendTime),
    date,
    daysLeft: daysBetween(date, due),
  });

  const remindersByDate = new Map<IsoDate, { daysBefore: number; notice: PlannedNotice }>();
  for (const daysBefore of policy.reminderDaysBefore) {
    const date = calendar.workingDayOnOrBefore(addDays(due, -daysBefore));
    const kept = remindersByDate.get(date);
    if (kept && kept.daysBefore <= daysBefore) continue;
    remindersByDate.set(date, { daysBefore, notice: notice('reminder', reminderStep(daysBefore), 'focalPoint', date) });
  }

  const escalations = policy.escalations.map(({ step, afterWorkingDays, audience }) =>
    notice('escalation', step, audience, calendar.addWorkingDays(due, afterWorkingDays)),
  );

  return [...[...remindersByDate.values()].map((entry) => entry.notice), ...escalations]
    .filter(
      (planned) => now === undefined || planned.sendAt >= now || (keepMissedToday && planned.date === localDateOf(now)),
    )
    .sort((a, b) => a.sendAt - b.sendAt);
}
