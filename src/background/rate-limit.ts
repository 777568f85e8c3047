/**
 * A sliding-window rate limit per key (a tab id): at most `limit` events in any `windowMs`.
 * In memory only: a restarted service worker starts with a clean slate, which is fine for a
 * limit whose job is to turn a flood into a trickle, not to count exactly.
 */
export class RateLimiter<K> {
  private readonly times = new Map<K, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one event for `key` and says whether it is within the limit (refused ones do not count). */
  allow(key: K): boolean {
    const now = this.now();
    this.forgetBefore(now - this.windowMs);
    const recent = this.times.get(key) ?? [];
    if (recent.length >= this.limit) return false;
    recent.push(now);
    this.times.set(key, recent);
    return true;
  }

  /** Forgets everything (tests). */
  clear(): void {
    this.times.clear();
  }

  /** Drops what left the window, and keys with nothing left (closed tabs do not pile up). */
  private forgetBefore(cutoff: number): void {
    for (const [key, times] of this.times) {
      const kept = times.filter((time) => time > cutoff);
      if (kept.length) this.times.set(key, kept);
      else this.times.delete(key);
    }
  }
}
