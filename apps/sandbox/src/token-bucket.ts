/** Per-key token buckets: `take` answers how long to wait (0 = allowed now). */
export class RateBuckets {
  readonly #capacity: number;
  readonly #perMs: number;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(limit: number, windowMs: number) {
    this.#capacity = limit;
    this.#perMs = limit / windowMs;
  }

  take(key: string, now: number): number {
    const bucket = this.#buckets.get(key) ?? { tokens: this.#capacity, at: now };
    bucket.tokens = Math.min(this.#capacity, bucket.tokens + (now - bucket.at) * this.#perMs);
    bucket.at = now;
    this.#buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / this.#perMs);
  }

  clear(): void {
    this.#buckets.clear();
  }
}
