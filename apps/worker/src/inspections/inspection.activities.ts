import { type DeliveryDeps, deliverNotification } from '../notifications/deliver-notification';
import { type InspectionStore, type ScheduledInspection } from './inspection-store';
import { consolidatedReportDueMail, findingsReminderMail, teamBriefMail } from './inspection-mail.template';

export interface InspectionActivityDeps extends DeliveryDeps {
  inspections: InspectionStore;
}

export function createInspectionActivities(deps: InspectionActivityDeps) {
  return {
    /** Records the inspection and briefs every team; each mail is keyed, so a retry sends none twice. */
    async scheduleInspection(inspection: ScheduledInspection): Promise<string> {
      const inspectionId = await deps.inspections.schedule(inspection);
      const brief = await deps.inspections.brief(inspectionId);
      for (const [index, team] of brief.teams.entries()) {
        if (team.inspectors.length === 0) continue;
        const mail = teamBriefMail(brief, team);
        await deliverNotification(deps, {
          idempotencyKey: `inspection:${inspectionId}:team-${index + 1}:brief`,
          kind: 'inspection-brief',
          recipients: team.inspectors.map((inspector) => inspector.email),
          subject: mail.subject,
          textBody: mail.text,
        });
      }
      return inspectionId;
    },

    async remindInspectors(reminder: { inspectionId: string; step: string; reportDue: string; daysLeft: number }) {
      const brief = await deps.inspections.brief(reminder.inspectionId);
      const recipients = brief.teams.flatMap((team) => team.inspectors.map((inspector) => inspector.email));
      if (recipients.length === 0) return;
      const mail = findingsReminderMail(brief, reminder.daysLeft);
      await deliverNotification(deps, {
        idempotencyKey: `inspection:${reminder.inspectionId}:findings:${reminder.step}`,
        kind: 'inspection-reminder',
        recipients,
        subject: mail.subject,
        textBody: mail.text,
      });
    },

    async recordInspectionFindings(findings: { inspectionId: string; report: string; submittedBy: string }) {
      await deps.inspections.recordFindings(findings.inspectionId, findings.report, findings.submittedBy);
    },

    async notifyConsolidatedReportDue({ inspectionId }: { inspectionId: string }): Promise<void> {
      const brief = await deps.inspections.brief(inspectionId);
      if (brief.standingOffice.emails.length === 0) return;
      const mail = consolidatedReportDueMail(brief);
      await deliverNotification(deps, {
        idempotencyKey: `inspection:${inspectionId}:consolidated-report-due`,
        kind: 'inspection-consolidation',
        recipients: brief.standingOffice.emails,
        subject: mail.subject,
        textBody: mail.text,
      });
    },
  };
}
