import { temporal } from '@temporalio/proto';
import { type TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { mkdirSync, writeFileSync } from 'node:fs';
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
import { type IsoDate } from '@dondoc/domain';
import { planWorkflow, taskWorkflow } from '../workflows';
import { createTimeSkippingEnv } from '../test/support/time-skipping';
import { defaultPolicy, sleepUntil, startHarness } from '../test/workflows/support/workflow-harness';

const OUTPUT = resolve(__dirname, '../test/workflows/histories');
const report = (agencyId: string): SubmitReportRequest => ({
  agencyId,
  submittedBy: 'u',
  reportText: 'Báo cáo.',
  attachments: [],
});

/**
 * Records representative histories of every workflow type for the replay test. Re-record (and commit) only when a
 * change to workflow code is meant to be incompatible and running workflows have been dealt with.
 */
async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const server = await resolveTemporalTestServer({ cacheDir: loadDevstackConfig().cacheDir });
  if (server.kind === 'path') process.env.TEMPORAL_TEST_SERVER = server.path;
  mkdirSync(OUTPUT, { recursive: true });
  // One server each: awaiting a result lets the test server's clock run far ahead once nothing is pending.
  await record(taskScenario);
  await record(planScenario);
}

type Scenario = (env: TestWorkflowEnvironment, harness: Harness) => Promise<string[]>;
type Harness = Awaited<ReturnType<typeof startHarness>>;

async function record(scenario: Scenario): Promise<void> {
  const env = await createTimeSkippingEnv();
  try {
    const harness = await startHarness(env);
    const ids = await harness.run(() => scenario(env, harness));
    for (const workflowId of ids) {
      const history = await env.client.workflow.getHandle(workflowId).fetchHistory();
      // The wire encoding: exactly what the server sent, with no JSON conversion to drift.
      const file = join(OUTPUT, `${workflowId.replace(/[^\w-]+/g, '_')}.history.pb`);
      writeFileSync(file, temporal.api.history.v1.History.encode(history).finish());
      step(`recorded ${file}`);
    }
  } finally {
    await env.teardown();
  }
}

const taskScenario: Scenario = async (env, harness) => {
  harness.world.agenciesByTask = { 'task-1': ['agency-a', 'agency-b'] };
  const task = await env.client.workflow.start(taskWorkflow, {
    workflowId: workflowIds.task('task-1', '2027'),
    taskQueue: harness.taskQueue,
    args: [
      {
        planId: 'plan-x',
        taskPeriod: {
          taskId: 'task-1',
          taskCode: 'III.4.2.a',
          period: '2027',
          due: '2027-03-17' as IsoDate,
          opens: '2027-01-01' as IsoDate,
        },
        policy: defaultPolicy,
      },
    ],
  });
  const assignment = (agency: string) => env.client.workflow.getHandle(workflowIds.assignment(`task-1/2027/${agency}`));
  await sleepUntil(env, '2027-03-12');
  await assignment('agency-a').executeUpdate(submitReportUpdate, { args: [report('agency-a')] });
  await assignment('agency-a').executeUpdate(reviewUpdate, {
    args: [{ outcome: 'returned', reviewedBy: 'c', newDue: '2027-03-26' as IsoDate }],
  });
  await sleepUntil(env, '2027-03-20');
  await assignment('agency-a').executeUpdate(submitReportUpdate, { args: [report('agency-a')] });
  await assignment('agency-a').executeUpdate(reviewUpdate, { args: [{ outcome: 'accepted', reviewedBy: 'c' }] });
  await assignment('agency-b').executeUpdate(submitReportUpdate, { args: [report('agency-b')] });
  await assignment('agency-b').executeUpdate(reviewUpdate, { args: [{ outcome: 'accepted', reviewedBy: 'c' }] });
  await sleepUntil(env, '2027-04-05');
  const inspectionId = workflowIds.inspection('task-1', '2027', 'plan-x');
  await env.client.workflow
    .getHandle(inspectionId)
    .executeUpdate(submitFindingsUpdate, { args: [{ report: 'Đạt yêu cầu.', submittedBy: 'i' }] });
  await task.result();
  return [task.workflowId, assignment('agency-a').workflowId, assignment('agency-b').workflowId, inspectionId];
};

const planScenario: Scenario = async (env, harness) => {
  harness.world.agenciesByTask = { 'task-p': ['agency-d'], 'task-r': ['agency-c'] };
  harness.world.schedule = {
    planId: 'plan-r',
    policy: defaultPolicy,
    taskPeriods: [
      {
        taskId: 'task-p',
        taskCode: 'III.1',
        period: '2027',
        due: '2027-11-20' as IsoDate,
        opens: '2027-01-01' as IsoDate,
      },
    ],
    endsOn: '2028-01-01' as IsoDate,
    onRequestTasks: [{ taskId: 'task-r', taskCode: 'III.2' }],
  };
  const plan = await env.client.workflow.start(planWorkflow, {
    workflowId: workflowIds.plan('plan-r'),
    taskQueue: harness.taskQueue,
    args: [{ planId: 'plan-r' }],
  });
  await sleepUntil(env, '2027-01-02');
  await plan.executeUpdate(triggerTaskUpdate, {
    args: [{ taskId: 'task-r', due: '2027-02-20' as IsoDate, requestedBy: 'c' }],
  });
  await sleepUntil(env, '2027-01-10');
  await plan.signal(cancelPlanSignal, { reason: 'test' });
  await plan.result();
  return [plan.workflowId];
};

main().catch((error: unknown) => {
  step(`recording failed: ${String(error)}`);
  process.exit(1);
});
