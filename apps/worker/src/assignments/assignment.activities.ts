import { heartbeat, log } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import { linkExpiry } from '@dondoc/auth';
import {
  type AssignmentState,
  type AssignmentStateChange,
  type AssignmentStatus,
  FIRST_DEADLINE_VERSION,
  type ReviewRequest,
  type SubmitReportRequest,
} from '@dondoc/contracts';
import { type Audience, type IsoDate, inLanes, recipientsFor } from '@dondoc/domain';
import {
  type AgencyEvent,
  agencyEventMail,
  assignmentNoticeMail,
  type DeliveryDeps,
  currentFeedUrl,
  deliverNotification,
  type FeedLinkDeps,
  feedTokensIn,
  issuePersonalLink,
  type LinkIssuingDeps,
  type MailBody,
  type NoticeContext,
  pageUrls,
  refusedAddressMail,
} from '@dondoc/notifications';
import { type DigestItemRepository } from '@dondoc/persistence';
import { asActivityFailure } from '../activity-failures';
import { type AssignmentStore } from './assignment-store';

export interface AssignmentActivityDeps extends DeliveryDeps, LinkIssuingDeps, FeedLinkDeps {
  assignments: AssignmentStore;
  digests: Pick<DigestItemRepository, 'add'>;
  linkGraceDays: number;
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
  /** The assignment's status when the notice went out, and the workflow's time: kept on its history. */
  status?: AssignmentStatus;
  at?: number;
}

/** A notice of a task period's first deadline, for every agency still at work on it. */
export interface TaskNotice extends Pick<AssignmentNotice, 'kind' | 'step' | 'audience' | 'daysLeft' | 'due'> {
  taskId: string;
  period: string;
  at: number;
}

/** Mails of one task notice in flight at once: the relay's pool is shared by every activity on the worker. */
const NOTICES_AT_ONCE = 8;

/** A mail to the agency about its work as it moves; `version` names the report a receipt or review is about. */
export interface AgencyNotice {
  assignmentId: string;
  agencyId: string;
  event: AgencyEvent['kind'];
  due: IsoDate;
  deadlineVersion: number;
  version?: number;
}

export function createAssignmentActivities(deps: AssignmentActivityDeps) {
  /**
   * One mail per agency address, each carrying its own personal link (bound to the assignment, the agency and that
   * address); the key of each is the notice's key and the address, so a retry sends none twice.
   */
  async function mailAgency(
    key: string,
    kind: string,
    notice: { assignmentId: string; agencyId: string; due: IsoDate },
    context: NoticeContext,
    recipients: string[],
    compose: (link: string) => MailBody,
  ): Promise<number> {
    let delivered = 0;
    for (const recipient of recipients) {
      const emailKey = `${key}:to:${recipient}`;
      const link = await issuePersonalLink(deps, emailKey, {
        purpose: 'assignment',
        assignmentId: notice.assignmentId,
        inspectionId: null,
        agencyId: notice.agencyId,
        userId: null,
        recipient,
        expiresAt: linkExpiry(notice.due, deps.linkGraceDays),
      });
      const mail = compose(link.url);
      const delivery = await deliverNotification(
        deps,
        {
          idempotencyKey: emailKey,
          kind,
          recipients: [recipient],
          subject: mail.subject,
          textBody: mail.text,
          htmlBody: mail.html,
        },
        [link.token, ...feedTokensIn(context.calendarFeedUrl)],
      );
      await reportRefused(notice, context, emailKey, delivery.rejected);
      if (delivery.messageId) delivered += 1;
    }
    return delivered;
  }

  /**
   * A refused address goes on the assignment's timeline, and the standing office hears of it once per agency and
   * address; the work itself carries on.
   */
  async function reportRefused(
    notice: { assignmentId: string; agencyId: string },
    context: NoticeContext,
    notificationKey: string,
    refused: readonly string[],
  ): Promise<void> {
    for (const address of refused) {
      log.warn('the mail relay refused an address', { assignmentId: notice.assignmentId, address });
      await deps.assignments.recordRefusedAddress(notice.assignmentId, { address, notificationKey });
      const office = context.standingOffice.emails.filter((email) => !refused.includes(email));
      if (office.length === 0) continue;
      const mail = refusedAddressMail(
        { address, agencyName: context.agency.name },
        context,
        pageUrls(deps.publicUrl).report(notice.assignmentId),
      );
      await deliverNotification(deps, {
        idempotencyKey: `refused-address:${notice.agencyId}:${address}`,
        kind: 'refused-address',
        recipients: office,
        subject: mail.subject,
        textBody: mail.text,
        htmlBody: mail.html,
      });
    }
  }

  /** Keyed by assignment, deadline version and step: a replay or retry finds the mail already sent. */
  async function sendNotice(notice: AssignmentNotice): Promise<string | null> {
    const context = await deps.assignments.noticeContext(notice.assignmentId, notice.agencyId);
    const key = `assignment:${notice.assignmentId}:v${notice.deadlineVersion}:${notice.step}`;
    const recipients = recipientsFor(notice.audience, context);
    // The standing office hears of overdue work once a day; so does a plan's leadership it has no address for.
    if (notice.audience === 'standingOffice' || (notice.audience === 'leadership' && recipients.length === 0)) {
      if (context.standingOffice.emails.length === 0) {
        log.warn('no standing office address; overdue work left out of the digest', { ...notice });
        return null;
      }
      await deps.digests.add({
        recipients: context.standingOffice.emails,
        officeName: context.standingOffice.name,
        assignmentId: notice.assignmentId,
        deadlineVersion: notice.deadlineVersion,
        step: notice.step,
      });
      return key;
    }
    if (recipients.length === 0) {
      log.warn('no address for this audience; notice not sent', { ...notice });
      return null;
    }
    if (notice.audience === 'leadership') {
      const mail = assignmentNoticeMail(
        { ...notice, link: pageUrls(deps.publicUrl).report(notice.assignmentId) },
        context,
      );
      const delivery = await deliverNotification(deps, {
        idempotencyKey: key,
        kind: notice.kind,
        recipients,
        subject: mail.subject,
        textBody: mail.text,
        htmlBody: mail.html,
      });
      await reportRefused(notice, context, key, delivery.rejected);
      return key;
    }
    const told = await withCalendarFeed(context, notice.agencyId);
    await mailAgency(key, notice.kind, notice, told, recipients, (link) =>
      assignmentNoticeMail({ ...notice, link }, told),
    );
    return key;
  }

  /** The notice, then its place on the assignment's history (once per key, like the mail). */
  async function sendAssignmentNotice(notice: AssignmentNotice): Promise<string | null> {
    const key = await sendNotice(notice);
    if (key !== null && notice.status) {
      await deps.assignments.recordNotice(notice.assignmentId, {
        action: notice.kind === 'reminder' ? 'reminded' : 'escalated',
        key,
        step: notice.step,
        status: notice.status,
        due: notice.due,
        deadlineVersion: notice.deadlineVersion,
        at: notice.at === undefined ? undefined : new Date(notice.at),
      });
    }
    return key;
  }

  /** The mails about the agency's deadlines carry its calendar feed: derived, so nothing secret is stored. */
  async function withCalendarFeed(context: NoticeContext, agencyId: string): Promise<NoticeContext> {
    return { ...context, calendarFeedUrl: await currentFeedUrl(deps, 'agency', agencyId) };
  }

  async function agencyEvent(notice: AgencyNotice): Promise<AgencyEvent | null> {
    if (notice.event === 'assigned') return { kind: 'assigned', due: notice.due };
    const submission = notice.version ? await deps.assignments.submission(notice.assignmentId, notice.version) : null;
    if (!submission) return null;
    const version = submission.version;
    switch (notice.event) {
      case 'receipt':
        return {
          kind: 'receipt',
          version,
          receivedAt: submission.submittedAt,
          reportText: submission.reportText ?? '',
          attachments: submission.attachments,
        };
      case 'returned':
        return { kind: 'returned', version, comment: submission.reviewComment, newDue: notice.due };
      case 'accepted':
        return { kind: 'accepted', version, comment: submission.reviewComment };
    }
  }

  return {
    async recordAssignmentState({
      assignmentId,
      change,
      ...state
    }: AssignmentState & { assignmentId: string; change?: AssignmentStateChange }): Promise<void> {
      await deps.assignments.recordState(assignmentId, state, change);
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

    sendAssignmentNotice,

    /**
     * A notice of a task period's first deadline, to every agency still at work on it: the burst of one instant in
     * one activity. Each mail is keyed like the assignment's own, so a retry sends none twice. One assignment that can
     * never be told (its rows gone) is logged and passed over; one that may be told later fails the activity once
     * the others are done, and its retry sends only what is left.
     */
    async sendTaskNotice({ taskId, period, due, at, ...notice }: TaskNotice): Promise<number> {
      const open = await deps.assignments.awaitingFirstDeadline(taskId, period, due);
      const outcomes = await inLanes(open, NOTICES_AT_ONCE, async ({ assignmentId, agencyId, status }) => {
        const ofAssignment = { assignmentId, agencyId, due, status, at, deadlineVersion: FIRST_DEADLINE_VERSION };
        try {
          return { sent: (await sendAssignmentNotice({ ...notice, ...ofAssignment })) !== null };
        } catch (error) {
          return { sent: false, failure: asActivityFailure(error), assignmentId };
        } finally {
          heartbeat();
        }
      });
      const failed = outcomes.filter((outcome) => outcome.failure !== undefined);
      for (const { failure, assignmentId } of failed) {
        log.warn('a task notice could not be sent to one assignment', { assignmentId, step: notice.step, failure });
      }
      const retryable = failed.find(({ failure }) => !(failure instanceof ApplicationFailure && failure.nonRetryable));
      if (retryable) throw retryable.failure;
      return outcomes.filter((outcome) => outcome.sent).length;
    },

    /** Work given, report received, returned or accepted: told to every address the agency has in the directory. */
    async notifyAgency(notice: AgencyNotice): Promise<number> {
      const context = await deps.assignments.noticeContext(notice.assignmentId, notice.agencyId);
      const event = await agencyEvent(notice);
      const recipients = context.agency.focalEmails;
      if (!event || recipients.length === 0) {
        log.warn('nothing to tell or nobody to tell it to; agency notice not sent', { ...notice });
        return 0;
      }
      const step = notice.version === undefined ? notice.event : `${notice.event}-${notice.version}`;
      const key = `assignment:${notice.assignmentId}:v${notice.deadlineVersion}:${step}`;
      const told = event.kind === 'assigned' ? await withCalendarFeed(context, notice.agencyId) : context;
      return mailAgency(key, `agency-${notice.event}`, notice, told, recipients, (link) =>
        agencyEventMail(event, told, link),
      );
    },
  };
}
