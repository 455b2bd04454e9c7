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
