import {
  type TaskPeriod,
  inspectionStateQuery,
  reviewUpdate,
  submitFindingsUpdate,
  submitReportUpdate,
  workflowIds,
} from '@dondoc/contracts';
import { type IsoDate, addDays, isoDate, localDateOf } from '@dondoc/domain';
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

const DAY = 86_400_000;
describe('taskWorkflow: one assignment per agency, then the inspection ten days after the last acceptance', () => {
  const server = freshTimeSkippingServer();

  // The year's period, due on a Wednesday with no holiday within weeks of it; dates are counted from the deadline.
  async function yearPeriod(): Promise<TaskPeriod> {
    const year = await testYear(server.env);
    return {
      taskId: 'task-1',
      taskCode: 'III.4.2.a',
      period: String(year),
      due: midJuneWednesday(year),
      opens: isoDate(year, 1, 1),
    };
  }
  const assignmentOf = (period: TaskPeriod) => (agencyId: string) =>
    server.env.client.workflow.getHandle(workflowIds.assignment(`task-1/${period.period}/${agencyId}`));

  it('inspects exactly 10 days after the last acceptance, drawing the overdue and returned agencies first', async () => {
    const period = await yearPeriod();
    const { due } = period;
    const assignment = assignmentOf(period);
    const harness = await startHarness(server.env);
    harness.world.agenciesByTask['task-1'] = ['agency-a', 'agency-b', 'agency-c'];
    let acceptedAt = 0;
    let findingsOn = '' as IsoDate;
    let consolidated: string | undefined;
    const outcome = await harness.run(async () => {
      const task = await server.env.client.workflow.start(taskWorkflow, {
        workflowId: workflowIds.task(period.taskId, period.period),
        taskQueue: harness.taskQueue,
        args: [{ planId: 'plan-1', taskPeriod: period, policy: defaultPolicy }],
      });
      await sleepUntil(server.env, addDays(due, -7));
      await assignment('agency-a').executeUpdate(submitReportUpdate, { args: [reportBy('agency-a')] });
      await assignment('agency-a').executeUpdate(reviewUpdate, { args: [{ outcome: 'accepted', reviewedBy: 'c' }] });
      await assignment('agency-c').executeUpdate(submitReportUpdate, { args: [reportBy('agency-c')] });
      await assignment('agency-c').executeUpdate(reviewUpdate, {
        args: [{ outcome: 'returned', reviewedBy: 'c', newDue: addDays(due, 7) }],
      });
      await sleepUntil(server.env, addDays(due, 5)); // the Monday after: agency-b is overdue by now
      await assignment('agency-c').executeUpdate(submitReportUpdate, { args: [reportBy('agency-c')] });
      await assignment('agency-c').executeUpdate(reviewUpdate, { args: [{ outcome: 'accepted', reviewedBy: 'c' }] });
      await assignment('agency-b').executeUpdate(submitReportUpdate, { args: [reportBy('agency-b')] });
      await assignment('agency-b').executeUpdate(reviewUpdate, { args: [{ outcome: 'accepted', reviewedBy: 'c' }] });
      // An accepted assignment still tells its agency before it ends; only then does the task count it. Polled
      // in real time (awaiting a result would let the test server skip the clock ahead meanwhile).
      for (const agencyId of ['agency-a', 'agency-b', 'agency-c']) {
        for (let tries = 0; (await assignment(agencyId).describe()).status.name !== 'COMPLETED'; tries += 1) {
          if (tries > 200) throw new Error(`assignment of ${agencyId} did not complete`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
      acceptedAt = await server.env.currentTimeMs();

      await sleepUntil(server.env, addDays(due, 16));
      const inspection = server.env.client.workflow.getHandle(
        workflowIds.inspection('task-1', period.period, 'plan-1'),
      );
      const state = await inspection.query(inspectionStateQuery);
      expect(state.stage).toBe('notified');
      await inspection.executeUpdate(submitFindingsUpdate, {
        args: [{ report: 'Các đơn vị thực hiện đầy đủ; Sở B chậm báo cáo.', submittedBy: 'inspector-1' }],
      });
      findingsOn = localDateOf(await server.env.currentTimeMs());
      const outcome = await task.result();
      // The standing office's consolidated report runs on as an assignment of its own.
      consolidated = (
        await server.env.client.workflow.getHandle(workflowIds.assignment('inspection-1/tong-hop')).describe()
      ).status.name;
      return outcome;
    });

    expect(
      outcome.outcomes.map(({ agencyId, status, wasOverdue, wasReturned }) => ({
        agencyId,
        status,
        wasOverdue,
        wasReturned,
      })),
    ).toEqual(
      expect.arrayContaining([
        { agencyId: 'agency-a', status: 'accepted', wasOverdue: false, wasReturned: false },
        { agencyId: 'agency-b', status: 'accepted', wasOverdue: true, wasReturned: false },
        { agencyId: 'agency-c', status: 'accepted', wasOverdue: false, wasReturned: true },
      ]),
    );
    const [scheduled] = harness.world.inspections;
    expect(harness.world.inspections).toHaveLength(1);
    expect(Math.abs(Date.parse(scheduled.at) - (acceptedAt + 10 * DAY))).toBeLessThan(60_000);
    expect(scheduled.teams.flatMap((team) => team.agencyIds).slice(0, 2)).toEqual(['agency-b', 'agency-c']);
    expect(scheduled.teams.flatMap((team) => team.agencyIds)).toContain('agency-a');
    expect(outcome.inspectionId).toBe('inspection-1');
    expect(harness.world.consolidatedReportsDue).toBe(1);
    expect(harness.world.consolidatedReports.map(({ inspectionId, due }) => [inspectionId, due])).toEqual([
      ['inspection-1', addDays(findingsOn, 10)],
    ]);
    expect(consolidated).toBe('RUNNING');
  });

  it('starts no inspection when the period is cancelled', async () => {
    const period = await yearPeriod();
    const harness = await startHarness(server.env);
    harness.world.agenciesByTask['task-1'] = ['agency-a'];
    const outcome = await harness.run(async () => {
      const task = await server.env.client.workflow.start(taskWorkflow, {
        workflowId: workflowIds.task(period.taskId, period.period),
        taskQueue: harness.taskQueue,
        args: [{ planId: 'plan-1', taskPeriod: period, policy: defaultPolicy }],
      });
      await sleepUntil(server.env, addDays(period.due, -16));
      await task.signal('cancel', { reason: 'Kế hoạch bị hủy' });
      return task.result();
    });
    expect(outcome).toMatchObject({ inspectionId: null, outcomes: [{ agencyId: 'agency-a', status: 'cancelled' }] });
    expect(harness.world.inspections).toEqual([]);
  });
});
