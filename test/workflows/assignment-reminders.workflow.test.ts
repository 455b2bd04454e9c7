import { type TestWorkflowEnvironment } from '@temporalio/testing';
import { type AssignmentWorkflowInput, cancelSignal, workflowIds } from '@dondoc/contracts';
import { type IsoDate } from '@dondoc/domain';
import { assignmentWorkflow } from '../../workflows';
import { createTimeSkippingEnv } from '../support/time-skipping';
import { at8, defaultPolicy, sleepUntil, startHarness, stopHarnesses } from './support/workflow-harness';

// The test server's clock starts at the real date, so the deadlines here lie in 2027.
describe('assignmentWorkflow reminders and escalations (time-skipping, real durations)', () => {
  // A fresh server per test: its clock only moves forward, and a second worker on one server stalled its sleep.
  let env: TestWorkflowEnvironment;
  beforeEach(async () => void (env = await createTimeSkippingEnv()));
  afterEach(async () => {
    await stopHarnesses();
    await env?.teardown();
  });

  const input = (id: string, due: string): AssignmentWorkflowInput => ({
    assignmentId: id,
    planId: 'plan-1',
    taskId: 'task-1',
    taskCode: 'III.1.2',
    agencyId: 'agency-stp',
    period: '2027',
    due: due as IsoDate,
    policy: defaultPolicy.reminders,
    calendar: defaultPolicy.calendar,
  });

  async function noticesFor(due: string, until: string) {
    const harness = await startHarness(env);
    const id = `a-${due}-${Math.random().toString(36).slice(2)}`;
    await harness.run(async () => {
      const handle = await env.client.workflow.start(assignmentWorkflow, {
        workflowId: workflowIds.assignment(id),
        taskQueue: harness.taskQueue,
        args: [input(id, due)],
      });
      await sleepUntil(env, until);
      await handle.signal(cancelSignal, { reason: 'test over' });
      await handle.result();
    });
    return {
      sent: harness.world.notices.map(({ step, audience, at, daysLeft }) => ({ step, audience, at, daysLeft })),
      statuses: harness.world.statusesOf(id),
    };
  }

  it('moves reminders off the Tết 2027 break to the last working day before it', async () => {
    const { sent } = await noticesFor('2027-02-12', '2027-03-01');
    expect(sent.map(({ step, at }) => [step, at])).toEqual([
      ['before-1d', at8('2027-02-04')],
      ['due-day', at8('2027-02-12')],
      ['overdue-focal-point', at8('2027-02-15')],
      ['overdue-agency-head', at8('2027-02-17')],
      ['overdue-standing-office', at8('2027-02-23')],
    ]);
  });

  it('reminds 7, 3 and 1 days before and on the due day at 08:00, then escalates on working days 1, 3 and 7', async () => {
    const { sent, statuses } = await noticesFor('2027-03-17', '2027-04-01');
    expect(sent).toEqual([
      { step: 'before-7d', audience: 'focalPoint', at: at8('2027-03-10'), daysLeft: 7 },
      { step: 'before-3d', audience: 'focalPoint', at: at8('2027-03-12'), daysLeft: 5 },
      { step: 'before-1d', audience: 'focalPoint', at: at8('2027-03-16'), daysLeft: 1 },
      { step: 'due-day', audience: 'focalPoint', at: at8('2027-03-17'), daysLeft: 0 },
      { step: 'overdue-focal-point', audience: 'focalPoint', at: at8('2027-03-18'), daysLeft: -1 },
      { step: 'overdue-agency-head', audience: 'head', at: at8('2027-03-22'), daysLeft: -5 },
      { step: 'overdue-standing-office', audience: 'standingOffice', at: at8('2027-03-26'), daysLeft: -9 },
    ]);
    expect(statuses).toEqual(['overdue', 'cancelled']);
  });

  it('skips 30/4, 1/5 and the compensatory Monday when counting around Reunification Day 2027', async () => {
    const { sent } = await noticesFor('2027-05-04', '2027-05-20');
    expect(sent.map(({ step, at }) => [step, at])).toEqual([
      ['before-7d', at8('2027-04-27')],
      ['before-1d', at8('2027-04-29')],
      ['due-day', at8('2027-05-04')],
      ['overdue-focal-point', at8('2027-05-05')],
      ['overdue-agency-head', at8('2027-05-07')],
      ['overdue-standing-office', at8('2027-05-13')],
    ]);
  });
});
