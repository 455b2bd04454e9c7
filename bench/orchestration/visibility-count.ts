import { type Client } from '@temporalio/client';
import { setTimeout as sleep } from 'node:timers/promises';

/** Polls Temporal's visibility once a second until `query` counts `expected` workflows, logging each count. */
export async function untilVisible(
  client: Client,
  { query, expected, began, what }: { query: string; expected: number; began: number; what: string },
  log: (line: string) => void,
): Promise<void> {
  for (let count = 0; count < expected;) {
    await sleep(1000);
    count = (await client.workflow.count(query)).count;
    log(`${what}: ${count}/${expected} started (${((Date.now() - began) / 1000).toFixed(1)} s)`);
  }
}
