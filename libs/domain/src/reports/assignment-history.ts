import { type IsoDate, addDays, localDateOf } from '../dates';
import { atLocalTime } from '../dates/local-time';

/** The statuses an assignment moves through (the workflow's, mirrored here so the domain stays free of contracts). */
export type TrackedStatus =
  'pending' | 'in_progress' | 'submitted' | 'returned' | 'accepted' | 'overdue' | 'waived' | 'cancelled';

export const ASSIGNMENT_EVENT_ACTIONS = [
  'opened',
  'rescheduled',
  'submitted',
  'accepted',
  'returned',
  'extended',
  'waived',
  'reassigned',
  'cancelled',
  'overdue',
  'reminded',
  'escalated',
  'backfilled',
] as const;
export type AssignmentEventAction = (typeof ASSIGNMENT_EVENT_ACTIONS)[number];

/** One change of an assignment, as kept in `assignment_events`: the state after it, and when it happened. */
export interface AssignmentEvent {
  action: AssignmentEventAction;
  /** Epoch milliseconds. */
  at: number;
  toStatus: TrackedStatus;
  agencyId: string;
  dueDate: IsoDate | null;
  deadlineVersion: number;
}

/** An assignment as it stood at one moment, folded from its events. */
export interface AssignmentSnapshot {
  status: TrackedStatus;
  agencyId: string;
  /** The deadline in force. */
  due: IsoDate | null;
  deadlineVersion: number;
  /** The local day of the latest report sent, and the deadline it was sent against. */
  submittedOn: IsoDate | null;
  dueAtSubmission: IsoDate | null;
  returns: number;
  extensions: number;
  reminders: number;
}

/** The end of a local day (Asia/Ho_Chi_Minh): events strictly before it count for "as of" that day. */
export const endOfLocalDay = (date: IsoDate): number => atLocalTime(addDays(date, 1), '00:00');

/**
 * Folds one assignment's events (in the order they happened) up to `before`; null when the assignment did not exist
 * yet. Events at or after `before` are ignored, so any past day can be answered from the same history.
 */
export function snapshotOf(
  events: readonly AssignmentEvent[],
  before = Number.POSITIVE_INFINITY,
): AssignmentSnapshot | null {
  let snapshot: AssignmentSnapshot | null = null;
  for (const event of events) {
    if (event.at >= before) break;
    snapshot = applyEvent(snapshot, event);
  }
  return snapshot;
}

export function applyEvent(snapshot: AssignmentSnapshot | null, event: AssignmentEvent): AssignmentSnapshot {
  const next: AssignmentSnapshot = snapshot
    ? { ...snapshot }
    : {
        status: event.toStatus,
        agencyId: event.agencyId,
        due: event.dueDate,
        deadlineVersion: event.deadlineVersion,
        submittedOn: null,
        dueAtSubmission: null,
        returns: 0,
        extensions: 0,
        reminders: 0,
      };
  next.status = event.toStatus;
  next.agencyId = event.agencyId;
  next.due = event.dueDate;
  next.deadlineVersion = event.deadlineVersion;
  switch (event.action) {
    case 'submitted':
      next.submittedOn = localDateOf(event.at);
      next.dueAtSubmission = event.dueDate;
      break;
    case 'returned':
      next.returns += 1;
      break;
    case 'extended':
      next.extensions += 1;
      break;
    case 'reminded':
    case 'escalated':
      next.reminders += 1;
      break;
    case 'reassigned':
      // The new agency starts afresh: what the old one sent is not its report.
      next.submittedOn = null;
      next.dueAtSubmission = null;
      break;
    case 'opened':
    case 'rescheduled':
    case 'accepted':
    case 'waived':
    case 'cancelled':
    case 'overdue':
    case 'backfilled':
      break;
  }
  return next;
}
