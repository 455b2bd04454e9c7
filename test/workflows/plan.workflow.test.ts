import { WorkflowUpdateFailedError } from '@temporalio/client';
import {
  type PlanSchedule,
  cancelPlanSignal,
  planProgressQuery,
  triggerTaskUpdate,
  workflowIds,
} from '@dondoc/contracts';
import { isoDate } from '@dondoc/domain';
import { defaultPolicy, sleepUntil, startHarness, testYear, freshTimeSkippingServer } from './support/workflow-harness';

/** A plan over two years from `year`: one annual task, one on request. */
const scheduleFrom = (year: number): PlanSchedule => ({
  planId: 'plan-7',
  policy: defaultPolicy,
  taskPeriods: [year, year + 1].map((periodYear) => ({
    taskId: 'task-annual',
    taskCode: 'III.1.1',
    period: String(periodYear),
    due: isoDate(periodYear, 11, 20),
    opens: isoDate(periodYear, 1, 1),
  })),
  endsOn: isoDate(year + 2, 1, 1),
  onRequestTasks: [{ taskId: 'task-on-request', taskCode: 'III.2.1' }],
});

describe('planWorkflow across the years of a plan', () => {
  const server = freshTimeSkippingServer();

  it('opens each year when it begins, runs an on-request task when triggered, and cancels everything open', async () => {
    const year = await testYear(server.env);
    const harness = await startHarness(server.env);
    harness.world.schedule = scheduleFrom(year);
    harness.world.agenciesByTask = { 'task-annual': ['agency-a', 'agency-b'], 'task-on-request': ['agency-c'] };

    const progress = await harness.run(async () => {
      const plan = await harness.startPlan('plan-7');
      await sleepUntil(server.env, `${year - 1}-12-15`);
      await expect(plan.query(planProgressQuery)).resolves.toMatchObject({ periods: { waiting: 2, open: 0 } });

      await sleepUntil(server.env, `${year}-01-02`);
      await expect(plan.query(planProgressQuery)).resolves.toMatchObject({ periods: { waiting: 1, open: 1 } });

      const refused = plan.executeUpdate(triggerTaskUpdate, {
        args: [{ taskId: 'task-annual', due: isoDate(year, 2, 15), requestedBy: 'coordinator-1' }],
      });
      await expect(refused).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
      const triggered = await plan.executeUpdate(triggerTaskUpdate, {
        args: [{ taskId: 'task-on-request', due: isoDate(year, 2, 15), requestedBy: 'coordinator-1' }],
      });
      expect(triggered).toMatchObject({ taskId: 'task-on-request', period: 'request-1', due: `${year}-02-15` });

      await sleepUntil(server.env, `${year}-01-10`);
      await plan.signal(cancelPlanSignal, { reason: 'Kế hoạch được thay thế' });
      return plan.result();
    });

    expect(harness.world.openedPeriods.map(({ taskId, period, at }) => [taskId, period, at])).toEqual([
      ['task-annual', String(year), `${year - 1}-12-31T17:00:00.000Z`], // midnight of 1/1 in Hà Nội
      ['task-on-request', 'request-1', expect.stringMatching(new RegExp(`^${year}-01-0[12]T`))],
    ]);
    expect(progress).toEqual({ periods: { waiting: 0, open: 0, settled: 0, cancelled: 3 }, cancelled: true });
    expect(harness.world.planStatuses.map(({ status }) => status)).toEqual(['active', 'cancelled']);
    const cancelled = [...harness.world.states.values()].map((states) => states.at(-1)?.status);
    expect(cancelled).toEqual(['cancelled', 'cancelled', 'cancelled']);
  });
});

describe('planWorkflow opening several task periods on the same day', () => {
  const server = freshTimeSkippingServer();

  it('starts every task that opens together in one workflow task, not one round trip after another', async () => {
    const year = await testYear(server.env);
    const harness = await startHarness(server.env);
    const tasks = ['task-a', 'task-b', 'task-c'];
    harness.world.schedule = {
      planId: 'plan-8',
      policy: defaultPolicy,
      taskPeriods: tasks.map((taskId, index) => ({
        taskId,
        taskCode: `III.${index + 1}`,
        period: String(year),
        due: isoDate(year, 11, 20),
        opens: isoDate(year, 1, 1),
      })),
      endsOn: isoDate(year + 1, 1, 1),
      onRequestTasks: [],
    };
    harness.world.agenciesByTask = Object.fromEntries(tasks.map((taskId) => [taskId, ['agency-a']]));

    const history = await harness.run(async () => {
      const plan = await harness.startPlan('plan-8');
      await sleepUntil(server.env, `${year}-01-02`);
      await expect(plan.query(planProgressQuery)).resolves.toMatchObject({ periods: { waiting: 0, open: 3 } });
      await plan.signal(cancelPlanSignal, { reason: 'test' });
      await plan.result();
      return plan.fetchHistory();
    });

    const starts = (history.events ?? []).flatMap(({ startChildWorkflowExecutionInitiatedEventAttributes: start }) =>
      start ? [start] : [],
    );
    expect(starts.map((start) => start.workflowId)).toEqual(
      tasks.map((taskId) => workflowIds.task(taskId, String(year))),
    );
    expect(new Set(starts.map((start) => String(start.workflowTaskCompletedEventId))).size).toBe(1);
  });
});

describe('planWorkflow cancelled while a task period is starting', () => {
  const server = freshTimeSkippingServer();

  it('tells the task it has just started to stop, so nothing of a cancelled plan runs on', async () => {
    const year = await testYear(server.env);
    const harness = await startHarness(server.env, [require.resolve('./support/slow-plan-child-starts.interceptor')]);
    harness.world.schedule = scheduleFrom(year);
    harness.world.agenciesByTask = { 'task-annual': ['agency-a', 'agency-b'] };

    const progress = await harness.run(async () => {
      const plan = await harness.startPlan('plan-7');
      // The first year's task started at midnight; the plan hears of it only on the 2nd.
      await sleepUntil(server.env, `${year}-01-01T12:00`);
      await expect(plan.query(planProgressQuery)).resolves.toMatchObject({ periods: { waiting: 2, open: 0 } });
      expect(harness.world.openedPeriods.map(({ period }) => period)).toEqual([String(year)]);
      await plan.signal(cancelPlanSignal, { reason: 'Kế hoạch được thay thế' });
      await sleepUntil(server.env, `${year}-01-05`);
      return plan.query(planProgressQuery);
    });

    const lastStates = [...harness.world.states.values()].map((states) => states.at(-1)?.status);
    expect(lastStates).toEqual(['cancelled', 'cancelled']);
    expect(progress).toEqual({ periods: { waiting: 0, open: 0, settled: 0, cancelled: 2 }, cancelled: true });
  });
});

describe('planWorkflow cancelled after one of its tasks was terminated by hand', () => {
  const server = freshTimeSkippingServer();

  it('counts the terminated task as cancelled and ends, instead of failing on the signal it cannot deliver', async () => {
    const year = await testYear(server.env);
    const harness = await startHarness(server.env);
    harness.world.schedule = scheduleFrom(year);
    harness.world.agenciesByTask = { 'task-annual': ['agency-a'] };

    const status = await harness.run(async () => {
      const plan = await harness.startPlan('plan-7');
      await sleepUntil(server.env, `${year}-01-02`);
      await expect(plan.query(planProgressQuery)).resolves.toMatchObject({ periods: { open: 1 } });
      // An operator ends a stuck task in Temporal's Web UI: it never reports back to the plan.
      await server.env.client.workflow.getHandle(workflowIds.task('task-annual', String(year))).terminate('stuck');
      await plan.signal(cancelPlanSignal, { reason: 'Kế hoạch được thay thế' });
      await sleepUntil(server.env, `${year}-01-04`);
      return (await plan.describe()).status.name;
    });

    expect(status).toBe('COMPLETED');
  });
});
