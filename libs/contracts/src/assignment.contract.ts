import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import {
  type AnnouncedAdjustments,
  type AssignmentEventAction,
  type IsoDate,
  type ReminderPolicy,
} from '../../domain/src';

export const ASSIGNMENT_STATUSES = [
  'pending',
  'in_progress',
  'submitted',
  'returned',
  'accepted',
  'overdue',
  'waived',
  'cancelled',
] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
export type { AssignmentEventAction };

/** Once settled, an assignment neither reminds nor accepts anything more. */
export const SETTLED_STATUSES: readonly AssignmentStatus[] = ['accepted', 'waived', 'cancelled'];

/** Reminders and escalations stop while a report awaits review, and for good once the work is settled. */
export const UNREMINDED_STATUSES: readonly AssignmentStatus[] = [...SETTLED_STATUSES, 'submitted'];

export interface AssignmentWorkflowInput {
  assignmentId: string;
  planId: string;
  taskId: string;
  taskCode: string;
  agencyId: string;
  period: string;
  due: IsoDate;
  policy: ReminderPolicy;
  calendar: AnnouncedAdjustments;
  /**
   * Its task sends the notices of the first deadline to every agency at once; this workflow sends only those of a
   * moved deadline or a new agency. Absent in assignments started before the task did.
   */
  noticesByTask?: boolean;
  /** Carried across continue-as-new. */
  carried?: AssignmentState;
}

/** The deadline version an assignment starts on; a moved deadline or a new agency counts up from it. */
export const FIRST_DEADLINE_VERSION = 1;

export interface AssignmentState {
  status: AssignmentStatus;
  agencyId: string;
  due: IsoDate;
  /** Bumped whenever the deadline moves, so reminders for the new deadline are new mails. */
  deadlineVersion: number;
  submissions: number;
  wasOverdue: boolean;
  wasReturned: boolean;
  /** Notice steps already sent for the current deadline version. */
  sentSteps: string[];
  /** Mails the agency is still to be sent about its work (given, received, returned, accepted), oldest first. */
  untold?: AgencyTidings[];
  /** Counts the workflow's writes of this state: the database keeps the newest, whatever order attempts land in. */
  revision?: number;
}

/** Who made a change: a user, or (both null) the system. */
export interface ChangeAuthor {
  userId: string | null;
  email: string | null;
}

/** Why the state is written: kept as the assignment's event, at the workflow's time. */
export interface AssignmentStateChange {
  action: AssignmentEventAction;
  /** Epoch milliseconds, workflow time. */
  at: number;
  by?: ChangeAuthor;
  note?: string;
}

export type AgencyTidings = { event: 'assigned' } | { event: 'receipt' | 'returned' | 'accepted'; version: number };

/** Workflows started before agencies were told of their work replay without these mails. */
export const AGENCY_TIDINGS_PATCH = 'agency-tidings-v1';

/** Work that starts after a notice's hour on its day sends it late; older workflows replay having skipped it. */
export const MISSED_NOTICE_PATCH = 'missed-notice-today-v1';

/**
 * Mails to an agency run as local activities, inside the workflow task that decides them: half the server's work
 * per reminder. Workflows that sent them as activities replay as they ran.
 */
export const LOCAL_NOTICES_PATCH = 'local-notices-v1';

/** Tasks with more agencies than one parent may hold run them in batch workflows; older tasks keep their lanes. */
export const ASSIGNMENT_BATCHES_PATCH = 'assignment-batches-v1';

/** Batches of 25 instead of 500, so no parent's lock holds up its children's starts; older tasks keep 500. */
export const SMALL_BATCHES_PATCH = 'assignment-batches-of-25';

/**
 * A task sends each notice of its period's first deadline to all its agencies in one activity: one timer a notice
 * instead of one per agency. Older tasks and their assignments keep a timer each.
 */
export const TASK_NOTICES_PATCH = 'task-notices-v1';

/** `failed`: the assignment's workflow failed (a defect); its siblings carry on without it. */
export interface AssignmentOutcome {
  assignmentId: string;
  agencyId: string;
  status: Extract<AssignmentStatus, 'accepted' | 'waived' | 'cancelled'> | 'failed';
  wasOverdue: boolean;
  wasReturned: boolean;
}

export interface SubmitReportRequest {
  /** The caller's agency: only the assignee may submit. */
  agencyId: string;
  /** The user who sent it; null when it came through a personal link. */
  submittedBy: string | null;
  /** The address the personal link was sent to, when it came through one. */
  submittedByEmail?: string;
  reportText: string;
  attachments: Array<{ filename: string; mediaType: string; size: number; sha256: string; storageKey: string }>;
}

export interface ReviewRequest {
  outcome: 'accepted' | 'returned';
  reviewedBy: string;
  reviewedByEmail?: string;
  comment?: string;
  /** Required when returned: the agency's new deadline. */
  newDue?: IsoDate;
}

export const submitReportUpdate = defineUpdate<{ version: number; status: AssignmentStatus }, [SubmitReportRequest]>(
  'submitReport',
);
export const reviewUpdate = defineUpdate<AssignmentState, [ReviewRequest]>('review');
export const extendDeadlineUpdate = defineUpdate<
  AssignmentState,
  [{ newDue: IsoDate; reason: string; by?: ChangeAuthor }]
>('extendDeadline');
export const waiveUpdate = defineUpdate<AssignmentState, [{ reason: string; by?: ChangeAuthor }]>('waive');
export const reassignUpdate = defineUpdate<AssignmentState, [{ agencyId: string; reason: string; by?: ChangeAuthor }]>(
  'reassign',
);
export const cancelSignal = defineSignal<[{ reason: string; by?: ChangeAuthor }]>('cancel');
/** An administrator changed the calendar: the reminders still to come are planned on this table from now on. */
export const calendarChangedSignal = defineSignal<[{ calendar: AnnouncedAdjustments }]>('calendarChanged');
export const assignmentStateQuery = defineQuery<AssignmentState>('assignmentState');
