import { log } from '@temporalio/activity';
import { type AssignmentState, type ReviewRequest, type SubmitReportRequest } from '@dondoc/contracts';
import { type Audience, type IsoDate } from '@dondoc/domain';
import { type DeliveryDeps, deliverNotification } from '../notifications/deliver-notification';
import { type AssignmentStore } from './assignment-store';
import { assignmentNoticeMail, recipientsFor } from './assignment-notice.template';

export interface AssignmentActivityDeps extends DeliveryDeps {
  assignments: AssignmentStore;
  publicUrl: string;
}

export interface AssignmentNotice {
  assignmentId: string;
  agencyId: string;
  kind: 'reminder' | 'escalation';
  step: string;
  audience: Audience;
  due: IsoDate;
  daysLeft: number;
  deadlineVersion: number;
}

export function createAssignmentActivities(deps: AssignmentActivityDeps) {
  return {
    async recordAssignmentState({ assignmentId, ...state }: AssignmentState & { assignmentId: string }): Promise<void> {
      await deps.assignments.recordState(assignmentId, state);
    },

    async recordSubmission({
      assignmentId,
      version,
      ...request
    }: SubmitReportRequest & { assignmentId: string; version: number }): Promise<void> {
      await deps.assignments.recordSubmission(assignmentId, version, request);
    },

    async recordReview({
      assignmentId,
      version,
      ...review
    }: ReviewRequest & { assignmentId: string; version: number }): Promise<void> {
      await deps.assignments.recordReview(assignmentId, version, review);
    },

    /** Keyed by assignment, deadline version and step: a replay or retry finds the mail already sent. */
    async sendAssignmentNotice(notice: AssignmentNotice): Promise<string | null> {
      const context = await deps.assignments.noticeContext(notice.assignmentId, notice.agencyId);
      const recipients = recipientsFor(notice.audience, context);
      if (recipients.length === 0) {
        log.warn('no address for this audience; notice not sent', { ...notice });
        return null;
      }
      const link = `${deps.publicUrl}/assignments/${notice.assignmentId}`;
      const mail = assignmentNoticeMail({ ...notice, link }, context);
      return deliverNotification(deps, {
        idempotencyKey: `assignment:${notice.assignmentId}:v${notice.deadlineVersion}:${notice.step}`,
        kind: notice.kind,
        recipients,
        subject: mail.subject,
        textBody: mail.text,
        htmlBody: mail.html,
      });
    },
  };
}
