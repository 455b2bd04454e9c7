import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { addDays, atLocalTime, type IsoDate } from '@dondoc/domain';

/** 256 bits, URL-safe: what a personal link carries after /r/ or /i/. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
export const MAX_LINK_GRACE_DAYS = 90;

/**
 * The token of the link inside one outbox email, derived from the email's key with the server's secret: a retried
 * activity rebuilds the same email with the same token, and the database never needs the token itself.
 */
export function deriveLinkToken(secret: string, emailKey: string): string {
  return createHmac('sha256', secret).update(`dondoc/personal-link/${emailKey}`).digest('base64url');
}

/** A fresh token for a link nobody could have derived: a renewal a person asked for. */
export const randomLinkToken = (): string => randomBytes(32).toString('base64url');

export const isLinkTokenShaped = (token: string): boolean => TOKEN.test(token);

export const hashLinkToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Compares a stored hash with a presented token's hash in constant time. */
export function linkTokenMatches(storedHash: string, token: string): boolean {
  const presented = Buffer.from(hashLinkToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === presented.length && timingSafeEqual(stored, presented);
}

/** A link works until the end (Hà Nội time) of the day `graceDays` after the deadline. */
export function linkExpiry(due: IsoDate, graceDays: number): Date {
  const grace = Math.min(Math.max(graceDays, 0), MAX_LINK_GRACE_DAYS);
  return new Date(atLocalTime(addDays(due, grace + 1), '00:00'));
}

export type LinkVerdict = 'valid' | 'expired' | 'revoked';

export interface LinkFacts {
  expiresAt: Date;
  revokedAt: Date | null;
  /** The agency the link was sent to, and the agency that holds the assignment now (assignment links). */
  agencyId: string | null;
  currentAgencyId?: string | null;
}

/** Revocation wins over expiry; a link to an agency that no longer holds the work is revoked even if not yet marked. */
export function judgeLink(link: LinkFacts, now: Date): LinkVerdict {
  if (link.revokedAt) return 'revoked';
  if (link.currentAgencyId !== undefined && link.currentAgencyId !== link.agencyId) return 'revoked';
  if (now.getTime() >= link.expiresAt.getTime()) return 'expired';
  return 'valid';
}
