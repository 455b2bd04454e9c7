import { Injectable } from '@nestjs/common';
import { DataSource, type Repository } from 'typeorm';
import { NotificationEntity } from './notification.entity';

export type NewNotification = Pick<
  NotificationEntity,
  'idempotencyKey' | 'kind' | 'recipients' | 'subject' | 'textBody'
> &
  Partial<Pick<NotificationEntity, 'htmlBody'>>;

export type ClaimedNotification = Pick<NotificationEntity, 'id' | 'recipients' | 'subject' | 'textBody' | 'htmlBody'>;

interface ClaimedRow {
  id: string;
  recipients: string[];
  subject: string;
  text_body: string;
  html_body: string | null;
}

export const REDACTED = '[đã ẩn]';

@Injectable()
export class NotificationRepository {
  private readonly notifications: Repository<NotificationEntity>;

  constructor(dataSource: DataSource) {
    this.notifications = dataSource.getRepository(NotificationEntity);
  }

  getByIdempotencyKey(idempotencyKey: string): Promise<NotificationEntity | null> {
    return this.notifications.findOneBy({ idempotencyKey });
  }

  /**
   * Stores the mail once per idempotency key and claims it for one sending attempt, for `leaseMs`, in one statement:
   * the stored copy to send when this attempt holds it, or null when another attempt has sent it or holds it (read
   * the row to tell which). A row left `sending` by an attempt that died is taken over once its lease runs out.
   */
  async enqueueClaimed(notification: NewNotification, leaseMs: number): Promise<ClaimedNotification | null> {
    const rows = await this.notifications.query<ClaimedRow[]>(
      `INSERT INTO "notifications" AS n
         ("idempotency_key", "kind", "recipients", "subject", "text_body", "html_body", "status", "attempts", "claimed_until")
       VALUES ($1, $2, $3, $4, $5, $6, 'sending', 1, now() + make_interval(secs => $7))
       ON CONFLICT ("idempotency_key") DO UPDATE
         SET "status" = 'sending', "attempts" = n."attempts" + 1, "claimed_until" = EXCLUDED."claimed_until"
         WHERE n."status" IN ('pending', 'failed') OR (n."status" = 'sending' AND n."claimed_until" < now())
       RETURNING n."id", n."recipients", n."subject", n."text_body", n."html_body"`,
      [
        notification.idempotencyKey,
        notification.kind,
        notification.recipients,
        notification.subject,
        notification.textBody,
        notification.htmlBody ?? null,
        Math.ceil(leaseMs / 1000),
      ],
    );
    const [row] = rows;
    return row
      ? {
          id: row.id,
          recipients: row.recipients,
          subject: row.subject,
          textBody: row.text_body,
          htmlBody: row.html_body,
        }
      : null;
  }

  /** `secrets` (personal-link tokens) are blanked from the stored copy: the sent mail is their only holder. */
  async markSent(
    id: string,
    smtpMessageId: string,
    secrets: readonly string[] = [],
    rejectedRecipients: readonly string[] = [],
  ): Promise<void> {
    // One statement however many secrets: replace(replace(body, $5, $4), $6, $4)…
    const blank = (column: string) =>
      secrets.reduce((expression, _, index) => `replace(${expression}, $${index + 5}, $4)`, `"${column}"`);
    await this.notifications.query(
      `UPDATE "notifications" SET "status" = 'sent', "smtp_message_id" = $2, "sent_at" = now(), "last_error" = NULL,
         "claimed_until" = NULL, "rejected_recipients" = $3,
         "text_body" = ${blank('text_body')}, "html_body" = ${blank('html_body')} WHERE "id" = $1`,
      [id, smtpMessageId, rejectedRecipients, ...(secrets.length > 0 ? [REDACTED, ...secrets] : [])],
    );
  }

  /** Every recipient refused for good: kept with the relay's answer, and never claimed again. */
  async markRejected(id: string, error: string, rejectedRecipients: readonly string[]): Promise<void> {
    await this.notifications.update(
      { id },
      {
        status: 'rejected',
        lastError: error.slice(0, 2000),
        claimedUntil: null,
        rejectedRecipients: [...rejectedRecipients],
      },
    );
  }

  /** A relay down or timing out: the mail waits for the activity's next attempt, its last error kept beside it. */
  async markWaiting(id: string, error: string): Promise<void> {
    await this.notifications.update({ id }, { status: 'pending', lastError: error.slice(0, 2000), claimedUntil: null });
  }
}
