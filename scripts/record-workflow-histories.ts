import { temporal } from '@temporalio/proto';
import { type TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadDevstackConfig } from '@dondoc/config';
import {
  amendPlanSignal,
  calendarChangedSignal,
  cancelPlanSignal,
  cancelSignal,
  reviewUpdate,
  submitFindingsUpdate,
  submitReportUpdate,
  triggerTaskUpdate,
  workflowIds,
} from '@dondoc/contracts';
import { resolveTemporalTestServer, step } from '@dondoc/devstack';
import { addDays, isoDate } from '@dondoc/domain';
import {
  assignmentBatchWorkflow,
  assignmentWorkflow,
  overdueDigestWorkflow,
  planIntakeWorkflow,
  taskWorkflow,
} from '../workflows';
import { createTimeSkippingEnv } from '../test/support/time-skipping';
import {
  defaultPolicy,
  midJuneWednesday,
  sleepUntil,
  startHarness,
  testYear,
  reportBy,
} from '../test/workflows/support/workflow-harness';

const OUTPUT = resolve(__dirname, '../test/workflows/histories');
/**
 * Records representative histories of every workflow type for the replay test, named by workflow id and the day of
 * recording. Earlier recordings stay: they are what running workflows of the earlier code look like, and replaying
 * them proves each versioned change (`patched`) still takes its old branch. Record after a versioned change, or for a
 * new workflow type; `npm run histories:record -- digest batch` records only the scenarios named.
 */
async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const server = await resolveTemporalTestServer({ cacheDir: loadDevstackConfig().cacheDir });
  if (server.kind === 'path') process.env.TEMPORAL_TEST_SERVER = server.path;
  const wanted = process.argv.slice(2);
  const chosen = Object.entries(SCENARIOS).filter(([name]) => wanted.length === 0 || wanted.includes(name));
  if (chosen.length === 0) throw new Error(`no such scenario; known: ${Object.keys(SCENARIOS).join(', ')}`);
  const recordedOn = new Date().toISOString().slice(0, 10);
  mkdirSync(OUTPUT, { recursive: true });
  // One server each: awaiting a result lets the test server's clock run far ahead once nothing is pending.
  for (const [, scenario] of chosen) {
    for (const { workflowId, bytes } of await record(scenario)) {
      const file = unusedName(`${workflowId.replace(/[^\w-]+/g, '_')}@${recordedOn}`);
      writeFileSync(file, bytes);
      step(`recorded ${file}`);
    }
  }
}

/** A second recording on one day, of code changed since the first, is kept beside it: `…@2026-12-02.2`. */
function unusedName(base: string): string {
  for (let copy = 1; ; copy += 1) {
    const file = join(OUTPUT, `${base}${copy === 1 ? '' : `.${copy}`}.history.pb`);
    if (!existsSync(file)) return file;
  }
}

type Scenario = (env: TestWorkflowEnvironment, harness: Harness) => Promise<string[]>;
type Harness = Awaited<ReturnType<typeof startHarness>>;

async function record(scenario: Scenario): Promise<Array<{ workflowId: string; bytes: Uint8Array }>> {
  const env = await createTimeSkippingEnv();
  try {
    const harness = await startHarness(env);
    const ids = await harness.run(() => scenario(env, harness));
    const recorded: Array<{ workflowId: string; bytes: Uint8Array }> = [];
    for (const workflowId of ids) {
      const history = await env.client.workflow.getHandle(workflowId).fetchHistory();
      recorded.push({
        workflowId,
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
  harness.world.coordinatingByTask = { 'task-1': ['agency-b'] };
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
  await sleepUntil(env, addDays(due, -10));
  await task.signal(calendarChangedSignal, { calendar: defaultPolicy.calendar });
  await sleepUntil(env, addDays(due, -5));
  await assignment('agency-a').executeUpdate(submitReportUpdate, { args: [reportBy('agency-a')] });
  await assignment('agency-a').executeUpdate(reviewUpdate, {
    args: [{ outcome: 'returned', reviewedBy: 'c', newDue: addDays(due, 9) }],
  });
  await sleepUntil(env, addDays(due, 3));
  await assignment('agency-a').executeUpdate(submitReportUpdate, { args: [reportBy('agency-a')] });
  await assignment('agency-a').executeUpdate(reviewUpdate, { args: [{ outcome: 'accepted', reviewedBy: 'c' }] });
  await assignment('agency-b').executeUpdate(submitReportUpdate, { args: [reportBy('agency-b')] });
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
  harness.world.agenciesByTask = { 'task-p': ['agency-d'], 'task-q': ['agency-d'], 'task-r': ['agency-c'] };
  harness.world.schedule = {
    planId: 'plan-r',
    policy: defaultPolicy,
    // Two tasks opening the same day: both start in one workflow task.
    taskPeriods: ['task-p', 'task-q'].map((taskId, index) => ({
      taskId,
      taskCode: `III.1.${index + 1}`,
      period: String(year),
      due: isoDate(year, 11, 20),
      opens: isoDate(year, 1, 1),
    })),
    endsOn: isoDate(year + 1, 1, 1),
    onRequestTasks: [{ taskId: 'task-r', taskCode: 'III.2' }],
  };
  const plan = await harness.startPlan('plan-r');
  await sleepUntil(env, `${year}-01-02`);
  await plan.executeUpdate(triggerTaskUpdate, {
    args: [{ taskId: 'task-r', due: isoDate(year, 2, 20), requestedBy: 'c' }],
  });
  await plan.signal(amendPlanSignal);
  await sleepUntil(env, `${year}-01-10`);
  await plan.signal(cancelPlanSignal, { reason: 'test' });
  await plan.result();
  return [plan.workflowId];
};

const intakeScenario: Scenario = async (env, harness) => {
  const intake = await env.client.workflow.start(planIntakeWorkflow, {
    workflowId: workflowIds.planIntake('plan-i'),
    taskQueue: harness.taskQueue,
    args: [{ planId: 'plan-i', number: '1/KH-UBND', title: 'Kế hoạch', standingOfficeEmail: 'stp@dondoc.invalid' }],
  });
  await intake.result();
  return [intake.workflowId];
};

/** A batch on its own: a task needs more than 500 agencies before it starts one. */
const batchScenario: Scenario = async (env, harness) => {
  const year = await testYear(env);
  const due = midJuneWednesday(year);
  const period = { taskId: 'task-b', taskCode: 'III.5', period: String(year), due, opens: isoDate(year, 1, 1) };
  const batch = await env.client.workflow.start(assignmentBatchWorkflow, {
    workflowId: workflowIds.assignmentBatch('task-b', period.period, 1),
    taskQueue: harness.taskQueue,
    args: [
      {
        planId: 'plan-x',
        taskPeriod: period,
        policy: defaultPolicy,
        assignments: [
          { assignmentId: `task-b/${period.period}/agency-e`, agencyId: 'agency-e', due },
          { assignmentId: `task-b/${period.period}/agency-f`, agencyId: 'agency-f', due: addDays(due, -7) },
        ],
      },
    ],
  });
  await sleepUntil(env, addDays(due, -10));
  await batch.signal(cancelSignal, { reason: 'test' });
  await batch.result();
  return [batch.workflowId];
};

/** More agencies than one parent holds: the task runs them in batches (only the task's history is kept). */
const batchedTaskScenario =
  (taskId: string, agencies: number): Scenario =>
  async (env, harness) => {
    const year = await testYear(env);
    const due = midJuneWednesday(year);
    harness.world.agenciesByTask = { [taskId]: Array.from({ length: agencies }, (_, index) => `agency-${index + 1}`) };
    const task = await env.client.workflow.start(taskWorkflow, {
      workflowId: workflowIds.task(taskId, String(year)),
      taskQueue: harness.taskQueue,
      args: [
        {
          planId: 'plan-x',
          taskPeriod: { taskId, taskCode: 'III.6', period: String(year), due, opens: isoDate(year, 1, 1) },
          policy: defaultPolicy,
        },
      ],
    });
    await sleepUntil(env, addDays(due, -20));
    await task.signal(cancelSignal, { reason: 'test' });
    await task.result();
    return [task.workflowId];
  };

const digestScenario: Scenario = async (env, harness) => {
  const wednesday = midJuneWednesday(await testYear(env));
  const digest = await env.client.workflow.start(overdueDigestWorkflow, {
    workflowId: workflowIds.overdueDigest(),
    taskQueue: harness.taskQueue,
    args: [{ sendTime: '16:30', calendar: defaultPolicy.calendar }],
  });
  await sleepUntil(env, `${addDays(wednesday, 3)}T12:00`);
  await digest.terminate('recorded');
  return [digest.workflowId];
};

/** Work opened on its due day after the reminder hour: the due-day reminder goes out at once. */
const lateStartScenario: Scenario = async (env, harness) => {
  const year = await testYear(env);
  const due = midJuneWednesday(year);
  const assignmentId = `task-m/${year}/agency-l`;
  await sleepUntil(env, `${due}T10:30`);
  const assignment = await env.client.workflow.start(assignmentWorkflow, {
    workflowId: workflowIds.assignment(assignmentId),
    taskQueue: harness.taskQueue,
    args: [
      {
        assignmentId,
        planId: 'plan-m',
        taskId: 'task-m',
        taskCode: 'II.3',
        agencyId: 'agency-l',
        period: String(year),
        due,
        policy: defaultPolicy.reminders,
        calendar: defaultPolicy.calendar,
      },
    ],
  });
  await sleepUntil(env, `${due}T11:00`);
  await assignment.executeUpdate(submitReportUpdate, { args: [reportBy('agency-l')] });
  await assignment.executeUpdate(reviewUpdate, { args: [{ outcome: 'accepted', reviewedBy: 'c' }] });
  await assignment.result();
  return [assignment.workflowId];
};

const SCENARIOS: Record<string, Scenario> = {
  task: taskScenario,
  plan: planScenario,
  intake: intakeScenario,
  batch: batchScenario,
  // 501 recorded the batches of 500 (assignment-batches-v1); 30, the batches of 25 since.
  'large-task': batchedTaskScenario('task-l', 501),
  'batched-task': batchedTaskScenario('task-s', 30),
  digest: digestScenario,
  'late-start': lateStartScenario,
};

main().catch((error: unknown) => {
  step(`recording failed: ${String(error)}`);
  process.exit(1);
});
