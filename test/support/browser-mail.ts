import { setTimeout as sleep } from 'node:timers/promises';
import { type SunkMail } from '@dondoc/devstack';

/** Everything the test stack's SMTP sink holds for `address`, oldest first. */
export async function sunkMailTo(address: string): Promise<SunkMail[]> {
  const response = await fetch(`${process.env.MAIL_SINK_URL}/messages?to=${encodeURIComponent(address)}`);
  return (await response.json()) as SunkMail[];
}

const startsWith = (mail: SunkMail, prefix: string) =>
  mail.subject.normalize('NFC').startsWith(prefix.normalize('NFC'));

/** Mails to `address` whose subject starts with `prefix`, waiting until there are `count`; fails naming what came. */
export async function mailsWithSubject(
  address: string,
  prefix: string,
  { count = 1, timeoutMs = 30_000 } = {},
): Promise<SunkMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const all = await sunkMailTo(address);
    const matching = all.filter((mail) => startsWith(mail, prefix));
    if (matching.length >= count) return matching;
    if (Date.now() > deadline) {
      const seen = all.map((mail) => `  ${mail.subject}`).join('\n') || '  (none)';
      throw new Error(`no ${count} mail(s) "${prefix}…" to ${address} in ${timeoutMs} ms; it got:\n${seen}`);
    }
    await sleep(200);
  }
}

/** The newest mail to `address` whose subject starts with `prefix`, once there are `count` of them. */
export async function mailWithSubject(address: string, prefix: string, options: { count?: number } = {}) {
  const matching = await mailsWithSubject(address, prefix, options);
  return matching[matching.length - 1];
}

/** Counts mails to `address` starting with `prefix` after giving late ones `settleMs` to arrive. */
export async function settledCount(address: string, prefix: string, settleMs = 2_000): Promise<number> {
  await sleep(settleMs);
  return (await sunkMailTo(address)).filter((mail) => startsWith(mail, prefix)).length;
}

const PERSONAL_LINK = /https?:\/\/[^\s<>"]*?\/(?:r|i)\/[A-Za-z0-9_-]+/;

/** The first personal link (`…/r/<token>` or `…/i/<token>`) in a sunk mail's text. */
export function linkFrom(mail: SunkMail): string {
  const match = PERSONAL_LINK.exec(mail.text);
  if (!match) throw new Error(`no personal link in "${mail.subject}":\n${mail.text}`);
  return match[0];
}

/** The token a personal link carries. */
export const tokenOf = (link: string): string => new URL(link).pathname.split('/').pop() ?? '';

/** The same link with its token's last character changed: a link copied wrong. */
export function tampered(link: string): string {
  const last = link.slice(-1);
  return `${link.slice(0, -1)}${last === 'A' ? 'B' : 'A'}`;
}
