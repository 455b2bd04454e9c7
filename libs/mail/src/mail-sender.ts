import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { type Socket, connect } from 'node:net';
import { createTransport, type Transporter } from 'nodemailer';
import type SMTPConnection from 'nodemailer/lib/smtp-connection';
import SMTPPool from 'nodemailer/lib/smtp-pool';
import SMTPTransport from 'nodemailer/lib/smtp-transport';
import { APP_CONFIG, type AppConfig } from '@dondoc/config';

export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
  html?: string;
  /** Becomes the Message-ID, so a resend after a lost acknowledgement is recognisable as the same mail. */
  messageId?: string;
}

/** What the relay made of a mail: its Message-ID, and the recipients it refused while accepting the others. */
export interface SentMail {
  messageId: string;
  rejected: string[];
}

@Injectable()
export class MailSender implements OnApplicationShutdown {
  private readonly transport: Transporter;
  private readonly from: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.transport = smtpTransport(pooled(config.mail.url, { requireTls: config.env === 'production' }));
    this.from = config.mail.from;
  }

  /** Sends over SMTP; throws when the relay accepts no recipient at all. */
  async send(mail: OutgoingMail): Promise<SentMail> {
    const info = (await this.transport.sendMail({
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      textEncoding: 'base64',
    })) as { messageId: string; rejected?: Array<string | { address: string }> };
    const rejected = (info.rejected ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.address));
    return { messageId: info.messageId, rejected };
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}

/** nodemailer's own transport for the URL, pooled or not, on connections that send without delay. */
function smtpTransport(url: string): Transporter {
  // nodemailer reads `pool=false`, `pool=0` and `pool=` as no pool.
  if (['false', '0', ''].includes(new URL(url).searchParams.get('pool') ?? 'true')) {
    return createTransport(new SMTPTransport({ url, getSocket: openWithoutDelay }));
  }
  return createTransport(new SMTPPool({ url, pool: true, getSocket: openWithoutDelay }));
}

/**
 * With Nagle's algorithm a mail's last line (".") waits until the relay acknowledges the body, which the relay
 * delays (40 ms on Linux): 22 mails a second a connection, whatever the relay's speed. nodemailer takes a connection
 * opened here as it takes a proxy's, and still does the TLS itself (smtps:// at once, STARTTLS when asked).
 */
function openWithoutDelay(
  options: SMTPConnection.Options,
  callback: (error: Error | null, socket: { connection: Socket }) => void,
): void {
  const port = Number(options.port) || (options.secure ? 465 : 587);
  const connection = connect({ host: options.host ?? 'localhost', port, noDelay: true, keepAlive: true });
  callback(null, { connection });
}

/**
 * Reminders go out in bursts (every agency of a task at 08:00): reuse a few SMTP connections rather than opening
 * one per mail. An explicit `?pool=` or `?maxConnections=` in SMTP_URL wins.
 */
const SMTP_TIMEOUTS_MS = { connectionTimeout: 15_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

export function pooled(smtpUrl: string, { requireTls = false } = {}): string {
  const url = new URL(smtpUrl);
  // In production a relay that will not STARTTLS is refused rather than sent personal links in clear text, unless
  // SMTP_URL says `requireTLS=false` itself (a relay on the same host).
  if (requireTls && url.protocol === 'smtp:' && !url.searchParams.has('requireTLS')) {
    url.searchParams.set('requireTLS', 'true');
  }
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  if (!url.searchParams.has('maxConnections')) url.searchParams.set('maxConnections', '5');
  // nodemailer waits minutes by default: an attempt must end well inside the send activity's one-minute timeout.
  for (const [name, ms] of Object.entries(SMTP_TIMEOUTS_MS)) {
    if (!url.searchParams.has(name)) url.searchParams.set(name, String(ms));
  }
  return url.toString();
}
