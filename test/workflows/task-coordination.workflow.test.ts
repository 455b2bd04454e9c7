import { type TaskPeriod, assignmentStateQuery, cancelSignal, workflowIds } from '@dondoc/contracts';
import { WorkingCalendar, addDays, isoDate } from '@dondoc/domain';
import { taskWorkflow } from '../../workflows';
import { defaultPolicy, sleepUntil, startHarness, testYear, freshTimeSkippingServer } from './support/workflow-harness';

describe('taskWorkflow: coordinating agencies send their input to the lead before the lead’s deadline', () => {
  const server = freshTimeSkippingServer();

  it('gives coordinating agencies a deadline the policy’s working days before the lead’s, and reminds them by it', async () => {
    const year = await testYear(server.env);
    const harness = await startHarness(server.env);
    const period: TaskPeriod = {
      taskId: 'task-coord',
      taskCode: 'III.2',
      period: String(year),
      due: isoDate(year, 11, 20),
      opens: isoDate(year, 10, 1),
    };
    harness.world.agenciesByTask['task-coord'] = ['agency-lead', 'agency-coord'];
    harness.world.coordinatingByTask['task-coord'] = ['agency-coord'];
    const policy = { ...defaultPolicy, coordinatingInputDays: 3 };
    const calendar = new WorkingCalendar(policy.calendar);
    const inputDue = calendar.addWorkingDays(period.due, -3);
    const assignment = (agencyId: string) =>
      server.env.client.workflow.getHandle(workflowIds.assignment(`task-coord/${year}/${agencyId}`));

    const states = await harness.run(async () => {
      const task = await server.env.client.workflow.start(taskWorkflow, {
        workflowId: workflowIds.task(period.taskId, period.period),
        taskQueue: harness.taskQueue,
        args: [{ planId: 'plan-1', taskPeriod: period, policy }],
      });
      await sleepUntil(server.env, `${addDays(inputDue, 1)}T12:00`);
      const found = {
        lead: await assignment('agency-lead').query(assignmentStateQuery),
        coordinating: await assignment('agency-coord').query(assignmentStateQuery),
      };
      await task.signal(cancelSignal, { reason: 'test over' });
      await task.result();
      return found;
    });

    expect(states.lead).toMatchObject({ due: period.due, status: 'pending' });
    expect(states.coordinating).toMatchObject({ due: inputDue, status: 'overdue' });
    expect(inputDue < period.due).toBe(true);
    const coordinatingSteps = harness.world.notices
      .filter((notice) => notice.agencyId === 'agency-coord')
      .map(({ step, due }) => [step, due]);
    expect(coordinatingSteps).toContainEqual(['due-day', inputDue]);
    expect(
      harness.world.notices.filter((notice) => notice.agencyId === 'agency-lead').map(({ due }) => due),
    ).not.toContain(inputDue);
  });
});
