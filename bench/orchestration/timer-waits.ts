import { type Client } from '@temporalio/client';
import { tsToMs } from '@temporalio/common/lib/time';
import { temporal } from '@temporalio/proto';
import { type LagStats, lagStats, seconds, table } from './bench-report';

const { EventType } = temporal.api.enums.v1;

/** Where a workflow's wake at one instant spent its time, in ms, from its history's event times. */
interface Waits {
  /** The instant → TimerFired: the server's timer queue. */
  timer: number;
  /** TimerFired → WorkflowTaskStarted: the task queued until a worker's poller took it. */
  queued: number;
  /** WorkflowTaskStarted → WorkflowTaskCompleted: the worker's turn, its local activities included. */
  worker: number;
}

function wakeOf(events: temporal.api.history.v1.IHistoryEvent[], instant: number): Waits | null {
  const fired = events.findIndex(
    (event) => event.eventType === EventType.EVENT_TYPE_TIMER_FIRED && tsToMs(event.eventTime) >= instant,
  );
  if (fired < 0) return null;
  const after = (type: temporal.api.enums.v1.EventType) =>
    events.slice(fired).find((event) => event.eventType === type);
  const started = after(EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED);
  const completed = after(EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED);
  if (!started || !completed) return null;
  const at = (event: temporal.api.history.v1.IHistoryEvent) => tsToMs(event.eventTime);
  return {
    timer: at(events[fired]) - instant,
    queued: at(started) - at(events[fired]),
    worker: at(completed) - at(started),
  };
}

export type TimerWaits = Record<keyof Waits, LagStats> & { sampled: number };

/**
 * For up to `sample` of the workflows (spread evenly over the list), where the wake at `instant` waited: the
 * timer queue, the task queue, the worker. A burst slower than the engine's own shows which of the three holds it.
 */
export async function timerWaits(
  client: Client,
  workflowIds: string[],
  instant: number,
  sample = 200,
): Promise<TimerWaits> {
  const step = Math.max(1, Math.floor(workflowIds.length / sample));
  const picked = workflowIds.filter((_, index) => index % step === 0).slice(0, sample);
  const waits: Waits[] = [];
  for (const workflowId of picked) {
    const { events } = await client.workflow.getHandle(workflowId).fetchHistory();
    const wake = wakeOf(events ?? [], instant);
    if (wake) waits.push(wake);
  }
  return {
    sampled: waits.length,
    timer: lagStats(waits.map((wait) => wait.timer)),
    queued: lagStats(waits.map((wait) => wait.queued)),
    worker: lagStats(waits.map((wait) => wait.worker)),
  };
}

/** The waits of each phase side by side, p50 / p99 of each part. */
export function printTimerWaits(label: string, phases: Array<[string, TimerWaits]>): void {
  const parts: Array<[keyof Waits, string]> = [
    ['timer', 'instant → timer fired (timer queue)'],
    ['queued', 'fired → workflow task started (task queue)'],
    ['worker', 'started → completed (the worker, its local activities)'],
  ];
  const header: [string, ...string[]] = [
    'part of the wait',
    ...phases.map(([phase, waits]) => `${phase}, ${waits.sampled}`),
  ];
  const rows = parts.map(([part, name]): [string, ...string[]] => [
    name,
    ...phases.map(([, waits]) => `${seconds(waits[part].p50)} / ${seconds(waits[part].p99)}`),
  ]);
  process.stdout.write(
    `\n-- ${label}: where a wake at the instant waited (p50 / p99 of the workflows sampled)\n${table([header, ...rows])}\n`,
  );
}
