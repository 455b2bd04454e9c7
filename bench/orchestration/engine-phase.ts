import { type Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { timerCrewWorkflow } from '../workflows/timer-crew.workflow';
import { untilVisible } from './visibility-count';

export interface EngineResult {
  children: number;
  /** First parent's start call → StartTime of the last child, as the fan-out phase measures assignments. */
  fanOutMs: number;
  /** The instant every child's timer was due. */
  instant: number;
  timersFired: number;
  /** The instant → CloseTime of the last child; null when a child started after the instant. */
  burstMs: number | null;
}

/**
 * `parents` workflows each starting `children` children whose timers all fall due `instantAfterMs` after the
 * phase began, on the bare worker's queue: what the engine itself does with dondoc's fan-out and reminder burst.
 * Answers once every child has started, with what waits for their timers.
 */
export async function startEnginePhase(
  client: Client,
  options: { taskQueue: string; parents: number; children: number; instantAfterMs: number },
  log: (line: string) => void,
) {
  const { taskQueue, parents, children } = options;
  const run = randomUUID().slice(0, 8);
  const began = Date.now();
  const instant = began + options.instantAfterMs;
  const crews = await Promise.all(
    Array.from({ length: parents }, (_, i) =>
      client.workflow.start<typeof timerCrewWorkflow>('timerCrewWorkflow', {
        taskQueue,
        workflowId: `crew-${run}-${i + 1}`,
        args: [children, instant],
      }),
    ),
  );
  const expected = parents * children;
  const query = `WorkflowType = 'timerWorkflow' AND TaskQueue = '${taskQueue}' AND WorkflowId STARTS_WITH 'crew-${run}-'`;
  await untilVisible(client, { query, expected, began, what: 'engine: child workflows' }, log);
  log(`engine: every child started; their timers fall due at ${new Date(instant).toISOString()}`);

  const listChildren = async () => {
    const starts: number[] = [];
    const closes: number[] = [];
    for await (const child of client.workflow.list({ query })) {
      starts.push(child.startTime.getTime());
      if (child.closeTime && child.status.name === 'COMPLETED') closes.push(child.closeTime.getTime());
    }
    return { starts, closes, lastStart: Math.max(...starts) };
  };
  /** Without waiting for the timers: the rate of a fan-out alone. */
  const started = async (): Promise<Pick<EngineResult, 'children' | 'fanOutMs'>> => {
    const { starts, lastStart } = await listChildren();
    return { children: starts.length, fanOutMs: lastStart - began };
  };
  const timers = async (): Promise<EngineResult> => {
    await Promise.all(crews.map((crew) => crew.result()));
    // Visibility records a close a moment after the close itself.
    while ((await client.workflow.count(`${query} AND ExecutionStatus = 'Completed'`)).count < expected)
      await sleep(500);

    const { starts, closes, lastStart } = await listChildren();
    if (lastStart > instant) log('WARNING: a bare child started after its timer was due: the burst is not measured');
    return {
      children: starts.length,
      fanOutMs: lastStart - began,
      instant,
      timersFired: closes.length,
      burstMs: lastStart > instant ? null : Math.max(...closes) - instant,
    };
  };
  /** Every child's workflow ID, to read their histories. */
  const childIds = async (): Promise<string[]> => {
    const ids: string[] = [];
    for await (const child of client.workflow.list({ query })) ids.push(child.workflowId);
    return ids;
  };
  return { instant, started, timers, childIds };
}
