import { log, patched, proxyActivities, startChild } from '@temporalio/workflow';
import type { Activities } from '../apps/worker/src/activities';
import {
  LATE_CANCEL_PATCH,
  type AssignmentOutcome,
  type TaskWorkflowInput,
  searchAttributes,
  workflowIds,
} from '../libs/contracts/src';
import { type IsoDate, atLocalTime } from '../libs/domain/src';
import { assignmentWorkflow } from './assignment.workflow';
import { tellToStop } from './stop-signal';

/** `due` is absent in tasks opened before coordinating agencies had their own deadline: the period's then. */
export interface OpenAssignment {
  assignmentId: string;
  agencyId: string;
  due?: IsoDate;
}

const activities = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});

/**
 * The child workflows a task period runs (assignments, or batches of them) and which are open, so a cancellation
 * reaches every one. A child that fails is an outcome like any other: its siblings carry on.
 */
export function assignmentCrew({ planId, taskPeriod, policy, noticesByTask }: TaskWorkflowInput) {
  const open = new Set<string>();
  let cancelled: { reason: string } | null = null;

  const cancel = async (request: { reason: string }): Promise<void> => {
    cancelled = request;
    // One that has already ended takes no signal; following it, the crew hears of its end from the server.
    await Promise.all([...open].map((workflowId) => tellToStop(workflowId, request)));
  };

  /** Runs a started child to its end, failure included; `failed` names what stands in for its result. */
  const follow = async <T>(workflowId: string, result: () => Promise<T>, failed: () => T): Promise<T> => {
    open.add(workflowId);
    // A cancel that came while the child was starting did not find it open: it is told now.
    if (cancelled !== null && patched(LATE_CANCEL_PATCH)) await tellToStop(workflowId, cancelled);
    try {
      return await result();
    } catch (error) {
      log.error('a child workflow failed; its siblings carry on', { workflowId, error });
      return failed();
    } finally {
      open.delete(workflowId);
    }
  };

  const runOne = async (assignment: OpenAssignment): Promise<AssignmentOutcome> => {
    if (cancelled !== null) {
      await activities.cancelAssignment({ assignmentId: assignment.assignmentId });
      return { ...outcomeOf(assignment), status: 'cancelled' };
    }
    const workflowId = workflowIds.assignment(assignment.assignmentId);
    const child = await startChild(assignmentWorkflow, {
      workflowId,
      args: [
        {
          assignmentId: assignment.assignmentId,
          agencyId: assignment.agencyId,
          planId,
          taskId: taskPeriod.taskId,
          taskCode: taskPeriod.taskCode,
          period: taskPeriod.period,
          due: assignment.due ?? taskPeriod.due,
          policy: policy.reminders,
          calendar: policy.calendar,
          ...(noticesByTask ? { noticesByTask } : {}),
        },
      ],
      typedSearchAttributes: [
        { key: searchAttributes.planId, value: planId },
        { key: searchAttributes.taskCode, value: taskPeriod.taskCode },
        { key: searchAttributes.agency, value: assignment.agencyId },
        { key: searchAttributes.status, value: 'pending' },
        { key: searchAttributes.dueDate, value: new Date(atLocalTime(assignment.due ?? taskPeriod.due, '00:00')) },
      ],
    });
    return follow(
      workflowId,
      () => child.result(),
      () => failedOutcome(assignment),
    );
  };

  /** Every assignment at once, or at most `lanes` open at a time (kept for tasks started before batches). */
  const run = async (assignments: readonly OpenAssignment[], lanes = assignments.length) => {
    const outcomes: AssignmentOutcome[] = [];
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < assignments.length) outcomes.push(await runOne(assignments[next++]));
    };
    await Promise.all(Array.from({ length: Math.min(lanes, assignments.length) }, lane));
    return outcomes;
  };

  return { cancel, follow, run, isCancelled: () => cancelled !== null };
}

const outcomeOf = ({ assignmentId, agencyId }: OpenAssignment) => ({
  assignmentId,
  agencyId,
  wasOverdue: false,
  wasReturned: false,
});

export const failedOutcome = (assignment: OpenAssignment): AssignmentOutcome => ({
  ...outcomeOf(assignment),
  status: 'failed',
});
