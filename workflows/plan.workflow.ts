import {
  ApplicationFailure,
  ParentClosePolicy,
  allHandlersFinished,
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { Activities } from '../apps/worker/src/activities';
import {
  AMEND_KEEPS_PAST_PERIODS_PATCH,
  LATE_CANCEL_PATCH,
  PERIODS_OPEN_TOGETHER_PATCH,
  type PlanProgress,
  type PlanRunState,
  type PlanWorkflowInput,
  type TaskPeriod,
  type TaskPeriodState,
  amendPlanSignal,
  cancelPlanSignal,
  planProgressQuery,
  searchAttributes,
  taskPeriodSettledSignal,
  triggerTaskUpdate,
  workflowIds,
} from '../libs/contracts/src';
import { type LatePeriodChoice, atLocalTime } from '../libs/domain/src';
import { taskWorkflow } from './task.workflow';
import { workflowNow, workflowToday } from './clock';
import { tellToStop } from './stop-signal';

const activities = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' },
});

const key = (period: { taskId: string; period: string }) => `${period.taskId}|${period.period}`;

/**
 * A whole plan over its years: each task period's work starts when that period opens (not all seven years on day
 * one), one TaskWorkflow each. Task workflows are abandoned on close and report back by signal, so this history can
 * continue as new and stay bounded over a long plan.
 */
export async function planWorkflow({ planId, carried, latePeriods }: PlanWorkflowInput): Promise<PlanProgress> {
  // Answer progress queries while the schedule is still loading; other handlers wait for it (Temporal buffers them).
  let loaded: PlanRunState | undefined = carried;
  setHandler(planProgressQuery, () => progressOf(loaded));
  const run: PlanRunState = loaded ?? (await firstRun(planId, latePeriods));
  loaded = run;
  let dirty = false;
  let amendRequested = false;
  const touch = () => void (dirty = true);

  setHandler(taskPeriodSettledSignal, ({ taskId, period, cancelled }) => {
    const found = run.periods.find((candidate) => key(candidate) === key({ taskId, period }));
    if (found) found.state = cancelled ? 'cancelled' : 'settled';
    touch();
  });
  setHandler(cancelPlanSignal, async (request) => {
    run.cancelled = true;
    run.cancelReason = request.reason;
    touch();
    for (const period of run.periods) if (period.state === 'waiting') period.state = 'cancelled';
    const open = run.periods.filter((period) => period.state === 'open');
    const told = await Promise.all(open.map((period) => stopTask(period, request)));
    // A task already gone was counted cancelled here, not by its report: the loop has to look again.
    if (told.includes(false)) touch();
  });
  setHandler(amendPlanSignal, () => {
    amendRequested = true;
    touch();
  });
  setHandler(
    triggerTaskUpdate,
    ({ taskId, due }) => {
      const task = run.schedule.onRequestTasks.find((candidate) => candidate.taskId === taskId);
      run.requests += 1;
      const period: TaskPeriod & { state: TaskPeriodState } = {
        taskId,
        taskCode: task?.taskCode ?? taskId,
        period: `request-${run.requests}`,
        due,
        opens: workflowToday(),
        state: 'waiting',
      };
      run.periods.push(period);
      touch();
      return period;
    },
    {
      validator: ({ taskId, due }: { taskId: string; due: string }) => {
        if (run.cancelled) throw ApplicationFailure.nonRetryable('the plan is cancelled', 'PlanCancelled');
        if (!run.schedule.onRequestTasks.some((task) => task.taskId === taskId)) {
          throw ApplicationFailure.nonRetryable('the task is not an on-request task of this plan', 'NotOnRequest');
        }
        if (due < workflowToday()) {
          throw ApplicationFailure.nonRetryable(`the deadline ${due} is in the past`, 'DueInPast');
        }
      },
    },
  );

  for (;;) {
    if (amendRequested) {
      amendRequested = false;
      await amend(run);
    }
    await openDuePeriods(planId, run);
    const waiting = run.periods.filter((period) => period.state === 'waiting');
    const open = run.periods.some((period) => period.state === 'open');
    const acceptsRequests =
      !run.cancelled && run.schedule.onRequestTasks.length > 0 && workflowNow() < requestsCloseAt(run);
    if (!open && waiting.length === 0 && !acceptsRequests) break;
    if (workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof planWorkflow>({ planId, carried: run });
    }
    dirty = false;
    const nextOpening = Math.min(
      ...waiting.map((period) => atLocalTime(period.opens, '00:00')),
      ...(acceptsRequests ? [requestsCloseAt(run)] : []),
    );
    if (Number.isFinite(nextOpening)) await condition(() => dirty, Math.max(1, nextOpening - workflowNow()));
    else await condition(() => dirty);
  }
  await condition(allHandlersFinished);
  await activities.recordPlanStatus({ planId, status: run.cancelled ? 'cancelled' : 'completed', revision: 2 });
  return progressOf(run);
}

async function firstRun(planId: string, latePeriods: LatePeriodChoice | undefined): Promise<PlanRunState> {
  const schedule = await activities.loadPlanSchedule({ planId, latePeriods });
  await activities.recordPlanStatus({ planId, status: 'active', revision: 1 });
  return {
    schedule,
    latePeriods,
    periods: schedule.taskPeriods.map((period) => ({ ...period, state: 'waiting' as const })),
    cancelled: false,
    requests: 0,
  };
}

async function openDuePeriods(planId: string, run: PlanRunState): Promise<void> {
  const today = workflowToday();
  const isDue = (period: TaskPeriod & { state: TaskPeriodState }) =>
    period.state === 'waiting' && period.opens <= today;
  // All in one workflow task: thirty tasks opening on 1 January are one round trip to the server, not thirty.
  if (patched(PERIODS_OPEN_TOGETHER_PATCH)) {
    await Promise.all(run.periods.filter(isDue).map((period) => openPeriod(planId, run, period)));
    return;
  }
  for (const period of run.periods) if (isDue(period)) await openPeriod(planId, run, period);
}

async function openPeriod(planId: string, run: PlanRunState, period: TaskPeriod & { state: TaskPeriodState }) {
  const hearsLateCancel = patched(LATE_CANCEL_PATCH);
  try {
    await startChild(taskWorkflow, {
      workflowId: workflowIds.task(period.taskId, period.period),
      parentClosePolicy: ParentClosePolicy.ABANDON,
      args: [{ planId, taskPeriod: period, policy: run.schedule.policy }],
      typedSearchAttributes: [
        { key: searchAttributes.planId, value: planId },
        { key: searchAttributes.taskCode, value: period.taskCode },
      ],
    });
  } catch (error) {
    // Started by a run before a continue-as-new: it is open, and will signal when it settles.
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
  if (!hearsLateCancel) {
    period.state = 'open';
    return;
  }
  // A plan cancelled while the task was starting found it waiting, so did not tell it: it is told now, and stays
  // open until it reports back, like every task the cancel found running.
  const cancelledWhileStarting = period.state === 'cancelled';
  if (period.state === 'waiting' || cancelledWhileStarting) period.state = 'open';
  if (cancelledWhileStarting) await stopTask(period, { reason: run.cancelReason ?? 'the plan was cancelled' });
}

/**
 * An open task is told to stop and reports back when it has. One that has already ended (terminated by hand, say)
 * never will: it is counted cancelled now, or the plan would wait for it forever.
 */
async function stopTask(period: TaskPeriod & { state: TaskPeriodState }, request: { reason: string }) {
  const told = await tellToStop(workflowIds.task(period.taskId, period.period), request);
  if (!told) period.state = 'cancelled';
  return told;
}

/**
 * Tasks added after activation get their periods; the periods an amend removes are cancelled: those of a deleted
 * task, and those of an edited task whose new schedule no longer has them. A period whose deadline has passed is
 * not in a schedule laid out today, yet the amend did not remove it: it stays as it was.
 */
async function amend(run: PlanRunState): Promise<void> {
  const schedule = await activities.loadPlanSchedule({ planId: run.schedule.planId, latePeriods: run.latePeriods });
  const current = new Set(schedule.taskPeriods.map(key));
  const known = new Set(run.periods.map(key));
  const keepsPastPeriods = patched(AMEND_KEEPS_PAST_PERIODS_PATCH);
  const tasks = new Set(schedule.taskIds ?? []);
  const removedByAmend = (period: TaskPeriod): boolean =>
    !current.has(key(period)) &&
    !period.period.startsWith('request-') &&
    (!keepsPastPeriods || !tasks.has(period.taskId) || period.due >= workflowToday());
  for (const period of run.periods) {
    if (!removedByAmend(period)) continue;
    if (period.state === 'waiting') period.state = 'cancelled';
    if (period.state === 'open') await stopTask(period, { reason: 'task removed from the plan' });
  }
  // A cancel that came while the schedule was read has already cancelled every waiting period, and these too.
  const added = run.cancelled && patched(LATE_CANCEL_PATCH) ? 'cancelled' : 'waiting';
  for (const period of schedule.taskPeriods) {
    if (!known.has(key(period))) run.periods.push({ ...period, state: added });
  }
  run.schedule = schedule;
}

/** On-request tasks can be triggered until the plan's period ends. */
const requestsCloseAt = (run: PlanRunState): number => atLocalTime(run.schedule.endsOn, '00:00');

function progressOf(run: PlanRunState | undefined): PlanProgress {
  const periods: Record<TaskPeriodState, number> = { waiting: 0, open: 0, settled: 0, cancelled: 0 };
  for (const period of run?.periods ?? []) periods[period.state] += 1;
  return { periods, cancelled: run?.cancelled ?? false };
}
