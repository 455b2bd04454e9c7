import { setTimeout as sleep } from 'node:timers/promises';
import { type DataSource } from 'typeorm';
import { type LagStats, lagStats } from './bench-report';
import { type BenchMail, type BenchSink } from './bench-sink';

export interface ReminderResult {
  sendAt: string;
  expected: number;
  received: number;
  duplicateMessageIds: number;
  /** The same agency reminded twice about the same task. */
  duplicateRecipientTasks: number;
  outboxSent: number;
  /** Receipt by the sink minus the scheduled send instant, in ms; negative means sent early. */
  lag: LagStats & { min: number };
}

const BENCH_DOMAIN = '@bench.dondoc.invalid';
const TASK_IN_SUBJECT = /nhiệm vụ (\S+),/;
/** The due-day reminder's subject (libs/notifications' assignment notice): the work's 'assigned' mails are not. */
const DUE_DAY_REMINDER = 'Nhắc hạn báo cáo';
const ASSIGNED = 'Giao nhiệm vụ';

/** The bench agencies' mails in the sink whose subject holds `phrase`. */
export async function benchMails(sink: BenchSink, phrase: string): Promise<BenchMail[]> {
  return (await sink.mails(phrase)).filter((mail) => mail.to.some((to) => to.endsWith(BENCH_DOMAIN)));
}

/**
 * Waits (until `until`) for the 'assigned' mail each new assignment sends, so that the reminder burst is measured
 * alone; answers how many came and when the last did.
 */
export async function waitForAssignedMails(
  sink: BenchSink,
  options: { expected: number; until: number },
  log: (line: string) => void,
): Promise<{ received: number; lastAt: number }> {
  const assigned = () => benchMails(sink, ASSIGNED);
  let mails = await assigned();
  while (Date.now() < options.until && mails.length < options.expected) {
    await sleep(1000);
    mails = await assigned();
    log(`assigned mails: ${mails.length}/${options.expected} in the sink`);
  }
  return { received: mails.length, lastAt: Math.max(...mails.map((mail) => Date.parse(mail.receivedAt))) };
}

/** Waits for the due-day reminders (until `sendAt` + `graceMs`), then checks each arrived exactly once. */
export async function runReminderPhase(
  sink: BenchSink,
  database: DataSource,
  options: { sendAt: number; expected: number; graceMs: number },
  log: (line: string) => void,
): Promise<ReminderResult> {
  const ours = () => benchMails(sink, DUE_DAY_REMINDER);
  const waitUntil = options.sendAt + options.graceMs;
  log(`reminders: due at ${new Date(options.sendAt).toISOString()}, waiting up to ${options.graceMs / 1000} s after`);
  let last = -1;
  while (Date.now() < waitUntil && (await ours()).length < options.expected) {
    await sleep(2000);
    const count = (await ours()).length;
    if (count !== last || Date.now() >= options.sendAt) {
      log(
        `reminders: ${count}/${options.expected} in the sink (${Math.round((Date.now() - options.sendAt) / 1000)} s from due)`,
      );
    }
    last = count;
  }
  await sleep(5000); // a late duplicate would show up here
  const mails = await ours();
  const lags = mails.map((mail) => Date.parse(mail.receivedAt) - options.sendAt);
  const recipientTasks = mails.map(
    (mail) => `${mail.to.join(',')}|${TASK_IN_SUBJECT.exec(mail.subject)?.[1] ?? mail.subject}`,
  );
  const [{ sent }] = await database.query<Array<{ sent: number }>>(
    `SELECT count(*)::int AS sent FROM notifications WHERE status = 'sent' AND idempotency_key LIKE 'assignment:%:due-day:to:%'`,
  );
  return {
    sendAt: new Date(options.sendAt).toISOString(),
    expected: options.expected,
    received: mails.length,
    duplicateMessageIds: mails.length - new Set(mails.map((mail) => mail.messageId)).size,
    duplicateRecipientTasks: mails.length - new Set(recipientTasks).size,
    outboxSent: sent,
    lag: { ...lagStats(lags), min: Math.min(...lags) },
  };
}
