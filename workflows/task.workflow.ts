import {
  ParentClosePolicy,
  executeChild,
  getExternalWorkflowHandle,
  proxyActivities,
  setHandler,
  sleep,
  startChild,
} from '@temporalio/workflow';
import type { Activities } from '../apps/worker/src/activities';
import {
  type AssignmentOutcome,
  type TaskOutcome,
  type TaskWorkflowInput,
  cancelSignal,
  searchAttributes,
  taskPeriodSettledSignal,
  workflowIds,
} from '../libs/contracts/src';
import { atLocalTime } from '../libs/domain/src';
import { assignmentWorkflow } from './assignment.workflow';
import { inspectionWorkflow } from './inspection.workflow';

/** Temporal allows 2,000 open children per parent; stay well under it whatever the number of agencies. */
export const MAX_OPEN_ASSIGNMENTS = 500;

// Database work takes seconds; a short timeout means a crashed worker's activity is retried elsewhere soon.
const activities = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});

/** One task for one period: an assignment workflow per agency, then an inspection once all are accepted. */
export async function taskWorkflow({ planId, taskPeriod, policy }: TaskWorkflowInput): Promise<TaskOutcome> {
  const assignments = await activities.openTaskPeriod({ planId, ...taskPeriod });
  const outcomes: AssignmentOutcome[] = [];
  const open = new Set<string>();
  let cancelled = false;

  setHandler(cancelSignal, async (request) => {
    cancelled = true;
    await Promise.all(
      [...open].map((workflowId) => getExternalWorkflowHandle(workflowId).signal(cancelSignal, request)),
    );
  });

  const runAssignment = async (assignment: { assignmentId: string; agencyId: string }): Promise<void> => {
    if (cancelled) {
      await activities.cancelAssignment({ assignmentId: assignment.assignmentId });
      outcomes.push({ ...assignment, status: 'cancelled', wasOverdue: false, wasReturned: false });
      return;
    }
    const workflowId = workflowIds.assignment(assignment.assignmentId);
    const child = await startChild(assignmentWorkflow, {
      workflowId,
      args: [
        {
          ...assignment,
          planId,
          taskId: taskPeriod.taskId,
          taskCode: taskPeriod.taskCode,
          period: taskPeriod.period,
          due: taskPeriod.due,
          policy: policy.reminders,
          calendar: policy.calendar,
        },
      ],
      typedSearchAttributes: [
        { key: searchAttributes.planId, value: planId },
        { key: searchAttributes.taskCode, value: taskPeriod.taskCode },
        { key: searchAttributes.agency, value: assignment.agencyId },
        { key: searchAttributes.status, value: 'pending' },
        { key: searchAttributes.dueDate, value: new Date(atLocalTime(taskPeriod.due, '00:00')) },
      ],
    });
    open.add(workflowId);
    outcomes.push(await child.result());
    open.delete(workflowId);
  };

  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < assignments.length) await runAssignment(assignments[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(MAX_OPEN_ASSIGNMENTS, assignments.length) }, lane));

  await tellPlan(planId, { taskId: taskPeriod.taskId, period: taskPeriod.period, cancelled });
  const accepted = outcomes.some((outcome) => outcome.status === 'accepted');
  const allSettledWell = outcomes.every((outcome) => outcome.status !== 'cancelled');
  if (cancelled || !accepted || !allSettledWell)
    return { taskId: taskPeriod.taskId, period: taskPeriod.period, outcomes, inspectionId: null };

  await sleep(`${policy.inspection.delayDays} days`);
  const inspection = await executeChild(inspectionWorkflow, {
    workflowId: workflowIds.inspection(taskPeriod.taskId, taskPeriod.period, planId),
    parentClosePolicy: ParentClosePolicy.ABANDON,
    args: [
      {
        planId,
        taskId: taskPeriod.taskId,
        period: taskPeriod.period,
        candidates: outcomes
          .filter((outcome) => outcome.status === 'accepted')
          .map(({ agencyId, wasOverdue, wasReturned }) => ({ agencyId, wasOverdue, wasReturned })),
        policy: policy.inspection,
        reminders: policy.reminders,
        calendar: policy.calendar,
      },
    ],
  });
  return { taskId: taskPeriod.taskId, period: taskPeriod.period, outcomes, inspectionId: inspection.inspectionId };
}

/** The plan may have continued as new since it started us, so it hears from us by signal, not by our result. */
async function tellPlan(planId: string, settled: { taskId: string; period: string; cancelled: boolean }) {
  try {
    await getExternalWorkflowHandle(workflowIds.plan(planId)).signal(taskPeriodSettledSignal, settled);
  } catch {
    // A task started on its own (tests, a manual re-run) has no plan workflow to tell.
  }
}
