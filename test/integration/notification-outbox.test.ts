import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { type AppConfig } from '@dondoc/config';
import { freePort } from '@dondoc/devstack';
import { MailSender } from '@dondoc/mail';
import { NotificationRepository, REDACTED } from '@dondoc/persistence';
import { HeldByAnotherAttempt, deliverNotification } from '@dondoc/notifications';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { captureStatements } from '../support/sql-capture';
import { mailsTo } from '../support/mail-sink-client';
import { stackConfig } from '../support/stack-apps';

describe('notification outbox on real PostgreSQL and SMTP', () => {
  const contexts: INestApplicationContext[] = [];

  async function deps(config: AppConfig) {
    const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    contexts.push(context);
    return { notifications: context.get(NotificationRepository), mail: context.get(MailSender) };
  }

  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  const notification = (recipient: string) => ({
    idempotencyKey: `reminder:${randomUUID()}:2026-11-20:v1`,
    kind: 'reminder',
    recipients: [recipient],
    subject: 'Nhắc hạn báo cáo: Kế hoạch số 972/KH-UBND — còn 3 ngày',
    textBody: 'Đề nghị Sở Văn hóa, Thể thao và Du lịch gửi báo cáo trước ngày 20/11/2026.',
  });

  it('sends one mail when two attempts deliver the same notification at once (a retry beside a slow one)', async () => {
    const recipient = `sgddt-${randomUUID().slice(0, 8)}@laichau.dondoc.invalid`;
    const sameNotification = notification(recipient);
    const delivery = await deps(stackConfig());
    const attempts = await Promise.allSettled([
      deliverNotification(delivery, sameNotification),
      deliverNotification(delivery, sameNotification),
    ]);
    expect(attempts.filter((attempt) => attempt.status === 'fulfilled').length).toBeGreaterThanOrEqual(1);
    for (const attempt of attempts) {
      if (attempt.status === 'rejected') expect(String(attempt.reason)).toMatch(/another attempt is sending/);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await mailsTo(recipient, { atLeast: 2, timeoutMs: 1_000 })).toHaveLength(1);
    const stored = await delivery.notifications.getByIdempotencyKey(sameNotification.idempotencyKey);
    expect(stored).toMatchObject({ status: 'sent', attempts: 1, claimedUntil: null });
  });

  it('sends one mail however often the same notification is delivered', async () => {
    const recipient = `svhttdl-${randomUUID().slice(0, 8)}@laichau.dondoc.invalid`;
    const sameNotification = notification(recipient);
    const delivery = await deps(stackConfig());

    const first = await deliverNotification(delivery, sameNotification);
    const second = await deliverNotification(delivery, sameNotification);

    expect(second).toEqual(first);
    const mails = await mailsTo(recipient);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ subject: sameNotification.subject, messageId: first.messageId });
    expect(mails[0].text.trim()).toBe(sameNotification.textBody);
  });

  it('keeps a mail waiting with its error when the relay is unreachable, then sends it on retry', async () => {
    const recipient = `stp-${randomUUID().slice(0, 8)}@laichau.dondoc.invalid`;
    const pending = notification(recipient);
    const down = await deps(stackConfig({ SMTP_URL: `smtp://127.0.0.1:${await freePort()}` }));

    await expect(deliverNotification(down, pending)).rejects.toThrow(/ECONNREFUSED/);
    const waiting = await down.notifications.getByIdempotencyKey(pending.idempotencyKey);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringMatching(/ECONNREFUSED/) });

    const up = await deps(stackConfig());
    const { messageId } = await deliverNotification(up, pending);
    const sent = await up.notifications.getByIdempotencyKey(pending.idempotencyKey);
    expect(sent).toMatchObject({ status: 'sent', attempts: 2, smtpMessageId: messageId, lastError: null });
    expect(await mailsTo(recipient)).toHaveLength(1);
  });

  it('takes over a mail an attempt that died left sending once its lease has run out, and not before', async () => {
    const recipient = `sct-${randomUUID().slice(0, 8)}@laichau.dondoc.invalid`;
    const orphan = notification(recipient);
    const delivery = await deps(stackConfig());
    const held = await delivery.notifications.enqueueClaimed(orphan, 60_000);
    expect(held).toMatchObject({ recipients: [recipient], subject: orphan.subject });

    const refused = await deliverNotification(delivery, orphan).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(HeldByAnotherAttempt);
    expect((refused as HeldByAnotherAttempt).message).toMatch(
      /another attempt is sending .*; its lease runs out in (5\d|60) s$/,
    );
    // Told how long the lease has left, so that the next try waits that long rather than the retry policy's backoff.
    expect((refused as HeldByAnotherAttempt).heldForMs).toBeGreaterThan(50_000);
    expect((refused as HeldByAnotherAttempt).heldForMs).toBeLessThanOrEqual(60_000);
    await contexts
      .at(-1)!
      .get(DataSource)
      .query(`UPDATE notifications SET claimed_until = now() - interval '1 second' WHERE idempotency_key = $1`, [
        orphan.idempotencyKey,
      ]);
    const { messageId } = await deliverNotification(delivery, { ...orphan, subject: 'not sent: the stored copy is' });

    const mails = await mailsTo(recipient);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ subject: orphan.subject, messageId });
    expect(await delivery.notifications.getByIdempotencyKey(orphan.idempotencyKey)).toMatchObject({
      status: 'sent',
      attempts: 2,
    });
  });

  it('delivers to the addresses the relay accepts and records the ones it refuses, without failing', async () => {
    const good = `sgtvt-${randomUUID().slice(0, 8)}@laichau.dondoc.invalid`;
    const refused = `khong-ton-tai-${randomUUID().slice(0, 8)}@laichau.rejected.invalid`;
    const mixed = { ...notification(good), recipients: [good, refused] };
    const delivery = await deps(stackConfig());

    const outcome = await deliverNotification(delivery, mixed);

    expect(outcome).toEqual({ messageId: expect.any(String), rejected: [refused] });
    expect(await mailsTo(good)).toHaveLength(1);
    expect(await delivery.notifications.getByIdempotencyKey(mixed.idempotencyKey)).toMatchObject({
      status: 'sent',
      rejectedRecipients: [refused],
    });
  });

  it('records a mail every address of which is refused as rejected, once, and does not try it again', async () => {
    const refused = `sai-dia-chi-${randomUUID().slice(0, 8)}@laichau.rejected.invalid`;
    const hopeless = notification(refused);
    const delivery = await deps(stackConfig());

    const first = await deliverNotification(delivery, hopeless);
    const again = await deliverNotification(delivery, hopeless);

    expect(first).toEqual({ messageId: null, rejected: [refused] });
    expect(again).toEqual(first);
    expect(await delivery.notifications.getByIdempotencyKey(hopeless.idempotencyKey)).toMatchObject({
      status: 'rejected',
      attempts: 1,
      rejectedRecipients: [refused],
      lastError: expect.stringMatching(/550/),
    });
  });

  it('lets mails delivered at once share their statements, and sends each once with its own link blanked', async () => {
    const delivery = await deps(stackConfig());
    const mails = Array.from({ length: 20 }, (_, index) => {
      const token = randomUUID();
      const recipient = `xa-${index}-${randomUUID().slice(0, 8)}@laichau.dondoc.invalid`;
      const link = `https://dondoc.invalid/l/${token}`;
      return {
        token,
        ...notification(recipient),
        textBody: `Đề nghị Ủy ban nhân dân xã gửi báo cáo: ${link}`,
        htmlBody: `<p>Đề nghị gửi báo cáo: <a href="${link}">mở</a></p>`,
      };
    });

    const statements = await captureStatements(contexts.at(-1)!.get(DataSource), async () => {
      await Promise.all(mails.map((mail) => deliverNotification(delivery, mail, [mail.token])));
    });

    expect(statements.filter(({ sql }) => sql.includes('INSERT INTO "notifications"')).length).toBeLessThan(5);
    for (const mail of mails) {
      const [sent] = await mailsTo(mail.recipients[0]);
      expect(sent.text).toContain(mail.token);
      const stored = await delivery.notifications.getByIdempotencyKey(mail.idempotencyKey);
      expect(stored).toMatchObject({ status: 'sent', attempts: 1, smtpMessageId: sent.messageId, claimedUntil: null });
      expect(`${stored!.textBody} ${stored!.htmlBody}`).not.toContain(mail.token);
      expect(stored!.textBody).toContain(REDACTED);
      expect(stored!.htmlBody).toContain(REDACTED);
    }
  });

  it('marks mails sent at once in shared statements, each with its own message, refusals and secrets', async () => {
    const delivery = await deps(stackConfig());
    const mails = Array.from({ length: 6 }, (_, index) => {
      const secrets = [randomUUID(), randomUUID()].slice(0, 1 + (index % 2));
      return { secrets, ...notification(`p${index}-${randomUUID().slice(0, 8)}@hoabinh.dondoc.invalid`) };
    });
    const claimed = await Promise.all(
      mails.map((mail) =>
        delivery.notifications.enqueueClaimed({ ...mail, textBody: `${mail.secrets.join(' và ')} (mã)` }, 60_000),
      ),
    );

    const statements = await captureStatements(contexts.at(-1)!.get(DataSource), async () => {
      await Promise.all(
        claimed.map((row, index) =>
          delivery.notifications.markSent(row!.id, `<m${index}@relay>`, mails[index].secrets, [`r${index}@x.invalid`]),
        ),
      );
    });

    expect(statements.filter(({ sql }) => sql.includes('UPDATE "notifications"'))).toHaveLength(2);
    for (const [index, mail] of mails.entries()) {
      expect(await delivery.notifications.getByIdempotencyKey(mail.idempotencyKey)).toMatchObject({
        status: 'sent',
        smtpMessageId: `<m${index}@relay>`,
        rejectedRecipients: [`r${index}@x.invalid`],
        textBody: mail.secrets.map(() => REDACTED).join(' và ') + ' (mã)',
      });
    }
  });

  it('claims a mail asked for twice in one shared statement once', async () => {
    const delivery = await deps(stackConfig());
    const first = notification(`a-${randomUUID().slice(0, 8)}@dienbien.dondoc.invalid`);
    const twice = notification(`b-${randomUUID().slice(0, 8)}@dienbien.dondoc.invalid`);

    const [alone, ...together] = await Promise.all([
      delivery.notifications.enqueueClaimed(first, 60_000),
      delivery.notifications.enqueueClaimed(twice, 60_000),
      delivery.notifications.enqueueClaimed(twice, 60_000),
    ]);

    expect(alone).toMatchObject({ recipients: first.recipients });
    expect(together.filter((row) => row !== null)).toHaveLength(1);
    expect(await delivery.notifications.getByIdempotencyKey(twice.idempotencyKey)).toMatchObject({
      status: 'sending',
      attempts: 1,
    });
  });
});
