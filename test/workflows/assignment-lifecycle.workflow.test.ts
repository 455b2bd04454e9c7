import { type TestWorkflowEnvironment } from '@temporalio/testing';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import {
  type AssignmentWorkflowInput,
  cancelSignal,
  extendDeadlineUpdate,
  reassignUpdate,
  reviewUpdate,
  submitReportUpdate,
  waiveUpdate,
  workflowIds,
} from '@dondoc/contracts';
import { type IsoDate, addDays } from '@dondoc/domain';
import { assignmentWorkflow } from '../../workflows';
import {
  at8,
  defaultPolicy,
  midJuneWednesday,
  sleepUntil,
  startHarness,
  testYear,
  reportBy,
  freshTimeSkippingServer,
} from './support/workflow-harness';

const report = (agencyId = 'agency-stp') =>
  reportBy(agencyId, 'Đã tổ chức 12 hội nghị phổ biến pháp luật cho 1.450 lượt người.');

describe('assignmentWorkflow: submission, review, extension, waiver, reassignment, cancellation', () => {
  const server = freshTimeSkippingServer();

  /** A deadline on a Wednesday with no holiday within weeks of it; tests count their dates from it. */
  const plainDeadline = async (): Promise<IsoDate> => midJuneWednesday(await testYear(server.env));

  async function withAssignment(due: IsoDate, body: (handle: AssignmentHandle, world: World) => Promise<void>) {
    const harness = await startHarness(server.env);
    const id = `a-${Math.random().toString(36).slice(2)}`;
    const input: AssignmentWorkflowInput = {
      assignmentId: id,
      planId: 'plan-1',
      taskId: 'task-1',
      taskCode: 'III.2.1',
      agencyId: 'agency-stp',
      period: due.slice(0, 4),
      due,
      policy: defaultPolicy.reminders,
      calendar: defaultPolicy.calendar,
    };
    await harness.run(async () => {
      const handle = await server.env.client.workflow.start(assignmentWorkflow, {
        workflowId: workflowIds.assignment(id),
        taskQueue: harness.taskQueue,
        args: [input],
      });
      await body(handle, harness.world);
    });
    return { id, world: harness.world };
  }
  type AssignmentHandle = Awaited<ReturnType<TestWorkflowEnvironment['client']['workflow']['start']>>;
  type World = Awaited<ReturnType<typeof startHarness>>['world'];

  it('returns a report with a new deadline, restarts reminders for it, then accepts the resubmission', async () => {
    const due = await plainDeadline();
    const newDue = addDays(due, 14);
    const { id, world } = await withAssignment(due, async (handle) => {
      await sleepUntil(server.env, addDays(due, -6));
      await expect(handle.executeUpdate(submitReportUpdate, { args: [report()] })).resolves.toEqual({
        version: 1,
        status: 'submitted',
      });
      await handle.executeUpdate(reviewUpdate, {
        args: [
          {
            outcome: 'returned',
            reviewedBy: 'coordinator-1',
            comment: 'Thiếu số liệu',
            newDue,
          },
        ],
      });
      await sleepUntil(server.env, newDue);
      await handle.executeUpdate(submitReportUpdate, { args: [report()] });
      const final = await handle.executeUpdate(reviewUpdate, {
        args: [{ outcome: 'accepted', reviewedBy: 'coordinator-1' }],
      });
      expect(final).toMatchObject({ status: 'accepted', deadlineVersion: 2, submissions: 2, wasReturned: true });
      await expect(handle.result()).resolves.toMatchObject({
        status: 'accepted',
        wasReturned: true,
        wasOverdue: false,
      });
    });
    // Before the return only D-7 had gone out; afterwards reminders follow the new deadline two weeks later until
    // resubmission (its D-3 is a Sunday, so that one goes out on the Friday before).
    expect(world.notices.map((notice) => [notice.step, notice.deadlineVersion, notice.at])).toEqual([
      ['before-7d', 1, at8(addDays(due, -7))],
      ['before-7d', 2, at8(addDays(newDue, -7))],
      ['before-3d', 2, at8(addDays(newDue, -5))],
      ['before-1d', 2, at8(addDays(newDue, -1))],
    ]);
    expect(world.submissions.map((submission) => submission.version)).toEqual([1, 2]);
    expect(world.reviews.map((review) => review.outcome)).toEqual(['returned', 'accepted']);
    expect(world.statusesOf(id)).toEqual(['submitted', 'returned', 'submitted', 'accepted']);
  });

  it('extends an overdue deadline: the status leaves overdue and reminders follow the new date only', async () => {
    const due = await plainDeadline();
    const newDue = addDays(due, 23); // a Friday
    const { world } = await withAssignment(due, async (handle) => {
      await sleepUntil(server.env, addDays(due, 2));
      await handle.executeUpdate(extendDeadlineUpdate, { args: [{ newDue, reason: 'Sáp nhập đơn vị' }] });
      await sleepUntil(server.env, `${newDue}T12:00`); // after the due-day reminder, before it turns overdue
      await handle.signal(cancelSignal, { reason: 'test over' });
      await handle.result();
    });
    const afterExtension = world.notices
      .filter((notice) => notice.deadlineVersion === 2)
      .map((notice) => [notice.step, notice.at]);
    expect(afterExtension).toEqual([
      ['before-7d', at8(addDays(newDue, -7))],
      ['before-3d', at8(addDays(newDue, -3))],
      ['before-1d', at8(addDays(newDue, -1))],
      ['due-day', at8(newDue)],
    ]);
  });

  it('stops reminding once waived, and refuses a later submission with the reason', async () => {
    const { world } = await withAssignment(await plainDeadline(), async (handle) => {
      await handle.executeUpdate(waiveUpdate, { args: [{ reason: 'Không phát sinh nhiệm vụ' }] });
      await expect(handle.result()).resolves.toMatchObject({ status: 'waived' });
      await expect(handle.executeUpdate(submitReportUpdate, { args: [report()] })).rejects.toThrow();
    });
    expect(world.notices).toEqual([]);
  });

  it('refuses a report from an agency that is not the assignee, and a review with nothing submitted', async () => {
    await withAssignment(await plainDeadline(), async (handle) => {
      const wrongAgency = handle.executeUpdate(submitReportUpdate, { args: [report('agency-other')] });
      await expect(wrongAgency).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
      await expect(wrongAgency.catch((error: WorkflowUpdateFailedError) => String(error.cause?.message))).resolves.toBe(
        'your agency is not the assignee of this task',
      );
      const review = handle.executeUpdate(reviewUpdate, { args: [{ outcome: 'accepted', reviewedBy: 'c' }] });
      await expect(review.catch((error: WorkflowUpdateFailedError) => String(error.cause?.message))).resolves.toBe(
        'there is no report awaiting review',
      );
      await handle.signal(cancelSignal, { reason: 'test over' });
      await handle.result();
    });
  });

  it('reassigns to another agency, whose reminders start afresh and who alone may submit', async () => {
    const due = await plainDeadline();
    const { world } = await withAssignment(due, async (handle) => {
      await sleepUntil(server.env, addDays(due, -6));
      await handle.executeUpdate(reassignUpdate, {
        args: [{ agencyId: 'agency-svhttdl', reason: 'Đổi cơ quan chủ trì' }],
      });
      await expect(handle.executeUpdate(submitReportUpdate, { args: [report('agency-stp')] })).rejects.toThrow();
      await sleepUntil(server.env, due);
      await handle.executeUpdate(submitReportUpdate, { args: [report('agency-svhttdl')] });
      await handle.executeUpdate(reviewUpdate, { args: [{ outcome: 'accepted', reviewedBy: 'c' }] });
      await expect(handle.result()).resolves.toMatchObject({ agencyId: 'agency-svhttdl', status: 'accepted' });
    });
    expect(world.notices.map((notice) => [notice.agencyId, notice.step])).toEqual([
      ['agency-stp', 'before-7d'],
      ['agency-svhttdl', 'before-3d'],
      ['agency-svhttdl', 'before-1d'],
    ]);
  });

  it('cancelled mid-flight, sends nothing more', async () => {
    const due = await plainDeadline();
    const { id, world } = await withAssignment(due, async (handle) => {
      await sleepUntil(server.env, addDays(due, -6));
      await handle.signal(cancelSignal, { reason: 'Kế hoạch bị hủy' });
      await expect(handle.result()).resolves.toMatchObject({ status: 'cancelled' });
    });
    expect(world.notices.map((notice) => notice.step)).toEqual(['before-7d']);
    expect(world.statusesOf(id)).toEqual(['cancelled']);
  });
});
