import { temporal } from '@temporalio/proto';
import { type TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadDevstackConfig } from '@dondoc/config';
import {
  type SubmitReportRequest,
  cancelPlanSignal,
  reviewUpdate,
  submitFindingsUpdate,
  submitReportUpdate,
  triggerTaskUpdate,
  workflowIds,
} from '@dondoc/contracts';
import { resolveTemporalTestServer, step } from '@dondoc/devstack';
import { addDays, isoDate } from '@dondoc/domain';
import { planWorkflow, taskWorkflow } from '../workflows';
import { createTimeSkippingEnv } from '../test/support/time-skipping';
import {
  defaultPolicy,
  midJuneWednesday,
  sleepUntil,
  startHarness,
  testYear,
} from '../test/workflows/support/workflow-harness';

const OUTPUT = resolve(__dirname, '../test/workflows/histories');
const report = (agencyId: string): SubmitReportRequest => ({
  agencyId,
  submittedBy: 'u',
  reportText: 'Báo cáo.',
  attachments: [],
});

/**
 * Records representative histories of every workflow type for the replay test. Re-record (and commit) only when a
 * change to workflow code is meant to be incompatible and running workflows have been dealt with. Files are named by
 * workflow id, which holds the year the scenarios ran in (the workflow tests' year, from the test server's clock): a
 * recording replaces the earlier recordings of the same workflows, whatever year those ran in.
 */
async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const server = await resolveTemporalTestServer({ cacheDir: loadDevstackConfig().cacheDir });
  if (server.kind === 'path') process.env.TEMPORAL_TEST_SERVER = server.path;
  // One server each: awaiting a result lets the test server's clock run far ahead once nothing is pending.
  const recorded = [...(await record(taskScenario)), ...(await record(planScenario))];
  mkdirSync(OUTPUT, { recursive: true });
  for (const file of readdirSync(OUTPUT))
    if (recorded.some((fresh) => sameWorkflow(file, fresh.file))) rmSync(join(OUTPUT, file));
  for (const { file, bytes } of recorded) {
    writeFileSync(join(OUTPUT, file), bytes);
    step(`recorded ${join(OUTPUT, file)}`);
  }
}

/** Whether two history files hold the same workflow, recorded in any year. */
function sameWorkflow(file: string, fresh: string): boolean {
  const escaped = fresh.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\d{4}/g, '\\d{4}')}$`).test(file);
}

type Scenario = (env: TestWorkflowEnvironment, harness: Harness) => Promise<string[]>;
type Harness = Awaited<ReturnType<typeof startHarness>>;

async function record(scenario: Scenario): Promise<Array<{ file: string; bytes: Uint8Array }>> {
  const env = await createTimeSkippingEnv();
  try {
    const harness = await startHarness(env);
    const ids = await harness.run(() => scenario(env, harness));
    const recorded: Array<{ file: string; bytes: Uint8Array }> = [];
    for (const workflowId of ids) {
      const history = await env.client.workflow.getHandle(workflowId).fetchHistory();
      recorded.push({
        file: `${workflowId.replace(/[^\w-]+/g, '_')}.history.pb`,
        // The wire encoding: exactly what the server sent, with no JSON conversion to drift.
        bytes: temporal.api.history.v1.History.encode(history).finish(),
      });
    }
    return recorded;
  } finally {
    await env.teardown();
  }
}

const taskScenario: Scenario = async (env, harness) => {
  const year = await testYear(env);
  const period = String(year);
  const due = midJuneWednesday(year);
  harness.world.agenciesByTask = { 'task-1': ['agency-a', 'agency-b'] };
  const task = await env.client.workflow.start(taskWorkflow, {
    workflowId: workflowIds.task('task-1', period),
    taskQueue: harness.taskQueue,
    args: [
      {
        planId: 'plan-x',
        taskPeriod: {
          taskId: 'task-1',
          taskCode: 'III.4.2.a',
          period,
          due,
          opens: isoDate(year, 1, 1),
        },
        policy: defaultPolicy,
      },
    ],
  });
  const assignment = (agency: string) =>
    env.client.workflow.getHandle(workflowIds.assignment(`task-1/${period}/${agency}`));
  await sleepUntil(env, addDays(due, -5));
  await assignment('agency-a').executeUpdate(submitReportUpdate, { args: [report('agency-a')] });
  await assignment('agency-a').executeUpdate(reviewUpdate, {
    args: [{ outcome: 'returned', reviewedBy: 'c', newDue: addDays(due, 9) }],
  });
  await sleepUntil(env, addDays(due, 3));
  await assignment('agency-a').executeUpdate(submitReportUpdate, { args: [report('agency-a')] });
  await assignment('agency-a').executeUpdate(reviewUpdate, { args: [{ outcome: 'accepted', reviewedBy: 'c' }] });
  await assignment('agency-b').executeUpdate(submitReportUpdate, { args: [report('agency-b')] });
  await assignment('agency-b').executeUpdate(reviewUpdate, { args: [{ outcome: 'accepted', reviewedBy: 'c' }] });
  await sleepUntil(env, addDays(due, 19));
  const inspectionId = workflowIds.inspection('task-1', period, 'plan-x');
  await env.client.workflow
    .getHandle(inspectionId)
    .executeUpdate(submitFindingsUpdate, { args: [{ report: 'Đạt yêu cầu.', submittedBy: 'i' }] });
  await task.result();
  return [task.workflowId, assignment('agency-a').workflowId, assignment('agency-b').workflowId, inspectionId];
};

const planScenario: Scenario = async (env, harness) => {
  const year = await testYear(env);
  harness.world.agenciesByTask = { 'task-p': ['agency-d'], 'task-r': ['agency-c'] };
  harness.world.schedule = {
    planId: 'plan-r',
    policy: defaultPolicy,
    taskPeriods: [
      {
        taskId: 'task-p',
        taskCode: 'III.1',
        period: String(year),
        due: isoDate(year, 11, 20),
        opens: isoDate(year, 1, 1),
      },
    ],
    endsOn: isoDate(year + 1, 1, 1),
    onRequestTasks: [{ taskId: 'task-r', taskCode: 'III.2' }],
  };
  const plan = await env.client.workflow.start(planWorkflow, {
    workflowId: workflowIds.plan('plan-r'),
    taskQueue: harness.taskQueue,
    args: [{ planId: 'plan-r' }],
  });
  await sleepUntil(env, `${year}-01-02`);
  await plan.executeUpdate(triggerTaskUpdate, {
    args: [{ taskId: 'task-r', due: isoDate(year, 2, 20), requestedBy: 'c' }],
  });
  await sleepUntil(env, `${year}-01-10`);
  await plan.signal(cancelPlanSignal, { reason: 'test' });
  await plan.result();
  return [plan.workflowId];
};

main().catch((error: unknown) => {
  step(`recording failed: ${String(error)}`);
  process.exit(1);
});
