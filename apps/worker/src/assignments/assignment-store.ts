import { type AssignmentState, type ReviewRequest, type SubmitReportRequest } from '@dondoc/contracts';
import { type NoticeContext } from '@dondoc/notifications';
import { type SubmissionEntity } from '@dondoc/persistence';

export type { NoticeContext };

/** What assignment activities need from the database; every write is keyed, so a retry rewrites the same row. */
export interface AssignmentStore {
  /** Also revokes the personal links of an agency that lost the assignment to a reassignment. */
  recordState(assignmentId: string, state: AssignmentState): Promise<void>;
  /** Keyed by (assignment, version). */
  recordSubmission(assignmentId: string, version: number, request: SubmitReportRequest): Promise<void>;
  /** Keyed by (assignment, version): the review of that submission. */
  recordReview(assignmentId: string, version: number, review: ReviewRequest): Promise<void>;
  noticeContext(assignmentId: string, agencyId: string): Promise<NoticeContext>;
  submission(assignmentId: string, version: number): Promise<SubmissionEntity | null>;
  /** On the assignment's timeline, once per outbox row and address. */
  recordRefusedAddress(assignmentId: string, refusal: { address: string; notificationKey: string }): Promise<void>;
}
