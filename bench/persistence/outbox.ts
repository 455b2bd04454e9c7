import { randomBytes, randomUUID } from 'node:crypto';
import { type Pool } from 'pg';
import { type DataSource } from 'typeorm';
import { SENDING_LEASE_MS } from '@dondoc/notifications';
import { type NewNotification, NotificationRepository, REDACTED } from '@dondoc/persistence';
import { type Contender } from './contender';
import { insertRows, statementBatches, valuesList } from './multi-row';

/** A mail as an assignment notice makes it: one recipient, a personal link whose token is blanked once sent. */
export type Mail = NewNotification & { token: string };

const LEASE_SECONDS = Math.ceil(SENDING_LEASE_MS / 1000);
const CONTENT = ['idempotency_key', 'kind', 'recipients', 'subject', 'text_body', 'html_body'];
const CLAIM = `ON CONFLICT ("idempotency_key") DO UPDATE
    SET "status" = 'sending', "attempts" = n."attempts" + 1, "claimed_until" = EXCLUDED."claimed_until"
    WHERE n."status" IN ('pending', 'failed') OR (n."status" = 'sending' AND n."claimed_until" < now())`;
// NotificationRepository's two statements, as it sends them.
const ENQUEUE_SQL = `INSERT INTO "notifications" AS n ("${CONTENT.join('", "')}", "status", "attempts", "claimed_until")
  VALUES ($1, $2, $3, $4, $5, $6, 'sending', 1, now() + make_interval(secs => $7)) ${CLAIM}
  RETURNING n."id", n."recipients", n."subject", n."text_body", n."html_body"`;
const MARK_SENT_SQL = `UPDATE "notifications" SET "status" = 'sent', "smtp_message_id" = $2, "sent_at" = now(),
  "last_error" = NULL, "claimed_until" = NULL, "rejected_recipients" = $3,
  "text_body" = replace("text_body", $5, $4), "html_body" = replace("html_body", $5, $4) WHERE "id" = $1`;

const contentOf = (mail: Mail) => [
  mail.idempotencyKey,
  mail.kind,
  mail.recipients,
  mail.subject,
  mail.textBody,
  mail.htmlBody ?? null,
];
const messageIdOf = (id: string) => `<${id}@dondoc.invalid>`;

async function inParallel<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
}

/**
 * deliverNotification's database part, `concurrency` mails at a time as the worker's activities run it; the same
 * two statements through raw `pg`; both set-based for the whole batch; and the lower bound: one multi-row INSERT.
 */
export function outboxContenders(dataSource: DataSource, pool: Pool, concurrency: number): Array<Contender<Mail[]>> {
  const notifications = new NotificationRepository(dataSource);
  return [
    {
      name: 'dondoc: enqueueClaimed + markSent a mail',
      write: (mails) =>
        inParallel(mails, concurrency, async (mail) => {
          const claimed = await notifications.enqueueClaimed(mail, SENDING_LEASE_MS);
          if (!claimed) throw new Error(`${mail.idempotencyKey} was not claimed`);
          await notifications.markSent(claimed.id, messageIdOf(claimed.id), [mail.token]);
        }),
    },
    {
      name: '(a) raw pg: same 2 statements a mail',
      write: (mails) =>
        inParallel(mails, concurrency, async (mail) => {
          const { rows } = await pool.query<{ id: string }>(ENQUEUE_SQL, [...contentOf(mail), LEASE_SECONDS]);
          await pool.query(MARK_SENT_SQL, [rows[0].id, messageIdOf(rows[0].id), [], REDACTED, mail.token]);
        }),
    },
    {
      name: '(b) raw pg: 1 multi-row INSERT, already sent',
      write: async (mails) => {
        const sentAt = new Date();
        const rows = mails.map((mail) => {
          const id = randomUUID();
          const blank = (body: string) => body.replaceAll(mail.token, REDACTED);
          const content = [...contentOf(mail).slice(0, 4), blank(mail.textBody), blank(mail.htmlBody ?? '')];
          return [...content, id, 'sent', 1, messageIdOf(id), sentAt];
        });
        await insertRows(
          pool,
          'notifications',
          [...CONTENT, 'id', 'status', 'attempts', 'smtp_message_id', 'sent_at'],
          rows,
        );
      },
    },
    {
      name: '(c) raw pg: same claim and markSent, set-based',
      write: async (mails) => {
        const tokens = new Map(mails.map((mail) => [mail.idempotencyKey, mail.token]));
        for (const batch of statementBatches(mails.map(contentOf), CONTENT.length)) {
          const claimed = valuesList(
            batch,
            (row) => `${row.join(', ')}, 'sending', 1, now() + make_interval(secs => ${LEASE_SECONDS})`,
          );
          const { rows } = await pool.query<{ id: string; idempotency_key: string }>(
            `INSERT INTO "notifications" AS n ("${CONTENT.join('", "')}", "status", "attempts", "claimed_until")
             VALUES ${claimed} ${CLAIM} RETURNING n."id", n."idempotency_key"`,
            batch.flat(),
          );
          await pool.query(
            `UPDATE "notifications" n SET "status" = 'sent', "smtp_message_id" = t."message_id", "sent_at" = now(),
               "last_error" = NULL, "claimed_until" = NULL, "rejected_recipients" = '{}',
               "text_body" = replace(n."text_body", t."token", $1), "html_body" = replace(n."html_body", t."token", $1)
             FROM unnest($2::uuid[], $3::text[], $4::text[]) AS t("id", "message_id", "token") WHERE n."id" = t."id"`,
            [
              REDACTED,
              rows.map((row) => row.id),
              rows.map((row) => messageIdOf(row.id)),
              rows.map((row) => tokens.get(row.idempotency_key)),
            ],
          );
        }
      },
    },
  ];
}

export function mailsFor(batch: string, count: number): Mail[] {
  return Array.from({ length: count }, (_, index) => {
    const token = randomBytes(24).toString('base64url');
    const link = `https://dondoc.invalid/l/${token}`;
    const address = `vanthu${index}@so-${index % 40}.invalid`;
    return {
      token,
      idempotencyKey: `bench:${batch}:reminder:${index}:to:${address}`,
      kind: 'assignment_reminder',
      recipients: [address],
      subject: `Nhắc hạn báo cáo nhiệm vụ NV.${index % 25} (hạn 30/06/2026)`,
      textBody: `Kính gửi Văn phòng Sở,\nĐề nghị báo cáo kết quả thực hiện nhiệm vụ trước ngày 30/06/2026: ${link}\n`,
      htmlBody: `<p>Kính gửi Văn phòng Sở,</p><p>Đề nghị báo cáo trước ngày 30/06/2026: <a href="${link}">mở</a></p>`,
    };
  });
}

/** Fails the run unless every mail of the batch is stored sent, its link blanked from both bodies. */
export async function expectSent(dataSource: DataSource, batch: string, expected: number): Promise<void> {
  const [{ sent }] = await dataSource.query<Array<{ sent: number }>>(
    `SELECT count(*)::int AS sent FROM notifications
     WHERE idempotency_key LIKE $1 AND status = 'sent' AND strpos(text_body, $2) > 0 AND strpos(html_body, $2) > 0`,
    [`bench:${batch}:%`, REDACTED],
  );
  if (sent !== expected) throw new Error(`${batch}: ${sent} mails sent with their links blanked, expected ${expected}`);
}
