import {
  type AssignmentState,
  type AssignmentStatus,
  type AssignmentWorkflowInput,
  FIRST_DEADLINE_VERSION,
  type ReviewRequest,
} from '../libs/contracts/src';
import {
  type IsoDate,
  type PlannedNotice,
  type ReminderPolicy,
  type WorkingCalendar,
  addDays,
  atLocalTime,
  planReminders,
} from '../libs/domain/src';

/**
 * What each event does to an assignment's state, as pure functions of it: the workflow applies them, records the
 * result and sends the mails. Each returns the fields that change.
 */
export const initialState = (input: Pick<AssignmentWorkflowInput, 'agencyId' | 'due'>): AssignmentState => ({
  status: 'pending',
  agencyId: input.agencyId,
  due: input.due,
  deadlineVersion: FIRST_DEADLINE_VERSION,
  submissions: 0,
  wasOverdue: false,
  wasReturned: false,
  sentSteps: [],
});

/** The fields an event changes, always with the status it leaves the assignment in. */
export type Transition = Partial<AssignmentState> & { status: AssignmentStatus };

/** A moved deadline starts a fresh series of reminders, keyed by the new deadline version. */
export const movedDeadline = (state: AssignmentState, due: IsoDate): Partial<AssignmentState> => ({
  due,
  deadlineVersion: state.deadlineVersion + 1,
  sentSteps: [],
});

export const submitted = (state: AssignmentState): Transition => ({
  submissions: state.submissions + 1,
  status: 'submitted',
});

/** A returned report comes back with its new deadline; an accepted one settles the assignment. */
export const reviewed = (state: AssignmentState, review: ReviewRequest): Transition => ({
  ...(review.outcome === 'returned' && review.newDue
    ? { wasReturned: true, ...movedDeadline(state, review.newDue) }
    : {}),
  status: review.outcome,
});

/** An extension lifts an overdue assignment back to work in progress. */
export const extended = (state: AssignmentState, newDue: IsoDate): Transition => ({
  ...movedDeadline(state, newDue),
  status: state.status === 'overdue' ? 'in_progress' : state.status,
});

/** Another agency starts afresh on the same deadline: its own reminders, from pending. */
export const reassigned = (state: AssignmentState, agencyId: string): Transition => ({
  agencyId,
  deadlineVersion: state.deadlineVersion + 1,
  sentSteps: [],
  status: 'pending',
});

export interface NextWake {
  /** When the loop next has something to do; null when only an event can move it (a report awaiting review). */
  at: number | null;
  /** The reminder or escalation due at `at`, if any. */
  notice: PlannedNotice | undefined;
  /** The instant the assignment turns overdue, when it has not yet. */
  overdueAt: number | null;
}

/**
 * What the timer loop waits for next: the next unsent notice, or the deadline passing, whichever comes first. With
 * `noticesByTask`, the first deadline's notices are the task's to send: only a moved deadline or a new agency has its
 * own.
 */
export function nextWake(
  state: AssignmentState,
  policy: ReminderPolicy,
  calendar: WorkingCalendar,
  now: number,
  { noticesByTask = false, ...options }: { keepMissedToday?: boolean; noticesByTask?: boolean } = {},
): NextWake {
  const awaitingReview = state.status === 'submitted';
  const notice =
    awaitingReview || (noticesByTask && state.deadlineVersion === FIRST_DEADLINE_VERSION)
      ? undefined
      : planReminders(state.due, policy, calendar, now, options).find(
          (planned) => !state.sentSteps.includes(planned.step),
        );
  const overdueAt = !awaitingReview && state.status !== 'overdue' ? atLocalTime(addDays(state.due, 1), '00:00') : null;
  const at = Math.min(notice?.sendAt ?? Infinity, overdueAt ?? Infinity);
  return { at: Number.isFinite(at) ? at : null, notice, overdueAt };
}
