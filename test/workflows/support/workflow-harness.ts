import { type TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkerOptions } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import {
  DEFAULT_ANNOUNCED_ADJUSTMENTS,
  DEFAULT_REMINDER_POLICY,
  type IsoDate,
  addDays,
  dateParts,
  dayOfWeek,
  isoDate,
  localDateOf,
} from '@dondoc/domain';
import { type OrchestrationPolicy, type SubmitReportRequest, type TaskPeriod, workflowIds } from '@dondoc/contracts';
import { planWorkflow, taskWorkflow } from '../../../workflows';
import { createTimeSkippingEnv } from '../../support/time-skipping';
import { FakeWorld } from './fake-activities';

export const defaultPolicy: OrchestrationPolicy = {
  reminders: DEFAULT_REMINDER_POLICY,
  inspection: { delayDays: 10, teams: 2, agenciesPerTeam: 2, windowDays: 5, reportDueDays: 10 },
  calendar: DEFAULT_ANNOUNCED_ADJUSTMENTS,
};

/**
 * The workflows a test worker runs: the run's bundle (test/setup/workflow-bundle.ts), or the sources bundled afresh
 * where interceptor modules join them.
 */
export function workflowCode(
  workflowInterceptors: string[] = [],
): Pick<WorkerOptions, 'workflowBundle' | 'workflowsPath' | 'interceptors'> {
  const bundle = process.env.WORKFLOW_BUNDLE;
  if (bundle && workflowInterceptors.length === 0) return { workflowBundle: { codePath: bundle } };
  return {
    workflowsPath: require.resolve('../../../workflows'),
    interceptors: { workflowModules: workflowInterceptors },
  };
}

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

/**
 * A fresh time-skipping server for each test of the enclosing describe (its clock only moves forward, and a second
 * worker on one server stalled its sleep), torn down after the harnesses on it stop. Read `env` inside a test.
 */
export function freshTimeSkippingServer(): { readonly env: TestWorkflowEnvironment } {
  let current: TestWorkflowEnvironment | undefined;
  beforeEach(async () => void (current = await createTimeSkippingEnv()));
  afterEach(async () => {
    await stopHarnesses();
    await current?.teardown();
    current = undefined;
  });
  return {
    get env() {
      if (!current) throw new Error('the time-skipping server is only there inside a test');
      return current;
    },
  };
}

/**
 * A worker on its own task queue over a fresh fake world; `run` keeps it polling while the test drives.
 * `workflowInterceptors` are modules bent on widening a race (their paths, resolved).
 */
export async function startHarness(env: TestWorkflowEnvironment, workflowInterceptors: string[] = []) {
  const world = new FakeWorld();
  const taskQueue = `test-${randomUUID()}`;
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    ...workflowCode(workflowInterceptors),
    activities: world.activities(),
  });
  workers.add(worker);
  const run = <T>(body: () => Promise<T>): Promise<T> => {
    const result = worker.runUntil(body);
    running.add(result);
    return result;
  };
  const startPlan = (planId: string) =>
    env.client.workflow.start(planWorkflow, { workflowId: workflowIds.plan(planId), taskQueue, args: [{ planId }] });
  /** One task period of plan-1, as its plan would start it. */
  const startTask = (taskPeriod: TaskPeriod, policy: OrchestrationPolicy = defaultPolicy) =>
    env.client.workflow.start(taskWorkflow, {
      workflowId: workflowIds.task(taskPeriod.taskId, taskPeriod.period),
      taskQueue,
      args: [{ planId: 'plan-1', taskPeriod, policy }],
    });
  return { world, taskQueue, worker, run, startPlan, startTask };
}

/**
 * The year the workflow tests are set in. The time-skipping server's clock starts at today's date and only moves
 * forward, so no test may pin a year: two years after the clock's year in Hà Nội, every date a test uses, from the
 * December before that year on, still lies ahead of the clock whatever day the suite runs.
 */
export async function testYear(env: TestWorkflowEnvironment): Promise<number> {
  return dateParts(localDateOf(await env.currentTimeMs())).year + 2;
}

/** 0 = Sunday … 6 = Saturday, as `dayOfWeek` counts. */
export const WEDNESDAY = 3;
export const SATURDAY = 6;

/** The first day on or after `date` that falls on `weekday`. */
export const weekdayOnOrAfter = (date: IsoDate, weekday: number): IsoDate =>
  addDays(date, (weekday - dayOfWeek(date) + 7) % 7);

/**
 * The third Wednesday of June (15–21/6): a deadline whose reminders and escalations fall on plain weekdays in any
 * year, as June and July hold no holiday (Hùng Kings day, 30/4 and 1/5 are made up by mid-May; 2/9 is far off). So a
 * test counts its dates from it by the weekday alone: D-3 is a Sunday, D+1 a Thursday, D+5 a Monday.
 */
export const midJuneWednesday = (year: number): IsoDate => weekdayOnOrAfter(isoDate(year, 6, 15), WEDNESDAY);

/** A task's period of the deadline's year, opening ten days before it. */
export const periodDue = (taskId: string, taskCode: string, due: IsoDate): TaskPeriod => ({
  taskId,
  taskCode,
  period: due.slice(0, 4),
  due,
  opens: addDays(due, -10),
});

/** A report as an agency's officer sends it. */
export const reportBy = (
  agencyId: string,
  reportText = 'Báo cáo kết quả thực hiện nhiệm vụ.',
): SubmitReportRequest => ({ agencyId, submittedBy: `officer-${agencyId}`, reportText, attachments: [] });

/** 08:00 in Hà Nội on a date, as the UTC instant a reminder is expected. */
export const at8 = (date: string): string => new Date(`${date}T01:00:00.000Z`).toISOString();

/**
 * Moves the time-skipping server's clock forward to a date (midnight) or date and time (`${date}T12:00`) in
 * Hà Nội. Don't end a sleep on the instant a workflow timer fires: the test server can stall on that tie.
 */
export async function sleepUntil(env: TestWorkflowEnvironment, when: string): Promise<void> {
  const target = Date.parse(when.includes('T') ? `${when}:00+07:00` : `${when}T00:00:00+07:00`);
  const now = await env.currentTimeMs();
  if (target <= now) throw new Error(`the test clock is already past ${when}`);
  await env.sleep(target - now);
}
