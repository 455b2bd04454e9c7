import {
  type AssignmentState,
  type AssignmentStateChange,
  type AssignmentWorkflowInput,
  reviewUpdate,
  submitReportUpdate,
  workflowIds,
} from '@dondoc/contracts';
import {
  type AssignmentEvent,
  BucketCounter,
  type IsoDate,
  WorkingCalendar,
  addDays,
  classify,
  endOfLocalDay,
  snapshotOf,
} from '@dondoc/domain';
import { assignmentWorkflow } from '../../workflows';
import { type FakeWorld } from './support/fake-activities';
import {
  defaultPolicy,
  freshTimeSkippingServer,
  midJuneWednesday,
  reportBy,
  sleepUntil,
  startHarness,
  testYear,
} from './support/workflow-harness';

const AGENCIES = ['early', 'silent', 'late'] as const;

/** An assignment's history as the database keeps it: opened, then one event per state written and notice sent. */
function eventsOf(world: FakeWorld, id: string, agencyId: string, due: IsoDate, openedAt: number): AssignmentEvent[] {
  const opened: AssignmentEvent = {
    action: 'opened',
    at: openedAt,
    toStatus: 'pending',
    agencyId,
    dueDate: due,
    deadlineVersion: 1,
  };
  const written = (world.states.get(id) ?? []).map((state) => {
    const { change } = state as AssignmentState & { change: AssignmentStateChange };
    return {
      action: change.action,
      at: change.at,
      toStatus: state.status,
      agencyId: state.agencyId,
      dueDate: state.due,
      deadlineVersion: state.deadlineVersion,
    };
  });
  const noticed = world.notices
    .filter((notice) => notice.assignmentId === id)
    .map((notice) => ({
      action: notice.kind === 'reminder' ? ('reminded' as const) : ('escalated' as const),
      at: Date.parse(notice.at),
      toStatus: notice.status!,
      agencyId,
      dueDate: notice.due,
      deadlineVersion: notice.deadlineVersion,
    }));
  return [opened, ...written, ...noticed].sort((a, b) => a.at - b.at);
}

describe('status as of any day, from the events real workflows write', () => {
  const server = freshTimeSkippingServer();

  it('answers each day of a played-out period with what had happened by its end', async () => {
    const due = midJuneWednesday(await testYear(server.env));
    const harness = await startHarness(server.env);
    const openedAt = await server.env.currentTimeMs();
    const ids = Object.fromEntries(AGENCIES.map((agency) => [agency, `a-${agency}-${Math.random().toString(36)}`]));
    await harness.run(async () => {
      const handles = Object.fromEntries(
        await Promise.all(
          AGENCIES.map(async (agencyId) => {
            const input: AssignmentWorkflowInput = {
              assignmentId: ids[agencyId],
              planId: 'plan-1',
              taskId: 'task-1',
              taskCode: 'II.1',
              agencyId,
              period: due.slice(0, 4),
              due,
              policy: defaultPolicy.reminders,
              calendar: defaultPolicy.calendar,
            };
            const handle = await server.env.client.workflow.start(assignmentWorkflow, {
              workflowId: workflowIds.assignment(ids[agencyId]),
              taskQueue: harness.taskQueue,
              args: [input],
            });
            return [agencyId, handle] as const;
          }),
        ),
      );
      await sleepUntil(server.env, `${addDays(due, -2)}T10:00`);
      await handles.early.executeUpdate(submitReportUpdate, { args: [reportBy('early')] });
      await sleepUntil(server.env, `${addDays(due, -1)}T10:00`);
      await handles.early.executeUpdate(reviewUpdate, {
        args: [{ outcome: 'returned', reviewedBy: 'coordinator-1', newDue: addDays(due, 7) }],
      });
      await sleepUntil(server.env, `${addDays(due, 3)}T10:00`);
      await handles.late.executeUpdate(submitReportUpdate, { args: [reportBy('late')] });
      await sleepUntil(server.env, `${addDays(due, 6)}T10:00`);
      await handles.early.executeUpdate(submitReportUpdate, { args: [reportBy('early')] });
      await handles.early.executeUpdate(reviewUpdate, { args: [{ outcome: 'accepted', reviewedBy: 'coordinator-1' }] });
      await sleepUntil(server.env, `${addDays(due, 8)}T10:00`);
    });

    const calendar = new WorkingCalendar(defaultPolicy.calendar);
    const histories = AGENCIES.map((agencyId) => eventsOf(harness.world, ids[agencyId], agencyId, due, openedAt));
    const figuresOn = (day: IsoDate) => {
      const counter = new BucketCounter();
      const buckets = histories.map((events) => {
        const snapshot = snapshotOf(events, endOfLocalDay(day))!;
        const classified = classify(snapshot, day, calendar);
        counter.add(classified, snapshot);
        return `${classified.bucket}${classified.late.calendar ? `+${classified.late.calendar}` : ''}`;
      });
      const { buckets: tally } = counter.finish();
      return { buckets, onTime: tally.doneOnTime.count, overdue: tally.openOverdue.count };
    };

    // [early, silent, late]; due is a Wednesday, so D+1…D+2 are working days and D+3 a Saturday.
    expect(figuresOn(addDays(due, -3))).toEqual({
      buckets: ['openInTime', 'openInTime', 'openInTime'],
      onTime: 0,
      overdue: 0,
    });
    expect(figuresOn(addDays(due, -2)).buckets).toEqual(['doneOnTime', 'openInTime', 'openInTime']);
    expect(figuresOn(addDays(due, -1)).buckets).toEqual(['openInTime', 'openInTime', 'openInTime']);
    expect(figuresOn(due).buckets).toEqual(['openInTime', 'openInTime', 'openInTime']);
    expect(figuresOn(addDays(due, 2))).toEqual({
      buckets: ['openInTime', 'openOverdue+2', 'openOverdue+2'],
      onTime: 0,
      overdue: 2,
    });
    expect(figuresOn(addDays(due, 3)).buckets).toEqual(['openInTime', 'openOverdue+3', 'doneLate+3']);
    expect(figuresOn(addDays(due, 8))).toEqual({
      buckets: ['doneOnTime', 'openOverdue+8', 'doneLate+3'],
      onTime: 1,
      overdue: 1,
    });
    // The events agree with what the workflows did: the silent agency went overdue once, and was reminded.
    const silent = histories[1].map((event) => event.action);
    expect(silent.filter((action) => action === 'overdue')).toHaveLength(1);
    expect(silent).toContain('reminded');
  });
});
