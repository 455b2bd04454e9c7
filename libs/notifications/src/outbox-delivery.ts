import { DEFAULT_SENDING_LEASE_SECONDS } from '@dondoc/config';
import { type MailSender } from '@dondoc/mail';
import { type NewNotification, type NotificationEntity, type NotificationRepository } from '@dondoc/persistence';

/**
 * How long a mail being sent is held from other attempts, unless MAIL_SENDING_LEASE_SECONDS says: longer than any
 * send can take, as SMTP's own timeouts (MailSender) end an attempt well before it runs out. A mail whose worker died
 * while sending it goes out once it has.
 */
export const SENDING_LEASE_MS = DEFAULT_SENDING_LEASE_SECONDS * 1000;

/** The mail is being sent by another attempt, or by one that died, whose lease runs out in `heldForMs`. */
export class HeldByAnotherAttempt extends Error {
  constructor(
    readonly idempotencyKey: string,
    readonly heldForMs: number,
  ) {
    super(`another attempt is sending ${idempotencyKey}; its lease runs out in ${Math.ceil(heldForMs / 1000)} s`);
    this.name = 'HeldByAnotherAttempt';
  }
}

export interface DeliveryDeps {
  notifications: NotificationRepository;
  mail: MailSender;
  sendingLeaseMs?: number;
}

/** `messageId` is null when the relay refused every recipient; `rejected` lists the refused addresses. */
export interface Delivery {
  messageId: string | null;
  rejected: string[];
}

/**
 * Outbox delivery: the row is keyed by its idempotency key, so a retried activity, a replayed workflow or a
 * restarted worker finds the mail already sent and returns its Message-ID instead of sending it twice.
 * `secrets` (personal-link tokens) are blanked from the stored copy once the mail is out. A refused address is an
 * answer, not a failure: it is recorded and returned, and the caller carries on.
 */
export async function deliverNotification(
  deps: DeliveryDeps,
  notification: NewNotification,
  secrets: readonly string[] = [],
): Promise<Delivery> {
  // An attempt that timed out may still be sending: only the one that claims the row sends.
  const stored = await deps.notifications.enqueueClaimed(notification, deps.sendingLeaseMs ?? SENDING_LEASE_MS);
  if (!stored) {
    const current = await deps.notifications.getByIdempotencyKey(notification.idempotencyKey);
    const answer = current ? answerOf(current) : null;
    if (answer) return answer;
    const heldForMs = Math.max(0, (current?.claimedUntil?.getTime() ?? 0) - Date.now());
    throw new HeldByAnotherAttempt(notification.idempotencyKey, heldForMs);
  }
  try {
    const { messageId, rejected } = await deps.mail.send({
      to: stored.recipients,
      subject: stored.subject,
      text: stored.textBody,
      html: stored.htmlBody ?? undefined,
      messageId: `<${stored.id}@dondoc.invalid>`,
    });
    await deps.notifications.markSent(stored.id, messageId, secrets, rejected);
    return { messageId, rejected };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (isPermanent(error)) {
      const rejected = refusedRecipients(error, stored.recipients);
      await deps.notifications.markRejected(stored.id, message, rejected);
      return { messageId: null, rejected };
    }
    await deps.notifications.markWaiting(stored.id, message);
    throw error;
  }
}

function answerOf(row: NotificationEntity): Delivery | null {
  if (row.status === 'sent' && row.smtpMessageId) {
    return { messageId: row.smtpMessageId, rejected: row.rejectedRecipients };
  }
  if (row.status === 'rejected') return { messageId: null, rejected: row.rejectedRecipients };
  return null;
}

/** A 5xx answer, or addresses nodemailer could not even put on the envelope: a retry would be refused too. */
function isPermanent(error: unknown): boolean {
  const { code, responseCode } = (error ?? {}) as { code?: string; responseCode?: number };
  return code === 'EENVELOPE' || (responseCode !== undefined && responseCode >= 500 && responseCode < 600);
}

function refusedRecipients(error: unknown, recipients: string[]): string[] {
  const { rejected } = (error ?? {}) as { rejected?: Array<string | { address: string }> };
  const named = (rejected ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.address));
  return named.length > 0 ? named : recipients;
}
