import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows `limit` attempts a window per key, then says how long to wait, then allows again', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect(limiter.take('a')).toEqual({ allowed: true });
    expect(limiter.take('a')).toEqual({ allowed: true });
    now = 15_000;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(limiter.take('b')).toEqual({ allowed: true });
    now = 60_000;
    expect(limiter.take('a')).toEqual({ allowed: true });
  });

  it('says, without counting, whether a key has used its attempts, and forgets a key on request', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    limiter.take('a');
    expect(limiter.blocked('a')).toBeNull();
    limiter.take('a');
    now = 20_000;
    expect(limiter.blocked('a')).toBe(40);
    expect(limiter.blocked('a')).toBe(40);
    limiter.forget('a');
    expect(limiter.blocked('a')).toBeNull();
  });
});
