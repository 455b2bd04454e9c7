import { randomBytes } from 'node:crypto';
import { loadAppConfig } from '@dondoc/config';
import { MailSender } from '@dondoc/mail';
import { mailsTo } from '../support/mail-sink-client';

const production = {
  ...process.env,
  NODE_ENV: 'production',
  JWT_SECRET: randomBytes(32).toString('hex'),
  ADMIN_EMAIL: 'quan-tri@smtp-tls.dondoc.invalid',
  ADMIN_PASSWORD: randomBytes(16).toString('hex'),
};

/** The test stack's mail sink offers no STARTTLS, like a relay misconfigured to talk in clear text. */
describe('SMTP without TLS', () => {
  const mail = (to: string) => ({ to: [to], subject: 'Nhắc việc', text: 'Đường dẫn cá nhân: …' });

  it('is refused in production: a personal link is never sent in clear text', async () => {
    const sender = new MailSender(loadAppConfig(production));
    const to = `clear-${randomBytes(4).toString('hex')}@so-tu-phap.dondoc.invalid`;
    try {
      await expect(sender.send(mail(to))).rejects.toThrow(/STARTTLS/i);
    } finally {
      sender.onApplicationShutdown();
    }
    expect(await mailsTo(to, { timeoutMs: 500, atLeast: 1 })).toEqual([]);
  });

  it('is allowed in development, against the local sink', async () => {
    const sender = new MailSender(loadAppConfig({ ...process.env, NODE_ENV: 'development' }));
    const to = `local-${randomBytes(4).toString('hex')}@so-tu-phap.dondoc.invalid`;
    try {
      await sender.send(mail(to));
    } finally {
      sender.onApplicationShutdown();
    }
    expect(await mailsTo(to)).toHaveLength(1);
  });
});
