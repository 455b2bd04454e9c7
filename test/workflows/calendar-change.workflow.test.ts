import { type AnnouncedAdjustments, type IsoDate, addDays } from '@dondoc/domain';
import { type AssignmentWorkflowInput, calendarChangedSignal, cancelSignal, workflowIds } from '@dondoc/contracts';
import { assignmentWorkflow } from '../../workflows';
import {
  at8,
  defaultPolicy,
  midJuneWednesday,
  periodDue,
  sleepUntil,
  startHarness,
  testYear,
  freshTimeSkippingServer,
} from './support/workflow-harness';

describe('the calendar as an administrator changes it reaches running work', () => {
  const server = freshTimeSkippingServer();

  /** The default table with one more day off: the Tuesday before the Wednesday deadline. */
  const withTuesdayOff = (due: IsoDate): AnnouncedAdjustments => ({
    ...defaultPolicy.calendar,
    [Number(due.slice(0, 4))]: { extraDaysOff: [addDays(due, -1)] },
  });

  it('re-plans the reminders still to come of a running assignment, and sends none twice', async () => {
    const due = midJuneWednesday(await testYear(server.env));
    const harness = await startHarness(server.env);
    const id = 'calendar-change-1';
    const input: AssignmentWorkflowInput = {
      assignmentId: id,
      planId: 'plan-1',
      taskId: 'task-1',
      taskCode: '2.1',
      agencyId: 'agency-a',
      period: due.slice(0, 4),
      due,
      policy: defaultPolicy.reminders,
      calendar: defaultPolicy.calendar,
    };
    await harness.run(async () => {
      await sleepUntil(server.env, addDays(due, -10));
      const handle = await server.env.client.workflow.start(assignmentWorkflow, {
        workflowId: workflowIds.assignment(id),
        taskQueue: harness.taskQueue,
        args: [input],
      });
      await sleepUntil(server.env, `${addDays(due, -7)}T12:00`); // the 7-day reminder is out
      await handle.signal(calendarChangedSignal, { calendar: withTuesdayOff(due) });
      await sleepUntil(server.env, `${due}T12:00`);
      await handle.signal(cancelSignal, { reason: 'test over' });
      await handle.result();
    });

    expect(harness.world.notices.map(({ step, at }) => [step, at])).toEqual([
      ['before-7d', at8(addDays(due, -7))],
      ['before-3d', at8(addDays(due, -5))], // Sunday: the Friday before
      ['before-1d', at8(addDays(due, -2))], // the Tuesday is now off: the Monday
      ['due-day', at8(due)],
    ]);
  });

  it('opens a period with the calendar as it stands then, not as it stood when the plan was activated', async () => {
    const due = midJuneWednesday(await testYear(server.env));
    const harness = await startHarness(server.env);
    harness.world.agenciesByTask['task-c'] = ['agency-a'];
    harness.world.calendar = withTuesdayOff(due);
    const period = periodDue('task-c', '2.2', due);
    await harness.run(async () => {
      await sleepUntil(server.env, addDays(due, -10));
      const task = await harness.startTask(period);
      await sleepUntil(server.env, `${addDays(due, -1)}T12:00`);
      await task.signal(cancelSignal, { reason: 'test over' });
      await task.result();
    });

    expect(harness.world.notices.find((notice) => notice.step === 'before-1d')?.at).toBe(at8(addDays(due, -2)));
  });

  it('re-plans the notices a task sends for its first deadline', async () => {
    const due = midJuneWednesday(await testYear(server.env));
    const harness = await startHarness(server.env);
    harness.world.agenciesByTask['task-t'] = ['agency-a', 'agency-b'];
    const period = periodDue('task-t', '2.3', due);
    await harness.run(async () => {
      await sleepUntil(server.env, addDays(due, -10));
      const task = await harness.startTask(period);
      await sleepUntil(server.env, `${addDays(due, -7)}T12:00`);
      await task.signal(calendarChangedSignal, { calendar: withTuesdayOff(due) });
      await sleepUntil(server.env, `${due}T12:00`);
      await task.signal(cancelSignal, { reason: 'test over' });
      await task.result();
    });

    expect(harness.world.taskNotices.map(({ step, at }) => [step, at])).toEqual([
      ['before-7d', at8(addDays(due, -7))],
      ['before-3d', at8(addDays(due, -5))],
      ['before-1d', at8(addDays(due, -2))],
      ['due-day', at8(due)],
    ]);
    expect(
      harness.world.notices.filter((notice) => notice.step === 'before-1d').map(({ agencyId, at }) => [agencyId, at]),
    ).toEqual([
      ['agency-a', at8(addDays(due, -2))],
      ['agency-b', at8(addDays(due, -2))],
    ]);
  });
});
