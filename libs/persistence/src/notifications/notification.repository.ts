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

  async recordAttempt(id: string): Promise<void> {
    await this.notifications.increment({ id }, 'attempts', 1);
  }

  /** `secrets` (personal-link tokens) are blanked from the stored copy: the sent mail is their only holder. */
  async markSent(id: string, smtpMessageId: string, secrets: readonly string[] = []): Promise<void> {
    await this.notifications.update({ id }, { status: 'sent', smtpMessageId, sentAt: new Date(), lastError: null });
    for (const secret of secrets) {
      await this.notifications.query(
        `UPDATE "notifications" SET "text_body" = replace("text_body", $2, $3), "html_body" = replace("html_body", $2, $3)
          WHERE "id" = $1`,
        [id, secret, REDACTED],
      );
    }
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.notifications.update({ id }, { status: 'failed', lastError: error.slice(0, 2000) });
  }
}
