import { deriveFeedToken, feedIdOfToken } from '@dondoc/auth';
import { type CalendarFeedEntity } from '@dondoc/persistence';
import { feedTokensIn, feedUrlOf } from './calendar-feed-links';

const deps = { linkSecret: 'a-test-secret-that-is-long-enough-to-sign', publicUrl: 'https://dondoc.example' };
const feed = {
  id: '0b5e7c1e-8f5a-4d8e-9a51-6a2f3c4d5e6f',
  scope: 'agency',
  agencyId: '7d1c9a0e-2b3f-4c5d-8e9f-a0b1c2d3e4f5',
  planId: null,
  generation: 2,
  revokedAt: null,
} as CalendarFeedEntity;

describe('calendar feed links', () => {
  it('puts the current generation’s token in the feed’s URL under the API', () => {
    const token = deriveFeedToken(deps.linkSecret, { ...feed, subjectId: feed.agencyId!, scope: 'agency' });
    expect(feedUrlOf(deps, feed)).toBe(`https://dondoc.example/api/feeds/${token}.ics`);
    expect(feedIdOfToken(token)).toBe(feed.id);
  });

  it('gives no URL for a revoked feed', () => {
    expect(feedUrlOf(deps, { ...feed, revokedAt: new Date('2027-01-01') })).toBeNull();
  });

  it('finds the token in a feed URL, for the outbox to blank, and nothing in none', () => {
    const url = feedUrlOf(deps, feed)!;
    expect(feedTokensIn(url)).toEqual([url.slice('https://dondoc.example/api/feeds/'.length, -'.ics'.length)]);
    expect(feedTokensIn(null)).toEqual([]);
    expect(feedTokensIn(undefined)).toEqual([]);
  });
});
