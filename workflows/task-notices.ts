import { condition, proxyActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../apps/worker/src/activities';
import { type TaskWorkflowInput, calendarChangedSignal } from '../libs/contracts/src';
import { type IsoDate, type PlannedNotice, WorkingCalendar, planReminders } from '../libs/domain/src';
import { workflowNow } from './clock';

// Every agency's mail in one activity: it beats as it goes, so a worker lost midway is noticed within a minute.
const activities = proxyActivities<Activities>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});

/**
 * The reminders and escalations of a task period's first deadlines (the lead's, and the coordinating agencies'
 * earlier one): one timer a notice, each sent to every agency still at work on that deadline, until `done` holds.
 * An assignment whose deadline moved or whose agency changed sends its own.
 */
export async function sendTaskNotices(
  { taskPeriod, policy }: TaskWorkflowInput,
  dues: readonly IsoDate[],
  done: () => boolean,
): Promise<void> {
  let calendar = new WorkingCalendar(policy.calendar);
  let changed = false;
  setHandler(calendarChangedSignal, (change) => {
    calendar = new WorkingCalendar(change.calendar);
    changed = true;
  });
  const sent = new Set<string>();
  const keyOf = (due: IsoDate, notice: PlannedNotice) => `${due}:${notice.step}`;

  while (!done()) {
    const [next] = dues
      .flatMap((due) =>
        planReminders(due, policy.reminders, calendar, workflowNow(), { keepMissedToday: true })
          .filter((notice) => !sent.has(keyOf(due, notice)))
          .map((notice) => ({ due, notice })),
      )
      .sort((a, b) => a.notice.sendAt - b.notice.sendAt);
    if (!next) return;
    changed = false;
    const wait = next.notice.sendAt - workflowNow();
    if (wait > 0 && (await condition(() => changed || done(), wait))) continue;

    const { kind, step, audience, daysLeft } = next.notice;
    await activities.sendTaskNotice({
      taskId: taskPeriod.taskId,
      period: taskPeriod.period,
      due: next.due,
      kind,
      step,
      audience,
      daysLeft,
      at: workflowNow(),
    });
    sent.add(keyOf(next.due, next.notice));
  }
}
