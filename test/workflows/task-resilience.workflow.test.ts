import { ApplicationFailure } from '@temporalio/common';
import { Worker } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import {
  type TaskPeriod,
  assignmentStateQuery,
  cancelSignal,
  reviewUpdate,
  submitFindingsUpdate,
  submitReportUpdate,
  workflowIds,
} from '@dondoc/contracts';
import { addDays, localDateOf } from '@dondoc/domain';
import { type Activities } from '../../apps/worker/src/activities';
import { taskWorkflow } from '../../workflows';
import { FakeWorld } from './support/fake-activities';
import { defaultPolicy, reportBy, freshTimeSkippingServer, workflowCode } from './support/workflow-harness';

/** Polls in real time: awaiting a result instead would let the test server skip its clock ahead meanwhile. */
async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; !(await check()); tries += 1) {
    if (tries > 600) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('taskWorkflow under real conditions: a failing sibling, a thousand agencies', () => {
  const server = freshTimeSkippingServer();

  async function periodFromToday(days: number): Promise<TaskPeriod> {
    const today = localDateOf(await server.env.currentTimeMs());
    return {
      taskId: `task-${randomUUID().slice(0, 8)}`,
      taskCode: '2.1',
      period: 'y1',
      due: addDays(today, days),
      opens: today,
    };
  }

  async function worker(world: FakeWorld, overrides: Partial<Activities> = {}) {
    const taskQueue = `test-${randomUUID()}`;
    const running = await Worker.create({
      connection: server.env.nativeConnection,
      taskQueue,
      ...workflowCode(),
      activities: { ...world.activities(), ...overrides },
      maxConcurrentWorkflowTaskExecutions: 50,
    });
    return { taskQueue, run: <T>(body: () => Promise<T>) => running.runUntil(body) };
  }

  const handleOf = (period: TaskPeriod, agencyId: string) =>
    server.env.client.workflow.getHandle(workflowIds.assignment(`${period.taskId}/${period.period}/${agencyId}`));
  /** `undefined` until the workflow has started. */
  const statusOf = async (workflowId: string) => {
    try {
      return (await server.env.client.workflow.getHandle(workflowId).describe()).status.name;
    } catch {
      return undefined;
    }
  };

  it('lets the other agencies finish and be inspected when one assignment workflow fails', async () => {
    const period = await periodFromToday(30);
    const world = new FakeWorld();
    world.agenciesByTask[period.taskId] = ['agency-a', 'agency-broken', 'agency-c'];
    const base = world.activities();
    const { taskQueue, run } = await worker(world, {
      notifyAgency: (notice) =>
        notice.agencyId === 'agency-broken'
          ? Promise.reject(ApplicationFailure.nonRetryable('a defect in one agency’s mail', 'Defect'))
          : base.notifyAgency(notice),
    });

    const outcome = await run(async () => {
      const task = await server.env.client.workflow.start(taskWorkflow, {
        workflowId: workflowIds.task(period.taskId, period.period),
        taskQueue,
        args: [{ planId: 'plan-1', taskPeriod: period, policy: defaultPolicy }],
      });
      const broken = workflowIds.assignment(`${period.taskId}/${period.period}/agency-broken`);
      await until('the broken assignment fails', async () => (await statusOf(broken)) === 'FAILED');
      expect(await statusOf(task.workflowId)).toBe('RUNNING');
      for (const agencyId of ['agency-a', 'agency-c']) {
        await handleOf(period, agencyId).executeUpdate(submitReportUpdate, { args: [reportBy(agencyId)] });
        await handleOf(period, agencyId).executeUpdate(reviewUpdate, {
          args: [{ outcome: 'accepted', reviewedBy: 'coordinator' }],
        });
      }
      for (const agencyId of ['agency-a', 'agency-c']) {
        await until(
          `${agencyId} completes`,
          async () => (await statusOf(handleOf(period, agencyId).workflowId)) === 'COMPLETED',
        );
      }
      await server.env.sleep(11 * 86_400_000);
      const inspection = server.env.client.workflow.getHandle(
        workflowIds.inspection(period.taskId, period.period, 'plan-1'),
      );
      await inspection.executeUpdate(submitFindingsUpdate, {
        args: [{ report: 'Hai đơn vị thực hiện đầy đủ.', submittedBy: 'inspector-1' }],
      });
      return task.result();
    });

    expect(outcome.outcomes.map(({ agencyId, status }) => [agencyId, status]).sort()).toEqual([
      ['agency-a', 'accepted'],
      ['agency-broken', 'failed'],
      ['agency-c', 'accepted'],
    ]);
    expect(world.inspections).toHaveLength(1);
    expect(world.inspections[0].teams.flatMap((team) => team.agencyIds).sort()).toEqual(['agency-a', 'agency-c']);
  });

  /** A task due in 60 days for `count` agencies, on a worker of its own. */
  async function taskOfAgencies(count: number) {
    const period = await periodFromToday(60);
    const world = new FakeWorld();
    const agencies = Array.from({ length: count }, (_, index) => `agency-${String(index + 1).padStart(4, '0')}`);
    world.agenciesByTask[period.taskId] = agencies;
    const { taskQueue, run } = await worker(world);
    const start = () =>
      server.env.client.workflow.start(taskWorkflow, {
        workflowId: workflowIds.task(period.taskId, period.period),
        taskQueue,
        args: [{ planId: 'plan-1', taskPeriod: period, policy: defaultPolicy }],
      });
    return { period, world, agencies, run, start };
  }

  it('starts a task’s assignments at most 25 to a parent, in batches that are all live at once', async () => {
    const { period, agencies, run, start } = await taskOfAgencies(60);

    const { children, parents } = await run(async () => {
      const task = await start();
      const handles = agencies.map((agencyId) => handleOf(period, agencyId));
      await until('every assignment runs', async () =>
        (await Promise.all(handles.map((handle) => statusOf(handle.workflowId)))).every((s) => s === 'RUNNING'),
      );
      const pendingOf = async (workflowId: string) =>
        (await server.env.client.workflow.getHandle(workflowId).describe()).raw.pendingChildren ?? [];
      const batches = await pendingOf(task.workflowId);
      const children = await Promise.all(batches.map((batch) => pendingOf(batch.workflowId ?? '')));
      const parents = await Promise.all(
        handles.map(async (handle) => (await handle.describe()).raw.workflowExecutionInfo?.parentExecution?.workflowId),
      );
      await task.signal(cancelSignal, { reason: 'test over' });
      await task.result();
      return { children, parents };
    });

    expect(children.map((batch) => batch.length)).toEqual([25, 25, 10]);
    expect(new Set(parents)).toEqual(
      new Set([1, 2, 3].map((batch) => workflowIds.assignmentBatch(period.taskId, period.period, batch))),
    );
  });

  it('keeps every one of 1,200 agencies live at once, under 1,000 children per parent', async () => {
    const { period, world, agencies, run, start } = await taskOfAgencies(1200);

    const outcome = await run(async () => {
      const task = await start();
      const last = handleOf(period, agencies[1199]);
      await until('the 1,200th assignment runs', async () => (await statusOf(last.workflowId)) === 'RUNNING');
      // The 1,200th agency's report is taken while the first 1,199 are all still open.
      await last.executeUpdate(submitReportUpdate, { args: [reportBy(agencies[1199])] });
      expect((await last.query(assignmentStateQuery)).status).toBe('submitted');
      // Batches start their children in any order: the first may still be starting when the last runs.
      for (const agencyId of [agencies[0], agencies[500], agencies[1000]]) {
        const workflowId = workflowIds.assignment(`${period.taskId}/${period.period}/${agencyId}`);
        await until(`${agencyId} runs too`, async () => (await statusOf(workflowId)) === 'RUNNING');
      }
      const parent = (await last.describe()).raw.workflowExecutionInfo?.parentExecution?.workflowId ?? '';
      const openChildren = async (workflowId: string) =>
        (await server.env.client.workflow.getHandle(workflowId).describe()).raw.pendingChildren?.length ?? 0;
      expect(parent).not.toBe(task.workflowId);
      expect(await openChildren(parent)).toBeGreaterThan(0);
      expect(await openChildren(parent)).toBeLessThan(1000);
      expect(await openChildren(task.workflowId)).toBeLessThan(1000);
      await task.signal(cancelSignal, { reason: 'test over' });
      return task.result();
    });

    expect(outcome.outcomes).toHaveLength(1200);
    expect(new Set(outcome.outcomes.map((entry) => entry.status))).toEqual(new Set(['cancelled']));
    expect(world.openedPeriods).toHaveLength(1);
  });
});
