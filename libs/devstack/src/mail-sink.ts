import { createServer, type Server as HttpServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SunkMail {
  id: number;
  messageId?: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html?: string;
  headers: Record<string, string>;
  receivedAt: string;
}

export interface RunningMailSink {
  smtpPort: number;
  httpPort: number;
  messages(): SunkMail[];
  /** Forgets what it kept: a benchmark measuring memory does not count ten thousand mails as its own. */
  clear(): void;
  stop: () => Promise<void>;
}

/** Addresses in this domain are refused at RCPT TO, as a real relay refuses a mailbox that does not exist. */
export const REFUSED_DOMAIN = 'rejected.invalid';

/**
 * A local SMTP server that keeps every message and lists them as JSON at GET /messages. It refuses recipients
 * under REFUSED_DOMAIN with a 550, so a bad address in the directory can be tried end to end.
 */
export async function startMailSink(options: { smtpPort: number; httpPort: number }): Promise<RunningMailSink> {
  const messages: SunkMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const domain = address.address.split('@').pop()?.toLowerCase() ?? '';
      if (domain === REFUSED_DOMAIN || domain.endsWith(`.${REFUSED_DOMAIN}`)) {
        const refusal = Object.assign(new Error(`5.1.1 <${address.address}>: mailbox unavailable`), {
          responseCode: 550,
        });
        callback(refusal);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.push({
            id: messages.length + 1,
            messageId: parsed.messageId,
            from: parsed.from?.text ?? '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : undefined,
            headers: Object.fromEntries([...parsed.headers].map(([key, value]) => [key, headerText(value)])),
            receivedAt: new Date().toISOString(),
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    smtp.once('error', reject);
    smtp.listen(options.smtpPort, '127.0.0.1', () => resolve());
  });
  // smtp-server emits a client's connection errors here: a worker killed mid-session resets its socket, which is
  // the sender's failure to report (its outbox retries), not the sink's, and must not bring down the process.
  smtp.on('error', () => undefined);

  const http = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'DELETE' && url.pathname === '/messages') {
      messages.length = 0;
      response.writeHead(204).end();
      return;
    }
    const to = url.searchParams.get('to');
    const list = to ? messages.filter((message) => message.to.includes(to)) : messages;
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(list, null, 2));
  });
  await listen(http, options.httpPort);

  return {
    smtpPort: (smtp.server.address() as AddressInfo).port,
    httpPort: (http.address() as AddressInfo).port,
    messages: () => [...messages],
    clear: () => void messages.splice(0),
    stop: async () => {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    },
  };
}

function listen(server: HttpServer, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
}

function headerText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'text' in value) return String(value.text);
  return JSON.stringify(value);
}
