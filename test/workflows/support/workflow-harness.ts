import { type TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { DEFAULT_ANNOUNCED_ADJUSTMENTS, DEFAULT_REMINDER_POLICY } from '@dondoc/domain';
import { type OrchestrationPolicy } from '@dondoc/contracts';
import { FakeWorld } from './fake-activities';

export const defaultPolicy: OrchestrationPolicy = {
  reminders: DEFAULT_REMINDER_POLICY,
  inspection: { delayDays: 10, teams: 2, agenciesPerTeam: 2, windowDays: 5, reportDueDays: 10 },
  calendar: DEFAULT_ANNOUNCED_ADJUSTMENTS,
};

const running = new Set<Promise<unknown>>();
const workers = new Set<Worker>();

/**
 * Stops every harness worker still polling (a test that timed out leaves its worker running, and the environment
 * refuses to tear down under it, leaking the Java test server). Call before `env.teardown()`.
 */
export async function stopHarnesses(): Promise<void> {
  for (const worker of workers) if (worker.getState() === 'RUNNING') worker.shutdown();
  await Promise.allSettled(running);
  workers.clear();
  running.clear();
}

/** A worker on its own task queue over a fresh fake world; `run` keeps it polling while the test drives. */
export async function startHarness(env: TestWorkflowEnvironment) {
  const world = new FakeWorld();
  const taskQueue = `test-${randomUUID()}`;
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowsPath: require.resolve('../../../workflows'),
    activities: world.activities(),
  });
  workers.add(worker);
  const run = <T>(body: () => Promise<T>): Promise<T> => {
    const result = worker.runUntil(body);
    running.add(result);
    return result;
  };
  return { world, taskQueue, worker, run };
}

/** 08:00 in Hà Nội on a date, as the UTC instant a reminder is expected. */
export const at8 = (date: string): string => new Date(`${date}T01:00:00.000Z`).toISOString();

/**
 * Moves the time-skipping server's clock forward to a date (midnight) or date and time ('2027-04-09T12:00') in
 * Hà Nội. Don't end a sleep on the instant a workflow timer fires: the test server can stall on that tie.
 */
export async function sleepUntil(env: TestWorkflowEnvironment, when: string): Promise<void> {
  const target = Date.parse(when.includes('T') ? `${when}:00+07:00` : `${when}T00:00:00+07:00`);
  const now = await env.currentTimeMs();
  if (target <= now) throw new Error(`the test clock is already past ${when}`);
  await env.sleep(target - now);
}
