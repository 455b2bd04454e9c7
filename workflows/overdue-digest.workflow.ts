import { continueAsNew, proxyActivities, sleep, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../apps/worker/src/activities';
import { type OverdueDigestInput } from '../libs/contracts/src';
import { WorkingCalendar, addDays, atLocalTime } from '../libs/domain/src';
import { workflowNow, workflowToday } from './clock';

const activities = proxyActivities<Activities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});

/**
 * The standing offices' daily digest of overdue work: on every working day at `sendTime` (Hà Nội), one mail per
 * office with what went overdue since the day before. Runs for as long as dondoc does, one per deployment.
 */
export async function overdueDigestWorkflow(input: OverdueDigestInput): Promise<void> {
  const calendar = new WorkingCalendar(input.calendar);
  for (;;) {
    const date = nextSendingDay(workflowToday(), input.sendTime, calendar);
    const sendAt = atLocalTime(date, input.sendTime);
    if (sendAt > workflowNow()) await sleep(sendAt - workflowNow());
    await activities.sendOverdueDigests({ date });
    if (workflowInfo().continueAsNewSuggested) await continueAsNew<typeof overdueDigestWorkflow>(input);
  }

  function nextSendingDay(today: ReturnType<typeof workflowToday>, sendTime: string, days: WorkingCalendar) {
    const first = workflowNow() < atLocalTime(today, sendTime) ? today : addDays(today, 1);
    return days.workingDayOnOrAfter(first);
  }
}
