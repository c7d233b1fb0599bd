/**
 * Per-key sliding windows: at most `limit` accepted requests in ANY `windowMs` span, as Plivo documents its limits.
 * Each key keeps the times of its last `limit` accepted requests in a ring, so a check is O(1).
 */
export class SlidingWindows {
  readonly #limit: number;
  readonly #windowMs: number;
  readonly #rings = new Map<string, { times: Float64Array; next: number }>();

  constructor(limit: number, windowMs: number) {
    this.#limit = limit;
    this.#windowMs = windowMs;
  }

  /** Milliseconds until `key` may make another request (0 = now); records nothing. */
  wait(key: string, now: number): number {
    const ring = this.#rings.get(key);
    if (ring === undefined) return 0;
    // The oldest of the last `limit` accepted requests: while it is inside the window, the window is full.
    const oldest = ring.times[ring.next] as number;
    return Math.max(0, oldest + this.#windowMs - now);
  }

  /** Records an accepted request. */
  record(key: string, now: number): void {
    let ring = this.#rings.get(key);
    if (ring === undefined) {
      ring = { times: new Float64Array(this.#limit).fill(Number.NEGATIVE_INFINITY), next: 0 };
      this.#rings.set(key, ring);
    }
    ring.times[ring.next] = now;
    ring.next = (ring.next + 1) % this.#limit;
  }

  clear(): void {
    this.#rings.clear();
  }
}
