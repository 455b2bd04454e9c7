import { log } from '@temporalio/activity';
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

    async notifyPlanReceived(input: PlanIntakeInput): Promise<string | null> {
      const mail = planReceivedMail({ ...input, link: pageUrls(deps.publicUrl).plan(input.planId) });
      const delivery = await deliverNotification(deps, {
        idempotencyKey: `plan-received:${input.planId}`,
        kind: 'plan-received',
        recipients: [input.standingOfficeEmail],
        subject: mail.subject,
        textBody: mail.text,
        htmlBody: mail.html,
      });
      if (delivery.rejected.length > 0) log.warn('the relay refused the standing office address', { ...delivery });
      return delivery.messageId;
    },
  };
}
