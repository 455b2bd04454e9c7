import { sleep, startChild, workflowInfo } from '@temporalio/workflow';

/**
 * dondoc's shape with none of its work: a parent per task starts a child per agency, and every child's timer falls
 * due at one instant. The engine's own rate for a fan-out of children and for a burst of timers.
 */
export async function timerCrewWorkflow(children: number, instant: number): Promise<void> {
  const { workflowId } = workflowInfo();
  const started = await Promise.all(
    Array.from({ length: children }, (_, i) =>
      startChild(timerWorkflow, { workflowId: `${workflowId}-${i + 1}`, args: [instant] }),
    ),
  );
  await Promise.all(started.map((child) => child.result()));
}

export async function timerWorkflow(instant: number): Promise<void> {
  await sleep(Math.max(1, instant - Date.now()));
}
