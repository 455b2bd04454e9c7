import { deriveFeedToken, type FeedKey, feedIdOfToken, feedTokenMatches } from './calendar-feed-tokens';

const secret = 'a-test-secret-that-is-long-enough-to-sign';
const feed: FeedKey = {
  id: '0b5e7c1e-8f5a-4d8e-9a51-6a2f3c4d5e6f',
  scope: 'agency',
  subjectId: '7d1c9a0e-2b3f-4c5d-8e9f-a0b1c2d3e4f5',
  generation: 1,
};

describe('calendar feed tokens', () => {
  it('derives the same URL-safe token for the same feed and generation, carrying the feed’s id', () => {
    const token = deriveFeedToken(secret, feed);
    expect(token).toMatch(/^[A-Za-z0-9_-]{65}$/);
    expect(deriveFeedToken(secret, { ...feed })).toBe(token);
    expect(feedIdOfToken(token)).toBe(feed.id);
  });

  it('derives another token for another generation, scope, subject or secret', () => {
    const token = deriveFeedToken(secret, feed);
    expect(deriveFeedToken(secret, { ...feed, generation: 2 })).not.toBe(token);
    expect(deriveFeedToken(secret, { ...feed, scope: 'plan' })).not.toBe(token);
    expect(deriveFeedToken(secret, { ...feed, subjectId: '7d1c9a0e-2b3f-4c5d-8e9f-a0b1c2d3e4f6' })).not.toBe(token);
    expect(deriveFeedToken(`${secret}!`, feed)).not.toBe(token);
  });

  it('accepts the current generation’s token only: a regenerated feed refuses the old one', () => {
    const first = deriveFeedToken(secret, feed);
    const regenerated = { ...feed, generation: 2 };
    expect(feedTokenMatches(secret, feed, first)).toBe(true);
    expect(feedTokenMatches(secret, regenerated, first)).toBe(false);
    expect(feedTokenMatches(secret, regenerated, deriveFeedToken(secret, regenerated))).toBe(true);
  });

  it('refuses a tampered token, one of another shape, and one signed with another secret', () => {
    const token = deriveFeedToken(secret, feed);
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect(feedTokenMatches(secret, feed, tampered)).toBe(false);
    expect(feedTokenMatches(secret, feed, token.slice(1))).toBe(false);
    expect(feedTokenMatches(secret, feed, `${token}=`)).toBe(false);
    expect(feedTokenMatches(secret, feed, deriveFeedToken(`${secret}!`, feed))).toBe(false);
  });

  it('reads no feed id out of a token of another shape', () => {
    expect(feedIdOfToken('not-a-token')).toBeNull();
    expect(feedIdOfToken(`${deriveFeedToken(secret, feed)}A`)).toBeNull();
    expect(feedIdOfToken(`${'/'.repeat(22)}${'A'.repeat(43)}`)).toBeNull();
  });
});
