import { Injectable } from '@nestjs/common';
import { DataSource, type Repository } from 'typeorm';
import { GroupCommit } from '../common/group-commit';
import { NotificationEntity } from './notification.entity';

export type NewNotification = Pick<
  NotificationEntity,
  'idempotencyKey' | 'kind' | 'recipients' | 'subject' | 'textBody'
> &
  Partial<Pick<NotificationEntity, 'htmlBody'>>;

export type ClaimedNotification = Pick<NotificationEntity, 'id' | 'recipients' | 'subject' | 'textBody' | 'htmlBody'>;

interface ClaimedRow {
  id: string;
  idempotency_key: string;
  recipients: string[];
  subject: string;
  text_body: string;
  html_body: string | null;
}

interface Claim {
  notification: NewNotification;
  leaseSeconds: number;
}

interface Sending {
  id: string;
  smtpMessageId: string;
  secrets: readonly string[];
  rejectedRecipients: readonly string[];
}

export const REDACTED = '[đã ẩn]';

@Injectable()
export class NotificationRepository {
  private readonly notifications: Repository<NotificationEntity>;
  private readonly claims = new GroupCommit((claims: Claim[]) => this.claimAll(claims));
  private readonly sendings = GroupCommit.writes((sendings: Sending[]) => this.markAllSent(sendings));

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
   * Mails claimed at once share statements (a reminder burst); a lone one goes at once.
   */
  enqueueClaimed(notification: NewNotification, leaseMs: number): Promise<ClaimedNotification | null> {
    return this.claims.submit({ notification, leaseSeconds: Math.ceil(leaseMs / 1000) });
  }

  /**
   * `secrets` (personal-link tokens) are blanked from the stored copy: the sent mail is their only holder. Mails
   * marked at once share statements.
   */
  markSent(
    id: string,
    smtpMessageId: string,
    secrets: readonly string[] = [],
    rejectedRecipients: readonly string[] = [],
  ): Promise<void> {
    return this.sendings.submit({ id, smtpMessageId, secrets, rejectedRecipients });
  }

  private async claimAll(claims: Claim[]): Promise<Array<ClaimedNotification | null>> {
    // ON CONFLICT cannot touch one row twice in a statement: a key asked for again is not claimable anyway.
    const firstByKey = new Map<string, Claim>();
    for (const claim of claims) {
      if (!firstByKey.has(claim.notification.idempotencyKey)) firstByKey.set(claim.notification.idempotencyKey, claim);
    }
    const rows = await this.notifications.query<ClaimedRow[]>(
      `INSERT INTO "notifications" AS n
         ("idempotency_key", "kind", "recipients", "subject", "text_body", "html_body", "status", "attempts", "claimed_until")
       SELECT c."idempotency_key", c."kind", c."recipients", c."subject", c."text_body", c."html_body", 'sending', 1,
              now() + make_interval(secs => c."lease_seconds")
       FROM jsonb_to_recordset($1::jsonb) AS c("idempotency_key" text, "kind" text, "recipients" text[],
              "subject" text, "text_body" text, "html_body" text, "lease_seconds" int)
       ON CONFLICT ("idempotency_key") DO UPDATE
         SET "status" = 'sending', "attempts" = n."attempts" + 1, "claimed_until" = EXCLUDED."claimed_until"
         WHERE n."status" IN ('pending', 'failed') OR (n."status" = 'sending' AND n."claimed_until" < now())
       RETURNING n."id", n."idempotency_key", n."recipients", n."subject", n."text_body", n."html_body"`,
      [
        JSON.stringify(
          [...firstByKey.values()].map(({ notification, leaseSeconds }) => ({
            idempotency_key: notification.idempotencyKey,
            kind: notification.kind,
            recipients: notification.recipients,
            subject: notification.subject,
            text_body: notification.textBody,
            html_body: notification.htmlBody ?? null,
            lease_seconds: leaseSeconds,
          })),
        ),
      ],
    );
    const byKey = new Map(rows.map((row) => [row.idempotency_key, row]));
    return claims.map((claim) => {
      const key = claim.notification.idempotencyKey;
      const row = firstByKey.get(key) === claim ? byKey.get(key) : undefined;
      return row
        ? {
            id: row.id,
            recipients: row.recipients,
            subject: row.subject,
            textBody: row.text_body,
            htmlBody: row.html_body,
          }
        : null;
    });
  }

  private async markAllSent(sendings: Sending[]): Promise<void> {
    // replace() with '' finds nothing: every row blanks as many secrets as the one holding the most.
    const slots = Math.max(0, ...sendings.map(({ secrets }) => secrets.length));
    const blank = (column: string) =>
      Array.from({ length: slots }).reduce<string>(
        (expression, _, index) => `replace(${expression}, coalesce(s."secrets"[${index + 1}], ''), $2)`,
        `n."${column}"`,
      );
    await this.notifications.query(
      `UPDATE "notifications" n SET "status" = 'sent', "smtp_message_id" = s."smtp_message_id", "sent_at" = now(),
         "last_error" = NULL, "claimed_until" = NULL, "rejected_recipients" = s."rejected_recipients",
         "text_body" = ${blank('text_body')}, "html_body" = ${blank('html_body')}
       FROM jsonb_to_recordset($1::jsonb) AS s("id" uuid, "smtp_message_id" text, "rejected_recipients" text[],
              "secrets" text[])
       WHERE n."id" = s."id"`,
      [
        JSON.stringify(
          sendings.map((sending) => ({
            id: sending.id,
            smtp_message_id: sending.smtpMessageId,
            rejected_recipients: sending.rejectedRecipients,
            secrets: sending.secrets,
          })),
        ),
        ...(slots > 0 ? [REDACTED] : []),
      ],
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
