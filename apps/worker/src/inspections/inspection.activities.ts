import { linkExpiry } from '@dondoc/auth';
import { type Audience, type IsoDate } from '@dondoc/domain';
import {
  consolidatedReportDueMail,
  type DeliveryDeps,
  deliverNotification,
  findingsReminderMail,
  type InspectionBrief,
  issuePersonalLink,
  type LinkIssuingDeps,
  pageUrls,
  teamBriefMail,
} from '@dondoc/notifications';
import { type InspectionStore, type ScheduledInspection } from './inspection-store';

export interface InspectionActivityDeps extends DeliveryDeps, LinkIssuingDeps {
  inspections: InspectionStore;
  linkGraceDays: number;
}

export function createInspectionActivities(deps: InspectionActivityDeps) {
  /** One mail per inspector, each with the personal link that opens this inspection for them alone. */
  async function mailEachInspector(
    brief: InspectionBrief,
    keyPrefix: string,
    kind: string,
    compose: (
      team: InspectionBrief['teams'][number],
      inspector: { name: string },
      link: string,
    ) => {
      subject: string;
      text: string;
      html: string;
    },
  ): Promise<void> {
    for (const team of brief.teams) {
      for (const inspector of team.inspectors) {
        const key = `${keyPrefix}:to:${inspector.email}`;
        const link = await issuePersonalLink(deps, key, {
          purpose: 'inspection',
          assignmentId: null,
          inspectionId: brief.inspectionId,
          agencyId: null,
          userId: inspector.id,
          recipient: inspector.email,
          expiresAt: linkExpiry(brief.reportDue, deps.linkGraceDays),
        });
        const mail = compose(team, inspector, link.url);
        await deliverNotification(
          deps,
          {
            idempotencyKey: key,
            kind,
            recipients: [inspector.email],
            subject: mail.subject,
            textBody: mail.text,
            htmlBody: mail.html,
          },
          [link.token],
        );
      }
    }
  }

  return {
    /** Records the inspection and briefs every inspector; each mail is keyed, so a retry sends none twice. */
    async scheduleInspection(inspection: ScheduledInspection): Promise<string> {
      const inspectionId = await deps.inspections.schedule(inspection);
      const brief = await deps.inspections.brief(inspectionId);
      await mailEachInspector(brief, `inspection:${inspectionId}:brief`, 'inspection-brief', (team, inspector, link) =>
        teamBriefMail(brief, team, inspector, link),
      );
      await deps.inspections.markNotified(inspectionId);
      return inspectionId;
    },

    /**
     * Before the deadline every inspector is reminded; after it, escalated, and from the second rung on (the
     * agency-head and leadership steps of the policy) the standing office is told too.
     */
    async remindInspectors(reminder: {
      inspectionId: string;
      step: string;
      reportDue: string;
      daysLeft: number;
      audience?: Audience;
    }) {
      const brief = await deps.inspections.brief(reminder.inspectionId);
      const key = `inspection:${reminder.inspectionId}:findings:${reminder.step}`;
      await mailEachInspector(brief, key, 'inspection-reminder', (_team, _inspector, link) =>
        findingsReminderMail(brief, reminder.daysLeft, link),
      );
      const toOffice = reminder.daysLeft < 0 && reminder.audience !== undefined && reminder.audience !== 'focalPoint';
      if (!toOffice || brief.standingOffice.emails.length === 0) return;
      const mail = findingsReminderMail(
        brief,
        reminder.daysLeft,
        pageUrls(deps.publicUrl).inspection(reminder.inspectionId),
      );
      await deliverNotification(deps, {
        idempotencyKey: `${key}:standing-office`,
        kind: 'inspection-escalation',
        recipients: brief.standingOffice.emails,
        subject: mail.subject,
        textBody: mail.text,
        htmlBody: mail.html,
      });
    },

    async recordInspectionFindings(findings: { inspectionId: string; report: string; submittedBy: string }) {
      await deps.inspections.recordFindings(findings.inspectionId, findings.report, findings.submittedBy);
    },

    /** Opens the standing office's consolidated report as an assignment; its workflow reminds and escalates it. */
    async openConsolidatedReport({ inspectionId, due }: { inspectionId: string; due: IsoDate }) {
      return deps.inspections.openConsolidatedReport(inspectionId, due);
    },

    async notifyConsolidatedReportDue({ inspectionId }: { inspectionId: string }): Promise<void> {
      const brief = await deps.inspections.brief(inspectionId);
      if (brief.standingOffice.emails.length === 0) return;
      const mail = consolidatedReportDueMail(brief, pageUrls(deps.publicUrl).inspection(inspectionId));
      await deliverNotification(deps, {
        idempotencyKey: `inspection:${inspectionId}:consolidated-report-due`,
        kind: 'inspection-consolidation',
        recipients: brief.standingOffice.emails,
        subject: mail.subject,
        textBody: mail.text,
        htmlBody: mail.html,
      });
    },
  };
}
