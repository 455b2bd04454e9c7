import { Injectable } from '@nestjs/common';
import { DataSource, type Repository } from 'typeorm';
import { NotificationEntity } from './notification.entity';

export type NewNotification = Pick<
  NotificationEntity,
  'idempotencyKey' | 'kind' | 'recipients' | 'subject' | 'textBody'
> &
  Partial<Pick<NotificationEntity, 'htmlBody'>>;

export const REDACTED = '[đã ẩn]';

@Injectable()
export class NotificationRepository {
  private readonly notifications: Repository<NotificationEntity>;

  constructor(dataSource: DataSource) {
    this.notifications = dataSource.getRepository(NotificationEntity);
  }

  /** Inserts once per idempotency key and returns the stored row, whichever attempt created it. */
  async enqueue(notification: NewNotification): Promise<NotificationEntity> {
    await this.notifications
      .createQueryBuilder()
      .insert()
      .values({ htmlBody: null, ...notification })
      .orIgnore()
      .execute();
    return this.notifications.findOneByOrFail({ idempotencyKey: notification.idempotencyKey });
  }

  getByIdempotencyKey(idempotencyKey: string): Promise<NotificationEntity | null> {
    return this.notifications.findOneBy({ idempotencyKey });
  }

  /**
   * Claims the row for one sending attempt, for `leaseMs`: 'claimed', or 'sent' when another attempt already sent
   * it, or 'busy' while another attempt holds it. A conditional update, so two attempts never both send.
   */
  async claim(id: string, leaseMs: number): Promise<'claimed' | 'sent' | 'busy'> {
    // 'sent' covers 'rejected' too: either way the relay has answered for good.
    const claimed = await this.notifications
      .createQueryBuilder()
      .update()
      .set({
        status: 'sending',
        attempts: () => '"attempts" + 1',
        claimedUntil: () => `now() + interval '${Math.ceil(leaseMs / 1000)} seconds'`,
      })
      .where('id = :id', { id })
      .andWhere(`(status IN ('pending', 'failed') OR (status = 'sending' AND claimed_until < now()))`)
      .execute();
    if ((claimed.affected ?? 0) > 0) return 'claimed';
    const row = await this.notifications.findOneByOrFail({ id });
    return row.status === 'sent' || row.status === 'rejected' ? 'sent' : 'busy';
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
