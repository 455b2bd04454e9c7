import { type PlanIntakeInput } from '@dondoc/contracts';
import { type PlanRepository } from '@dondoc/persistence';
import { type DeliveryDeps, deliverNotification, pageUrls, planReceivedMail } from '@dondoc/notifications';

export interface PlanIntakeDeps extends DeliveryDeps {
  plans: PlanRepository;
  publicUrl: string;
}

export function createPlanIntakeActivities(deps: PlanIntakeDeps) {
  return {
    async recordPlan(input: PlanIntakeInput): Promise<void> {
      await deps.plans.record({
        id: input.planId,
        number: input.number,
        title: input.title,
        standingOfficeEmail: input.standingOfficeEmail,
      });
    },

    async notifyPlanReceived(input: PlanIntakeInput): Promise<string> {
      const mail = planReceivedMail({ ...input, link: pageUrls(deps.publicUrl).plan(input.planId) });
      return deliverNotification(deps, {
        idempotencyKey: `plan-received:${input.planId}`,
        kind: 'plan-received',
        recipients: [input.standingOfficeEmail],
        subject: mail.subject,
        textBody: mail.text,
        htmlBody: mail.html,
      });
    },
  };
}
