import { type CalendarFeedEntity, type CalendarFeedRepository } from '@dondoc/persistence';
import { ExpiringCache } from './expiring-cache';

type FeedEnsurer = Pick<CalendarFeedRepository, 'ensure'>;

/**
 * The calendar feed every mail to an agency names, made or read once per agency for a few seconds: a reminder burst
 * to a hundred agencies reads a hundred feeds, not one per mail. A feed revoked meanwhile is named for those seconds
 * more, and answers nothing.
 */
export function cachedFeeds(feeds: FeedEnsurer, ttlMs = 10_000): FeedEnsurer {
  const cache = new ExpiringCache<CalendarFeedEntity>({ ttlMs, maxEntries: 5_000 });
  return { ensure: (scope, subjectId) => cache.get(`${scope}:${subjectId}`, () => feeds.ensure(scope, subjectId)) };
}
