import { type TaskPeriod, cancelSignal, workflowIds } from '@dondoc/contracts';
import { isoDate } from '@dondoc/domain';
import { taskWorkflow } from '../../workflows';
import { defaultPolicy, startHarness, testYear, freshTimeSkippingServer } from './support/workflow-harness';

describe('taskWorkflow cancelled while it is starting its assignments', () => {
  const server = freshTimeSkippingServer();

  it('tells each assignment it has just started to stop', async () => {
    const year = await testYear(server.env);
    const harness = await startHarness(server.env, [require.resolve('./support/slow-task-child-starts.interceptor')]);
    const period: TaskPeriod = {
      taskId: 'task-c',
      taskCode: 'III.3',
      period: String(year),
      due: isoDate(year, 11, 20),
      opens: isoDate(year, 1, 1),
    };
    harness.world.agenciesByTask['task-c'] = ['agency-a', 'agency-b'];

    await harness.run(async () => {
      const task = await server.env.client.workflow.start(taskWorkflow, {
        workflowId: workflowIds.task(period.taskId, period.period),
        taskQueue: harness.taskQueue,
        args: [{ planId: 'plan-1', taskPeriod: period, policy: defaultPolicy }],
      });
      // Both assignments are started; the task hears of it a day later.
      await server.env.sleep('12 hours');
      expect(harness.world.openedPeriods.map(({ taskId }) => taskId)).toEqual(['task-c']);
      await task.signal(cancelSignal, { reason: 'Kế hoạch được thay thế' });
      await server.env.sleep('3 days');
    });

    const lastStatus = (agencyId: string) => harness.world.statusesOf(`task-c/${year}/${agencyId}`).at(-1);
    expect([lastStatus('agency-a'), lastStatus('agency-b')]).toEqual(['cancelled', 'cancelled']);
  });
});

describe('taskWorkflow cancelled after one of its assignments was terminated by hand', () => {
  const server = freshTimeSkippingServer();

  it('still cancels the others, instead of failing on the signal it cannot deliver', async () => {
    const year = await testYear(server.env);
    const harness = await startHarness(server.env);
    const period: TaskPeriod = {
      taskId: 'task-t',
      taskCode: 'III.4',
      period: String(year),
      due: isoDate(year, 11, 20),
      opens: isoDate(year, 1, 1),
    };
    harness.world.agenciesByTask['task-t'] = ['agency-a', 'agency-b'];

    const taskStatus = await harness.run(async () => {
      const task = await server.env.client.workflow.start(taskWorkflow, {
        workflowId: workflowIds.task(period.taskId, period.period),
        taskQueue: harness.taskQueue,
        args: [{ planId: 'plan-1', taskPeriod: period, policy: defaultPolicy }],
      });
      await server.env.sleep('1 hour');
      await server.env.client.workflow.getHandle(workflowIds.assignment(`task-t/${year}/agency-a`)).terminate('stuck');
      await task.signal(cancelSignal, { reason: 'Kế hoạch được thay thế' });
      await server.env.sleep('2 days');
      return (await task.describe()).status.name;
    });

    // Still open: a real server then reports the terminated child to it, which the time-skipping server does not.
    expect(taskStatus).toBe('RUNNING');
    expect(harness.world.statusesOf(`task-t/${year}/agency-b`).at(-1)).toBe('cancelled');
  });
});
