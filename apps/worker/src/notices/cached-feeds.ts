import { type CalendarFeedEntity, type CalendarFeedRepository } from '@dondoc/persistence';
import { noticeFactsCache } from './expiring-cache';

type FeedEnsurer = Pick<CalendarFeedRepository, 'ensure'>;

/**
 * The calendar feed every mail to an agency names, made or read once per agency for a few seconds: a reminder burst
 * to a hundred agencies reads a hundred feeds, not one per mail. A feed revoked meanwhile is named for those seconds
 * more, and answers nothing.
 */
export function cachedFeeds(feeds: FeedEnsurer): FeedEnsurer {
  const cache = noticeFactsCache<CalendarFeedEntity>();
  return { ensure: (scope, subjectId) => cache.get(`${scope}:${subjectId}`, () => feeds.ensure(scope, subjectId)) };
}
