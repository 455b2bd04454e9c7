import { setTimeout as sleep } from 'node:timers/promises';
import { type SunkMail } from '@dondoc/devstack';

/** Reads what the test stack's SMTP sink received, waiting for mail that is still on its way. */
export async function mailsTo(address: string, { atLeast = 1, timeoutMs = 15_000 } = {}): Promise<SunkMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(`${process.env.MAIL_SINK_URL}/messages?to=${encodeURIComponent(address)}`);
    const mails = (await response.json()) as SunkMail[];
    if (mails.length >= atLeast || Date.now() > deadline) return mails;
    await sleep(200);
  }
}
