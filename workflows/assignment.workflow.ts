import {
  allHandlersFinished,
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  proxyLocalActivities,
  type RetryPolicy,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../apps/worker/src/activities';
import {
  AGENCY_TIDINGS_PATCH,
  LOCAL_NOTICES_PATCH,
  MISSED_NOTICE_PATCH,
  type AgencyTidings,
  type AssignmentOutcome,
  type AssignmentState,
  type AssignmentStateChange,
  type AssignmentStatus,
  type AssignmentWorkflowInput,
  type ReviewRequest,
  type SubmitReportRequest,
  UNREMINDED_STATUSES,
  assignmentStateQuery,
  calendarChangedSignal,
  cancelSignal,
  extendDeadlineUpdate,
  reassignUpdate,
  reviewUpdate,
  searchAttributes,
  submitReportUpdate,
  waiveUpdate,
} from '../libs/contracts/src';
import { type IsoDate, WorkingCalendar, atLocalTime } from '../libs/domain/src';
import {
  isSettled,
  validateExtend,
  validateReassign,
  validateReview,
  validateSubmit,
  whileOpen,
} from './assignment.rules';
import { extended, initialState, nextWake, reassigned, reviewed, submitted } from './assignment.transitions';
import { workflowNow, workflowToday } from './clock';

const retry: RetryPolicy = { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes' };
const activities = proxyActivities<Activities>({ startToCloseTimeout: '1 minute', retry });
// A mail takes milliseconds and is keyed in the outbox, so a retry by the next worker after a crash sends none twice.
const localActivities = proxyLocalActivities<Activities>({ startToCloseTimeout: '1 minute', retry });
const mailing = () => (patched(LOCAL_NOTICES_PATCH) ? localActivities : activities);

/**
 * One agency's work on one task for one period: remind before the deadline, escalate after it, take the report,
 * wait for the coordinator's review. The database mirrors every state change; this workflow is its only writer.
 */
export async function assignmentWorkflow(input: AssignmentWorkflowInput): Promise<AssignmentOutcome> {
  let announced = input.calendar;
  let calendar = new WorkingCalendar(announced);
  const state: AssignmentState = input.carried ?? initialState(input);
  let changed = false;
  const tell = (tidings: AgencyTidings): void => {
    if (!patched(AGENCY_TIDINGS_PATCH)) return;
    (state.untold ??= []).push(tidings);
    changed = true;
  };
  // Told in the loop, not in the handlers: an update answers without waiting for the mail server.
  const tellAgency = async (): Promise<void> => {
    for (let tidings = state.untold?.[0]; tidings; tidings = state.untold?.[0]) {
      await mailing().notifyAgency({
        assignmentId: input.assignmentId,
        agencyId: state.agencyId,
        due: state.due,
        deadlineVersion: state.deadlineVersion,
        ...tidings,
      });
      state.untold?.shift();
    }
  };
  if (!input.carried) tell({ event: 'assigned' });

  // The status changes at once (so a concurrent update sees it); the database follows through the activity.
  const setStatus = (status: AssignmentStatus): void => {
    state.status = status;
    changed = true;
    upsertSearchAttributes([
      { key: searchAttributes.status, value: status },
      { key: searchAttributes.agency, value: state.agencyId },
      { key: searchAttributes.dueDate, value: new Date(atLocalTime(state.due, '00:00')) },
    ]);
  };
  const persist = (change: Omit<AssignmentStateChange, 'at'>) => {
    state.revision = (state.revision ?? 0) + 1;
    return activities.recordAssignmentState({
      assignmentId: input.assignmentId,
      ...state,
      change: { ...change, at: workflowNow() },
    });
  };
  const record = async (status: AssignmentStatus, change: Omit<AssignmentStateChange, 'at'>): Promise<void> => {
    setStatus(status);
    await persist(change);
  };

  setHandler(assignmentStateQuery, () => state);
  setHandler(calendarChangedSignal, (change) => {
    announced = change.calendar;
    calendar = new WorkingCalendar(announced);
    changed = true;
  });
  // Awaited, so allHandlersFinished holds the workflow open until the cancellation is written.
  setHandler(cancelSignal, async ({ reason, by }) => {
    if (!isSettled(state)) await record('cancelled', { action: 'cancelled', note: reason, by });
  });
  setHandler(
    submitReportUpdate,
    async (request) => {
      const { status, ...counted } = submitted(state);
      Object.assign(state, counted);
      const version = state.submissions;
      setStatus(status);
      await activities.recordSubmission({ assignmentId: input.assignmentId, version, ...request });
      await persist({
        action: 'submitted',
        by: { userId: request.submittedBy, email: request.submittedByEmail ?? null },
        note: `v${version}`,
      });
      tell({ event: 'receipt', version });
      return { version, status: state.status };
    },
    { validator: (request: SubmitReportRequest) => validateSubmit(state, request) },
  );
  setHandler(
    reviewUpdate,
    async (review) => {
      const { status, ...outcome } = reviewed(state, review);
      Object.assign(state, outcome);
      await activities.recordReview({ assignmentId: input.assignmentId, version: state.submissions, ...review });
      await record(status, {
        action: review.outcome,
        by: { userId: review.reviewedBy, email: review.reviewedByEmail ?? null },
        note: review.comment,
      });
      tell({ event: review.outcome, version: state.submissions });
      return state;
    },
    { validator: (review: ReviewRequest) => validateReview(state, review, workflowToday()) },
  );
  setHandler(
    extendDeadlineUpdate,
    async ({ newDue, reason, by }) => {
      const { status, ...moved } = extended(state, newDue);
      Object.assign(state, moved);
      await record(status, { action: 'extended', note: reason, by });
      return state;
    },
    { validator: (request: { newDue: IsoDate }) => validateExtend(state, request, workflowToday()) },
  );
  setHandler(
    waiveUpdate,
    async ({ reason, by }) => {
      await record('waived', { action: 'waived', note: reason, by });
      return state;
    },
    { validator: (_request) => whileOpen(state) },
  );
  setHandler(
    reassignUpdate,
    async ({ agencyId, reason, by }) => {
      const before = { ...state, sentSteps: [...state.sentSteps] };
      const { status, ...handedOver } = reassigned(state, agencyId);
      Object.assign(state, handedOver);
      try {
        await record(status, { action: 'reassigned', note: reason, by });
      } catch (error) {
        // The database refused the new agency (it already holds this task and period): the work stays as it was.
        Object.assign(state, before, { revision: state.revision });
        setStatus(before.status);
        throw error;
      }
      tell({ event: 'assigned' });
      return state;
    },
    { validator: (request: { agencyId: string }) => validateReassign(state, request) },
  );

  while (!isSettled(state)) {
    await tellAgency();
    if (workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof assignmentWorkflow>({ ...input, calendar: announced, carried: state });
    }
    changed = false;
    if (state.untold?.length) continue;
    const {
      at: wakeAt,
      notice: next,
      overdueAt,
    } = nextWake(state, input.policy, calendar, workflowNow(), {
      keepMissedToday: patched(MISSED_NOTICE_PATCH),
      noticesByTask: input.noticesByTask,
    });
    if (wakeAt === null) {
      await condition(() => changed);
      continue;
    }
    if (wakeAt > workflowNow() && (await condition(() => changed, wakeAt - workflowNow()))) continue;

    // Also when the work starts after its deadline (a late activation, a reassignment).
    if (overdueAt !== null && workflowNow() >= overdueAt) {
      state.wasOverdue = true;
      await record('overdue', { action: 'overdue' });
    }
    if (next && workflowNow() >= next.sendAt && !UNREMINDED_STATUSES.includes(state.status)) {
      await mailing().sendAssignmentNotice({
        assignmentId: input.assignmentId,
        agencyId: state.agencyId,
        kind: next.kind,
        step: next.step,
        audience: next.audience,
        due: state.due,
        daysLeft: next.daysLeft,
        deadlineVersion: state.deadlineVersion,
        status: state.status,
        at: workflowNow(),
      });
      state.sentSteps.push(next.step);
    }
  }
  await condition(allHandlersFinished);
  await tellAgency();
  return {
    assignmentId: input.assignmentId,
    agencyId: state.agencyId,
    status: state.status as AssignmentOutcome['status'],
    wasOverdue: state.wasOverdue,
    wasReturned: state.wasReturned,
  };
}
