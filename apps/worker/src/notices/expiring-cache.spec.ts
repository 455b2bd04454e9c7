import { ExpiringCache } from './expiring-cache';

describe('ExpiringCache', () => {
  let now = 0;
  const cache = (maxEntries = 3) => new ExpiringCache<string>({ ttlMs: 1_000, maxEntries, now: () => now });
  beforeEach(() => (now = 0));

  it('loads a key once for every caller within its lifetime, however many ask at the same time', async () => {
    const facts = cache();
    const load = jest.fn(() => Promise.resolve('Sở Tư pháp'));
    const answers = await Promise.all([1, 2, 3].map(() => facts.get('agency:1', load)));
    expect(answers).toEqual(['Sở Tư pháp', 'Sở Tư pháp', 'Sở Tư pháp']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads again once the entry has expired', async () => {
    const facts = cache();
    const load = jest.fn().mockResolvedValueOnce('cũ').mockResolvedValueOnce('mới');
    await facts.get('task:1', load);
    now = 999;
    expect(await facts.get('task:1', load)).toBe('cũ');
    now = 1_000;
    expect(await facts.get('task:1', load)).toBe('mới');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps at most maxEntries, letting the oldest go first', async () => {
    const facts = cache(2);
    const load = jest.fn((key: string) => Promise.resolve(key));
    for (const key of ['a', 'b', 'c']) await facts.get(key, () => load(key));
    expect(facts.size).toBe(2);
    await facts.get('a', () => load('a'));
    expect(load).toHaveBeenCalledTimes(4);
    await facts.get('c', () => load('c'));
    expect(load).toHaveBeenCalledTimes(4);
  });

  it('does not keep a failed load: the next caller tries again', async () => {
    const facts = cache();
    const load = jest.fn().mockRejectedValueOnce(new Error('connection reset')).mockResolvedValueOnce('ok');
    await expect(facts.get('plan:1', load)).rejects.toThrow('connection reset');
    expect(await facts.get('plan:1', load)).toBe('ok');
  });
});
