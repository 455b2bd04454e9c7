import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Socket } from 'node:net';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { loadAppConfig } from '@dondoc/config';
import { freePort } from '@dondoc/devstack';
import { MailSender } from '@dondoc/mail';

const mail = (to: string) => ({ to: [to], subject: 'Nhắc hạn báo cáo', text: 'Đường dẫn cá nhân: …' });
const address = (name: string) => `${name}-${randomBytes(4).toString('hex')}@so-tu-phap.dondoc.invalid`;

async function sendOnce(env: NodeJS.ProcessEnv, to: string): Promise<void> {
  const sender = new MailSender(loadAppConfig({ ...process.env, ...env }));
  try {
    await sender.send(mail(to));
  } finally {
    sender.onApplicationShutdown();
  }
}

describe('SMTP connections', () => {
  const tlsDir = join(__dirname, '../fixtures/tls');
  const received: Array<{ to: string; secure: boolean }> = [];
  const relays: SMTPServer[] = [];

  /** A relay offering TLS with its own certificate (test/fixtures/tls): senders are told not to verify it. */
  async function startRelay({ secure }: { secure: boolean }): Promise<number> {
    const port = await freePort();
    const relay = new SMTPServer({
      secure,
      key: readFileSync(join(tlsDir, 'relay.key')),
      cert: readFileSync(join(tlsDir, 'relay.crt')),
      authOptional: true,
      logger: false,
      onData(stream, session, callback) {
        stream.resume();
        stream.on('end', () => {
          received.push(...session.envelope.rcptTo.map((rcpt) => ({ to: rcpt.address, secure: session.secure })));
          callback();
        });
      },
    });
    relays.push(relay);
    await new Promise<void>((resolve) => relay.listen(port, '127.0.0.1', resolve));
    return port;
  }

  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await Promise.all(relays.map((relay) => new Promise<void>((resolve) => relay.close(() => resolve()))));
  });

  // Nagle's algorithm holds a mail's last line until the relay acknowledges the body, which a relay delays (40 ms
  // on Linux): one connection then carries 22 mails a second, and a reminder burst waits on it.
  it.each([
    ['pooled', ''],
    ['one connection a mail', '&pool=false'],
  ])('send every command at once, not held for the relay’s acknowledgement (%s)', async (_, pool) => {
    const connects = jest.spyOn(Socket.prototype, 'connect');
    const port = await startRelay({ secure: false });
    const to = address('nagle');
    const url = `smtp://127.0.0.1:${port}?tls.rejectUnauthorized=false${pool}`;
    await sendOnce({ NODE_ENV: 'development', SMTP_URL: url }, to);
    expect(received.filter((entry) => entry.to === to)).toHaveLength(1);
    const toRelay = connects.mock.calls
      .map(([args]) => (Array.isArray(args) ? (args[0] as unknown) : args) as { port?: number; noDelay?: boolean })
      .filter((options) => Number(options.port) === port);
    expect(toRelay).not.toHaveLength(0);
    expect(toRelay.map((options) => options.noDelay)).toEqual(toRelay.map(() => true));
  });

  it('sends over TLS from the first byte (smtps://)', async () => {
    const port = await startRelay({ secure: true });
    const to = address('smtps');
    await sendOnce({ NODE_ENV: 'development', SMTP_URL: `smtps://127.0.0.1:${port}?tls.rejectUnauthorized=false` }, to);
    expect(received.filter((entry) => entry.to === to)).toEqual([{ to, secure: true }]);
  });

  it('upgrades a plain connection with STARTTLS, as production requires', async () => {
    const port = await startRelay({ secure: false });
    const to = address('starttls');
    await sendOnce(
      {
        NODE_ENV: 'production',
        JWT_SECRET: randomBytes(32).toString('hex'),
        ADMIN_EMAIL: 'quan-tri@smtp-connections.dondoc.invalid',
        ADMIN_PASSWORD: randomBytes(16).toString('hex'),
        SMTP_URL: `smtp://127.0.0.1:${port}?tls.rejectUnauthorized=false`,
      },
      to,
    );
    expect(received.filter((entry) => entry.to === to)).toEqual([{ to, secure: true }]);
  });
});
