import {
  ParentClosePolicy,
  condition,
  getExternalWorkflowHandle,
  patched,
  proxyActivities,
  setHandler,
  sleep,
  startChild,
} from '@temporalio/workflow';
import type { Activities } from '../apps/worker/src/activities';
import {
  ASSIGNMENT_BATCHES_PATCH,
  CALENDAR_AT_OPENING_PATCH,
  COORDINATING_INPUT_PATCH,
  INSPECTION_GRACE_PATCH,
  SMALL_BATCHES_PATCH,
  TASK_NOTICES_PATCH,
  type AssignmentOutcome,
  type TaskOutcome,
  type TaskWorkflowInput,
  cancelSignal,
  searchAttributes,
  taskPeriodSettledSignal,
  workflowIds,
} from '../libs/contracts/src';
import {
  DEFAULT_COORDINATING_INPUT_DAYS,
  DEFAULT_INSPECTION_GRACE_DAYS,
  type InspectionCandidate,
  WorkingCalendar,
  addDays,
  atLocalTime,
  coordinatingInputDue,
} from '../libs/domain/src';
import { assignmentBatchWorkflow } from './assignment-batch.workflow';
import { type OpenAssignment, assignmentCrew, failedOutcome } from './assignment-crew';
import { workflowNow } from './clock';
import { inspectionWorkflow } from './inspection.workflow';
import { sendTaskNotices } from './task-notices';

/** Temporal allows 2,000 open children per parent: tasks started before the batches of 25 hold up to this many. */
export const MAX_OPEN_ASSIGNMENTS = 500;
/**
 * The server holds a parent's lock while it starts each child: a hundred children of one parent queue and retry.
 * Batches of 25 started a plan's 3,000 assignments 1.4–1.7× as fast (docs/performance.md).
 */
export const ASSIGNMENTS_PER_BATCH = 25;

// Database work takes seconds; a short timeout means a crashed worker's activity is retried elsewhere soon.
const activities = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});

/** One task for one period: an assignment workflow per agency, then an inspection once all are accepted. */
export async function taskWorkflow(planned: TaskWorkflowInput): Promise<TaskOutcome> {
  const noticesByTask = patched(TASK_NOTICES_PATCH);
  const input = { ...(await withCalendarAsItStands(planned)), ...(noticesByTask ? { noticesByTask } : {}) };
  const { planId, taskPeriod, policy } = input;
  const coordinatingDue = patched(COORDINATING_INPUT_PATCH)
    ? coordinatingInputDue(
        taskPeriod.due,
        taskPeriod,
        policy.coordinatingInputDays ?? DEFAULT_COORDINATING_INPUT_DAYS,
        new WorkingCalendar(policy.calendar),
      )
    : undefined;
  const assignments = await activities.openTaskPeriod({ planId, ...taskPeriod, coordinatingDue });
  const crew = assignmentCrew(input);
  setHandler(cancelSignal, crew.cancel);

  let settled = false;
  const perBatch = patched(SMALL_BATCHES_PATCH) ? ASSIGNMENTS_PER_BATCH : MAX_OPEN_ASSIGNMENTS;
  const crewSettles = (
    assignments.length > perBatch && patched(ASSIGNMENT_BATCHES_PATCH)
      ? runInBatches(input, assignments, crew, perBatch)
      : crew.run(assignments, MAX_OPEN_ASSIGNMENTS)
  ).then((outcomes) => {
    settled = true;
    return outcomes;
  });
  const dues = [...new Set(assignments.map((assignment) => assignment.due ?? taskPeriod.due))];
  const running = noticesByTask
    ? Promise.all([crewSettles, sendTaskNotices(input, dues, () => settled || crew.isCancelled())]).then(
        ([outcomes]) => outcomes,
      )
    : crewSettles;
  const period = { taskId: taskPeriod.taskId, period: taskPeriod.period };

  // Not every agency reports: once the grace after the deadline is over, the inspection starts without them.
  if (patched(INSPECTION_GRACE_PATCH)) {
    const graceDays = policy.inspection.graceDays ?? DEFAULT_INSPECTION_GRACE_DAYS;
    const graceEnds = atLocalTime(addDays(taskPeriod.due, graceDays), '00:00');
    const settledInTime = await condition(() => settled, Math.max(1, graceEnds - workflowNow()));
    if (!settledInTime && !crew.isCancelled()) {
      const candidates = await activities.inspectionCandidates(period);
      const inspection = await startInspection(input, candidates);
      const outcomes = await running;
      await tellPlan(planId, { ...period, cancelled: crew.isCancelled() });
      return { ...period, outcomes, inspectionId: (await inspection.result()).inspectionId };
    }
  }

  const outcomes = await running;
  const cancelled = crew.isCancelled();
  await tellPlan(planId, { ...period, cancelled });
  const accepted = outcomes.some((outcome) => outcome.status === 'accepted');
  // A failed assignment is a defect to look into, not a reason to leave the others uninspected.
  const allSettledWell = outcomes.every((outcome) => outcome.status !== 'cancelled');
  if (cancelled || !accepted || !allSettledWell) return { ...period, outcomes, inspectionId: null };

  await sleep(`${policy.inspection.delayDays} days`);
  const inspection = await startInspection(
    input,
    outcomes
      .filter((outcome) => outcome.status === 'accepted')
      .map(({ agencyId, wasOverdue, wasReturned }) => ({ agencyId, wasOverdue, wasReturned })),
  );
  return { ...period, outcomes, inspectionId: (await inspection.result()).inspectionId };
}

/** The plan laid its periods out with the calendar of its activation; a period opening later reads today's. */
async function withCalendarAsItStands(planned: TaskWorkflowInput): Promise<TaskWorkflowInput> {
  if (!patched(CALENDAR_AT_OPENING_PATCH)) return planned;
  const calendar = await activities.loadCalendar({ year: Number(planned.taskPeriod.due.slice(0, 4)) });
  return { ...planned, policy: { ...planned.policy, calendar } };
}

/** Abandoned on close: the inspection outlives the task's own bookkeeping. */
function startInspection({ planId, taskPeriod, policy }: TaskWorkflowInput, candidates: InspectionCandidate[]) {
  return startChild(inspectionWorkflow, {
    workflowId: workflowIds.inspection(taskPeriod.taskId, taskPeriod.period, planId),
    parentClosePolicy: ParentClosePolicy.ABANDON,
    args: [
      {
        planId,
        taskId: taskPeriod.taskId,
        period: taskPeriod.period,
        candidates,
        policy: policy.inspection,
        reminders: policy.reminders,
        calendar: policy.calendar,
      },
    ],
  });
}

/** Every batch is live at once: each parents at most `perBatch` assignments, all running. */
async function runInBatches(
  input: TaskWorkflowInput,
  assignments: readonly OpenAssignment[],
  crew: ReturnType<typeof assignmentCrew>,
  perBatch: number,
): Promise<AssignmentOutcome[]> {
  const batches = Array.from({ length: Math.ceil(assignments.length / perBatch) }, (_, index) =>
    assignments.slice(index * perBatch, (index + 1) * perBatch),
  );
  const results = await Promise.all(
    batches.map(async (batch, index) => {
      if (crew.isCancelled()) return crew.run(batch);
      const workflowId = workflowIds.assignmentBatch(input.taskPeriod.taskId, input.taskPeriod.period, index + 1);
      const child = await startChild(assignmentBatchWorkflow, {
        workflowId,
        args: [{ ...input, assignments: batch }],
        typedSearchAttributes: [
          { key: searchAttributes.planId, value: input.planId },
          { key: searchAttributes.taskCode, value: input.taskPeriod.taskCode },
        ],
      });
      return crew.follow(
        workflowId,
        () => child.result(),
        () => batch.map(failedOutcome),
      );
    }),
  );
  return results.flat();
}

/** The plan may have continued as new since it started us, so it hears from us by signal, not by our result. */
async function tellPlan(planId: string, settled: { taskId: string; period: string; cancelled: boolean }) {
  try {
    await getExternalWorkflowHandle(workflowIds.plan(planId)).signal(taskPeriodSettledSignal, settled);
  } catch {
    // A task started on its own (tests, a manual re-run) has no plan workflow to tell.
  }
}
