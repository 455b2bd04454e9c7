import { createHmac, timingSafeEqual } from 'node:crypto';
import { type CalendarFeedEntity, type CalendarFeedScope, feedSubjectOf } from '@dondoc/persistence';

/** The feed's id (16 bytes) then the MAC (32 bytes), both base64url: what a feed URL carries before `.ics`. */
const TOKEN = /^[A-Za-z0-9_-]{65}$/;
const ID_LENGTH = 22;

export interface FeedKey {
  id: string;
  scope: CalendarFeedScope;
  /** The agency's or the plan's id. */
  subjectId: string;
  generation: number;
}

/** What a stored feed's token is derived from. */
export const feedKeyOf = (
  feed: Pick<CalendarFeedEntity, 'id' | 'scope' | 'agencyId' | 'planId' | 'generation'>,
): FeedKey => ({
  id: feed.id,
  scope: feed.scope,
  subjectId: feedSubjectOf(feed),
  generation: feed.generation,
});

/**
 * A feed's token: its row id, to find it, and an HMAC of its scope, subject and generation with the server's
 * secret. The database holds nothing that opens the feed, and the worker can put the current URL into a mail.
 */
export function deriveFeedToken(secret: string, feed: FeedKey): string {
  return `${Buffer.from(feed.id.replaceAll('-', ''), 'hex').toString('base64url')}${macOf(secret, feed)}`;
}

/** The id of the feed a token names, or null when it is not shaped like a feed token. */
export function feedIdOfToken(token: string): string | null {
  if (!TOKEN.test(token)) return null;
  const hex = Buffer.from(token.slice(0, ID_LENGTH), 'base64url').toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Whether `token` is the feed's current one; compared in constant time. */
export function feedTokenMatches(secret: string, feed: FeedKey, token: string): boolean {
  if (!TOKEN.test(token)) return false;
  const expected = Buffer.from(deriveFeedToken(secret, feed));
  const presented = Buffer.from(token);
  return expected.length === presented.length && timingSafeEqual(expected, presented);
}

const macOf = (secret: string, feed: FeedKey): string =>
  createHmac('sha256', secret)
    .update(`dondoc/calendar-feed/${feed.scope}/${feed.subjectId}/${feed.generation}`)
    .digest('base64url');
