import { setTimeout as sleep } from 'node:timers/promises';
import { endOfLocalDay, localDateOf } from '@dondoc/domain';

/**
 * Waits for midnight in Hà Nội when it falls within `spanMs` from now. A plan laid out for a reminder due today must
 * still be on today when the reminder falls due: a run that starts at 23:58 waits two minutes rather than lay out a
 * day that is over before its instant.
 */
export async function untilTodayHolds(spanMs: number): Promise<void> {
  const now = Date.now();
  const midnight = endOfLocalDay(localDateOf(now));
  if (now + spanMs >= midnight) await sleep(midnight - now + 1_000);
}
