import { log } from '@temporalio/activity';
import { type IsoDate } from '@dondoc/domain';
import { type DeliveryDeps, deliverNotification, overdueDigestMail, pageUrls } from '@dondoc/notifications';
import { type DigestItemRepository } from '@dondoc/persistence';

export interface DigestActivityDeps extends DeliveryDeps {
  digests: Pick<DigestItemRepository, 'claim' | 'digest'>;
  publicUrl: string;
}

export function createDigestActivities(deps: DigestActivityDeps) {
  return {
    /**
     * One mail per standing office with everything that went overdue since its last digest. Claimed items carry the
     * day's key, so a retry sends the same digests once (the outbox keys them) and picks up none twice.
     */
    async sendOverdueDigests({ date }: { date: IsoDate }): Promise<number> {
      const urls = pageUrls(deps.publicUrl);
      const keys = await deps.digests.claim(`overdue-digest:${date}:`);
      for (const key of keys) {
        const digest = await deps.digests.digest(key);
        if (!digest) continue;
        const mail = overdueDigestMail({
          officeName: digest.officeName,
          date,
          lines: digest.lines.map((line) => ({ ...line, link: urls.report(line.assignmentId) })),
          consoleLink: urls.home(),
        });
        const delivery = await deliverNotification(deps, {
          idempotencyKey: key,
          kind: 'overdue-digest',
          recipients: digest.recipients,
          subject: mail.subject,
          textBody: mail.text,
          htmlBody: mail.html,
        });
        if (delivery.rejected.length > 0) log.warn('the relay refused a standing office address', { key, ...delivery });
      }
      return keys.length;
    },
  };
}
