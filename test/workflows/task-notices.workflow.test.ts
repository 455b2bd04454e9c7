import {
  assignmentStateQuery,
  cancelSignal,
  extendDeadlineUpdate,
  submitReportUpdate,
  workflowIds,
} from '@dondoc/contracts';
import { addDays } from '@dondoc/domain';
import {
  at8,
  midJuneWednesday,
  periodDue,
  reportBy,
  sleepUntil,
  startHarness,
  testYear,
  freshTimeSkippingServer,
} from './support/workflow-harness';

describe('taskWorkflow: the notices of the first deadline go out from the task, to every agency at once', () => {
  const server = freshTimeSkippingServer();

  it('sends each once, to the agencies still at work, and leaves a moved deadline’s to its assignment', async () => {
    const due = midJuneWednesday(await testYear(server.env));
    const newDue = addDays(due, 7);
    const harness = await startHarness(server.env);
    const period = periodDue('task-n', '1.1', due);
    harness.world.agenciesByTask['task-n'] = ['agency-a', 'agency-b', 'agency-c'];
    const assignment = (agencyId: string) =>
      server.env.client.workflow.getHandle(workflowIds.assignment(`task-n/${period.period}/${agencyId}`));

    const states = await harness.run(async () => {
      await sleepUntil(server.env, addDays(due, -10));
      const task = await harness.startTask(period);
      await sleepUntil(server.env, `${addDays(due, -7)}T12:00`); // the 7-day reminder is out to all three
      await assignment('agency-b').executeUpdate(submitReportUpdate, { args: [reportBy('agency-b')] });
      await assignment('agency-c').executeUpdate(extendDeadlineUpdate, { args: [{ newDue, reason: 'Xin gia hạn' }] });
      await sleepUntil(server.env, `${due}T12:00`);
      const found = await Promise.all(
        ['agency-a', 'agency-b', 'agency-c'].map((id) => assignment(id).query(assignmentStateQuery)),
      );
      await task.signal(cancelSignal, { reason: 'test over' });
      await task.result();
      return found;
    });

    expect(states.map(({ status, deadlineVersion }) => [status, deadlineVersion])).toEqual([
      ['pending', 1],
      ['submitted', 1],
      ['pending', 2],
    ]);
    expect(harness.world.taskNotices.map(({ step, at }) => [step, at])).toEqual([
      ['before-7d', at8(addDays(due, -7))],
      ['before-3d', at8(addDays(due, -5))], // Sunday: the Friday before
      ['before-1d', at8(addDays(due, -1))],
      ['due-day', at8(due)],
    ]);
    const sentTo = (agencyId: string) =>
      harness.world.notices
        .filter((notice) => notice.agencyId === agencyId)
        .map(({ step, deadlineVersion, at }) => [step, deadlineVersion, at]);
    expect(sentTo('agency-a')).toEqual([
      ['before-7d', 1, at8(addDays(due, -7))],
      ['before-3d', 1, at8(addDays(due, -5))],
      ['before-1d', 1, at8(addDays(due, -1))],
      ['due-day', 1, at8(due)],
    ]);
    expect(sentTo('agency-b')).toEqual([['before-7d', 1, at8(addDays(due, -7))]]);
    // The extended deadline's own series, from its assignment: its 7-day reminder falls on the first deadline.
    expect(sentTo('agency-c')).toEqual([
      ['before-7d', 1, at8(addDays(due, -7))],
      ['before-7d', 2, at8(addDays(newDue, -7))],
    ]);
  });
});
