import {
  type AssignmentState,
  type AssignmentStateChange,
  type AssignmentStatus,
  type ReviewRequest,
  type SubmitReportRequest,
} from '@dondoc/contracts';
import { type IsoDate } from '@dondoc/domain';
import { type NoticeContext } from '@dondoc/notifications';
import { type NoticeEvent, type SubmissionEntity } from '@dondoc/persistence';

export type { NoticeContext };

/** What assignment activities need from the database; every write is keyed, so a retry rewrites the same row. */
export interface AssignmentStore {
  /**
   * Keeps the change as an event beside the state (a change from an attempt scheduled before workflows named their
   * changes is named from the status). Also revokes the personal links of an agency that lost the assignment.
   */
  recordState(assignmentId: string, state: AssignmentState, change?: AssignmentStateChange): Promise<void>;
  /** Once per notice key. */
  recordNotice(assignmentId: string, notice: NoticeEvent): Promise<void>;
  /** Keyed by (assignment, version). */
  recordSubmission(assignmentId: string, version: number, request: SubmitReportRequest): Promise<void>;
  /** Keyed by (assignment, version): the review of that submission. */
  recordReview(assignmentId: string, version: number, review: ReviewRequest): Promise<void>;
  noticeContext(assignmentId: string, agencyId: string): Promise<NoticeContext>;
  /** The work a task's notice of its first deadline `due` goes to (`AssignmentRepository.awaitingFirstDeadline`). */
  awaitingFirstDeadline(
    taskId: string,
    period: string,
    due: IsoDate,
  ): Promise<Array<{ assignmentId: string; agencyId: string; status: AssignmentStatus }>>;
  submission(assignmentId: string, version: number): Promise<SubmissionEntity | null>;
  /** On the assignment's timeline, once per outbox row and address. */
  recordRefusedAddress(assignmentId: string, refusal: { address: string; notificationKey: string }): Promise<void>;
}
