import { type Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { helloWorkflow } from '../workflows/hello.workflow';

export interface HelloResult {
  workflows: number;
  /** Until every start call returned. */
  startMs: number;
  /** From the first start to the last completion. */
  totalMs: number;
}

/** `count` trivial workflows started at once on their own task queue, each awaited to completion. */
export async function runHelloPhase(
  client: Client,
  taskQueue: string,
  count: number,
  log: (line: string) => void,
): Promise<HelloResult> {
  const run = randomUUID().slice(0, 8);
  const began = performance.now();
  const handles = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      client.workflow.start<typeof helloWorkflow>('helloWorkflow', {
        taskQueue,
        workflowId: `hello-${run}-${i}`,
        args: [`đơn vị ${i + 1}`],
      }),
    ),
  );
  const startMs = performance.now() - began;
  log(`hello: ${count} started in ${(startMs / 1000).toFixed(2)} s, waiting for completion`);
  let done = 0;
  const every = Math.max(1, Math.floor(count / 5));
  await Promise.all(
    handles.map(async (handle) => {
      await handle.result();
      done += 1;
      if (done % every === 0 || done === count) log(`hello: ${done}/${count} completed`);
    }),
  );
  return { workflows: count, startMs, totalMs: performance.now() - began };
}
