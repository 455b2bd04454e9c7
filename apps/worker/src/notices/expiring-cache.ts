/**
 * A bounded map whose entries live `ttlMs`: it holds the loading promise, so callers asking for the same key at the
 * same time (a reminder burst) share one load. When full, the oldest entry goes; a failed load is not kept.
 */
export class ExpiringCache<V> {
  private readonly entries = new Map<string, { value: Promise<V>; expiresAt: number }>();
  private readonly now: () => number;

  constructor(private readonly options: { ttlMs: number; maxEntries: number; now?: () => number }) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string, load: () => Promise<V>): Promise<V> {
    const now = this.now();
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt > now) return entry.value;
    this.entries.delete(key);
    const value = load();
    this.entries.set(key, { value, expiresAt: now + this.options.ttlMs });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    if (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}

/** Long enough to serve a burst, short enough that a directory edit reaches the next mail within seconds. */
export const NOTICE_FACTS_TTL_MS = 10_000;

/** What a notice names (plans, tasks, agencies, leads, calendar feeds), read once per burst. */
export const noticeFactsCache = <V>(): ExpiringCache<V> =>
  new ExpiringCache<V>({ ttlMs: NOTICE_FACTS_TTL_MS, maxEntries: 5_000 });
