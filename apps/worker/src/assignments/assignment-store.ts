import { type AssignmentState, type ReviewRequest, type SubmitReportRequest } from '@dondoc/contracts';

/** What assignment activities need from the database; every write is keyed, so a retry rewrites the same row. */
export interface AssignmentStore {
  recordState(assignmentId: string, state: AssignmentState): Promise<void>;
  /** Keyed by (assignment, version). */
  recordSubmission(assignmentId: string, version: number, request: SubmitReportRequest): Promise<void>;
  /** Keyed by (assignment, version): the review of that submission. */
  recordReview(assignmentId: string, version: number, review: ReviewRequest): Promise<void>;
  noticeContext(assignmentId: string, agencyId: string): Promise<NoticeContext>;
}

export interface NoticeContext {
  plan: { id: string; number: string | null; title: string };
  task: { code: string; title: string };
  agency: { name: string; focalEmails: string[]; headEmail: string | null };
  standingOffice: { name: string; emails: string[] };
}
