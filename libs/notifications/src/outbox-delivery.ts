import { ApplicationFailure } from '@temporalio/common';
import { type MailSender } from '@dondoc/mail';
import { type NewNotification, type NotificationRepository } from '@dondoc/persistence';

/** Longer than any send can take: SMTP's own timeouts (MailSender) end an attempt well before it runs out. */
export const SENDING_LEASE_MS = 2 * 60_000;

export interface DeliveryDeps {
  notifications: NotificationRepository;
  mail: MailSender;
}

/**
 * Outbox delivery: the row is keyed by its idempotency key, so a retried activity, a replayed workflow or a
 * restarted worker finds the mail already sent and returns its Message-ID instead of sending it twice.
 * `secrets` (personal-link tokens) are blanked from the stored copy once the mail is out.
 */
export async function deliverNotification(
  deps: DeliveryDeps,
  notification: NewNotification,
  secrets: readonly string[] = [],
): Promise<string> {
  const stored = await deps.notifications.enqueue(notification);
  if (stored.status === 'sent' && stored.smtpMessageId) return stored.smtpMessageId;

  // An attempt that timed out may still be sending: only the one that claims the row sends.
  const claim = await deps.notifications.claim(stored.id, SENDING_LEASE_MS);
  if (claim !== 'claimed') {
    const current = await deps.notifications.getByIdempotencyKey(notification.idempotencyKey);
    if (claim === 'sent' && current?.smtpMessageId) return current.smtpMessageId;
    throw new Error(`another attempt is sending ${notification.idempotencyKey}; retrying later`);
  }
  try {
    const messageId = await deps.mail.send({
      to: stored.recipients,
      subject: stored.subject,
      text: stored.textBody,
      html: stored.htmlBody ?? undefined,
      messageId: `<${stored.id}@dondoc.invalid>`,
    });
    await deps.notifications.markSent(stored.id, messageId, secrets);
    return messageId;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await deps.notifications.markFailed(stored.id, message);
    if (isPermanent(error)) throw ApplicationFailure.nonRetryable(message, 'MailRejected');
    throw error;
  }
}

/** Addresses the relay refuses outright will not be accepted on a retry either. */
function isPermanent(error: unknown): boolean {
  const { code, responseCode } = (error ?? {}) as { code?: string; responseCode?: number };
  return code === 'EENVELOPE' || (responseCode !== undefined && responseCode >= 550 && responseCode < 560);
}
