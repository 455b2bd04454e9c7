// A plain script, not a test: `npm run bench:smtp -- --mails 1000 --connections 1,5,20`. dondoc's MailSender and
// nodemailer as it ships (the same pooled URL, its own sockets) send the same mails to the local mail sink, one
// after the other in each round (the order turning every round); every mail is counted at the sink.
import { createTransport } from 'nodemailer';
import { parseArgs } from 'node:util';
import { loadAppConfig } from '@dondoc/config';
import { freePort, startMailSink } from '@dondoc/devstack';
import { MailSender, type OutgoingMail, pooled } from '@dondoc/mail';
import { ratio, table } from './orchestration/bench-report';
import { benchLog, runBench } from './orchestration/bench-run';
import { measured, rotated, rowsPerSecond } from './persistence/contender';

const { values: flags } = parseArgs({
  options: {
    mails: { type: 'string', default: '1000' },
    connections: { type: 'string', default: '1,5,20' },
    rounds: { type: 'string', default: '3' },
  },
});
const MAILS = Number(flags.mails);
const ROUNDS = Number(flags.rounds);
const CONNECTIONS = flags.connections.split(',').map((count) => {
  if (!/^[1-9]\d*$/.test(count)) throw new Error(`--connections: ${count} is not a count of connections`);
  return Number(count);
});

const log = benchLog();
const stops: Array<() => Promise<void>> = [];

/** A reminder's size and shape: Vietnamese text and HTML, a personal link, base64 as MailSender sends it. */
function reminder(index: number): OutgoingMail {
  const link = `http://localhost:3000/r/${index.toString(36).padStart(24, 'x')}`;
  const line = `Nhiệm vụ 12: Tổ chức phổ biến, giáo dục pháp luật cho người dân tộc thiểu số; hạn báo cáo 20/11/2026.`;
  return {
    to: [`dau-moi-${index}@so-noi-vu.dondoc.invalid`],
    subject: '[dondoc] Nhắc hạn báo cáo: Kế hoạch 150/KH-UBND, nhiệm vụ 12, còn 3 ngày',
    text: `Kính gửi Sở Nội vụ,\n\n${line}\n\nGửi báo cáo tại: ${link}\n`.repeat(3),
    html: `<p>Kính gửi Sở Nội vụ,</p>${`<p>${line}</p><p><a href="${link}">Gửi báo cáo</a></p>`.repeat(3)}`,
    messageId: `<bench-${index}-${Date.now()}@dondoc.invalid>`,
  };
}

interface Sender {
  send(mail: OutgoingMail): Promise<unknown>;
  close(): void;
}

function dondocSender(url: string): Sender {
  const env = { ...process.env, NODE_ENV: 'development', DATABASE_URL: 'postgres://unused@127.0.0.1/unused' };
  const sender = new MailSender(loadAppConfig({ ...env, SMTP_URL: url }));
  return { send: (mail) => sender.send(mail), close: () => sender.onApplicationShutdown() };
}

function nodemailerAsShipped(url: string): Sender {
  const transport = createTransport(pooled(url));
  return {
    send: (mail) => transport.sendMail({ from: 'dondoc <dondoc@dondoc.invalid>', textEncoding: 'base64', ...mail }),
    close: () => transport.close(),
  };
}

const contenders = [
  { name: 'dondoc MailSender', open: dondocSender },
  { name: 'nodemailer as shipped', open: nodemailerAsShipped },
];

async function main(): Promise<Record<string, unknown>> {
  const sink = await startMailSink({ smtpPort: await freePort(), httpPort: 0 });
  stops.push(sink.stop);
  const results = [];
  for (const connections of CONNECTIONS) {
    const url = `smtp://127.0.0.1:${sink.smtpPort}?maxConnections=${connections}`;
    const rates: number[][] = contenders.map(() => []);
    for (let round = 0; round <= ROUNDS; round += 1) {
      const warmUp = round === 0;
      const mails = warmUp ? Math.min(MAILS, 50) : MAILS;
      for (const side of rotated([0, 1], round)) {
        const sender = contenders[side].open(url);
        sink.clear();
        const send = async () => {
          await Promise.all(Array.from({ length: mails }, (_, index) => sender.send(reminder(index))));
        };
        if (warmUp) await send();
        else rates[side].push(await rowsPerSecond(mails, send));
        sender.close();
        const arrived = sink.messages().length;
        if (arrived !== mails) throw new Error(`${contenders[side].name}: ${arrived} of ${mails} mails at the sink`);
      }
      log(
        warmUp ? `${connections} connection(s): warmed up` : `${connections} connection(s): round ${round}/${ROUNDS}`,
      );
    }
    const [dondoc, shipped] = rates.map(measured);
    results.push({ connections, dondoc, asShipped: shipped, ratio: dondoc.rowsPerSecond / shipped.rowsPerSecond });
  }
  process.stdout.write(
    `${table([
      ['mails a round, rounds', `${MAILS}, ${ROUNDS}`],
      ...results.flatMap(({ connections, dondoc, asShipped }): Array<[string, string]> => [
        [`${connections} connection(s): ${contenders[0].name}`, `${dondoc.rowsPerSecond} mails/s`],
        [`${connections} connection(s): ${contenders[1].name}`, `${asShipped.rowsPerSecond} mails/s`],
        [`${connections} connection(s): dondoc / as shipped`, ratio(dondoc.rowsPerSecond, asShipped.rowsPerSecond)],
      ]),
    ])}\n`,
  );
  return { mails: MAILS, rounds: ROUNDS, results };
}

runBench('smtp', main, { stops, log, timeoutMs: 15 * 60_000 });
