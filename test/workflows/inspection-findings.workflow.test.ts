import { type InspectionState, inspectionStateQuery } from '@dondoc/contracts';
import { addDays } from '@dondoc/domain';
import { inspectionWorkflow } from '../../workflows';
import {
  at8,
  defaultPolicy,
  midJuneWednesday,
  sleepUntil,
  startHarness,
  testYear,
  freshTimeSkippingServer,
} from './support/workflow-harness';

describe('inspectionWorkflow: findings that do not come are reminded, then escalated like a late report', () => {
  const server = freshTimeSkippingServer();

  it('reminds before the findings are due and escalates on working days 1, 3 and 7 after', async () => {
    const start = midJuneWednesday(await testYear(server.env));
    const harness = await startHarness(server.env);
    let state: InspectionState | undefined;
    await harness.run(async () => {
      await sleepUntil(server.env, `${start}T12:00`);
      const inspection = await server.env.client.workflow.start(inspectionWorkflow, {
        workflowId: `inspection-findings-${start}`,
        taskQueue: harness.taskQueue,
        args: [
          {
            planId: 'plan-1',
            taskId: 'task-1',
            period: start.slice(0, 4),
            candidates: [{ agencyId: 'agency-a', wasOverdue: false, wasReturned: false }],
            policy: defaultPolicy.inspection,
            reminders: defaultPolicy.reminders,
            calendar: defaultPolicy.calendar,
          },
        ],
      });
      state = await inspection.query(inspectionStateQuery);
      await sleepUntil(server.env, `${addDays(state.reportDue, 12)}T12:00`);
      await inspection.terminate('test over');
    });

    // Window of 5 days from the Wednesday (to Sunday), findings due 10 days later: a Wednesday.
    const due = state!.reportDue;
    expect(due).toBe(addDays(start, 14));
    expect(harness.world.findingsReminders.map(({ step, audience, at }) => [step, audience, at])).toEqual([
      ['before-7d', 'focalPoint', at8(addDays(due, -7))],
      ['before-3d', 'focalPoint', at8(addDays(due, -5))],
      ['before-1d', 'focalPoint', at8(addDays(due, -1))],
      ['due-day', 'focalPoint', at8(due)],
      ['overdue-focal-point', 'focalPoint', at8(addDays(due, 1))],
      ['overdue-agency-head', 'head', at8(addDays(due, 5))],
      ['overdue-leadership', 'leadership', at8(addDays(due, 9))],
    ]);
  });
});
