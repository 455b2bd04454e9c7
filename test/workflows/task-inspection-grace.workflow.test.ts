import {
  type TaskPeriod,
  cancelSignal,
  reviewUpdate,
  submitFindingsUpdate,
  submitReportUpdate,
  workflowIds,
} from '@dondoc/contracts';
import { DEFAULT_INSPECTION_GRACE_DAYS, addDays } from '@dondoc/domain';
import { taskWorkflow } from '../../workflows';
import {
  defaultPolicy,
  midJuneWednesday,
  sleepUntil,
  startHarness,
  testYear,
  reportBy,
  freshTimeSkippingServer,
} from './support/workflow-harness';

describe('taskWorkflow: the inspection starts after the grace though an agency never reports', () => {
  const server = freshTimeSkippingServer();

  it('inspects the agency that never reported first, once the grace after the deadline is over', async () => {
    const year = await testYear(server.env);
    const due = midJuneWednesday(year);
    const period: TaskPeriod = {
      taskId: 'task-grace',
      taskCode: 'II.4',
      period: String(year),
      due,
      opens: addDays(due, -60),
    };
    const harness = await startHarness(server.env);
    harness.world.agenciesByTask['task-grace'] = ['agency-reported', 'agency-silent'];
    const assignment = (agencyId: string) =>
      server.env.client.workflow.getHandle(workflowIds.assignment(`task-grace/${year}/${agencyId}`));
    const graceEnds = addDays(due, DEFAULT_INSPECTION_GRACE_DAYS);

    const outcome = await harness.run(async () => {
      const task = await server.env.client.workflow.start(taskWorkflow, {
        workflowId: workflowIds.task(period.taskId, period.period),
        taskQueue: harness.taskQueue,
        args: [{ planId: 'plan-1', taskPeriod: period, policy: defaultPolicy }],
      });
      await sleepUntil(server.env, addDays(due, -10));
      await assignment('agency-reported').executeUpdate(submitReportUpdate, { args: [reportBy('agency-reported')] });
      await assignment('agency-reported').executeUpdate(reviewUpdate, {
        args: [{ outcome: 'accepted', reviewedBy: 'coordinator' }],
      });

      await sleepUntil(server.env, `${addDays(graceEnds, -1)}T12:00`);
      expect(harness.world.inspections).toHaveLength(0);
      await sleepUntil(server.env, `${graceEnds}T12:00`);
      expect(harness.world.inspections).toHaveLength(1);

      const inspection = server.env.client.workflow.getHandle(
        workflowIds.inspection('task-grace', String(year), 'plan-1'),
      );
      await inspection.executeUpdate(submitFindingsUpdate, {
        args: [{ report: 'Sở chưa báo cáo đã được kiểm tra trực tiếp.', submittedBy: 'inspector-1' }],
      });
      await task.signal(cancelSignal, { reason: 'kỳ báo cáo kết thúc' });
      return task.result();
    });

    const [scheduled] = harness.world.inspections;
    expect(scheduled.teams.flatMap((team) => team.agencyIds)).toEqual(['agency-silent', 'agency-reported']);
    expect(Date.parse(scheduled.at)).toBeGreaterThanOrEqual(Date.parse(`${graceEnds}T00:00:00+07:00`));
    expect(outcome.inspectionId).toBe('inspection-1');
    expect(outcome.outcomes.map(({ agencyId, status }) => [agencyId, status]).sort()).toEqual([
      ['agency-reported', 'accepted'],
      ['agency-silent', 'cancelled'],
    ]);
  });
});
