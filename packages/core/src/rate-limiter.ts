import type { Clock } from './clock.js';

export interface TokenBucketOptions {
  /** Requests allowed per window. */
  readonly limit: number;
  readonly windowMs: number;
  /** Callers allowed to wait at once; one more is refused at once (default 1000). */
  readonly maxQueue?: number;
}

export class QueueFullError extends Error {
  override readonly name = 'QueueFullError';
  readonly retryAfterMs: number;
  constructor(retryAfterMs: number) {
    super('client-side rate limit queue is full');
    this.retryAfterMs = retryAfterMs;
  }
}

/**
 * A token bucket in which a caller reserves its token up front and sleeps for the deficit, so waiting callers
 * are served first come, first served without a timer loop.
 */
export class TokenBucket {
  readonly #capacity: number;
  readonly #refillPerMs: number;
  readonly #maxQueue: number;
  readonly #clock: Clock;
  #tokens: number;
  #updatedAt: number;
  #waiting = 0;

  constructor(options: TokenBucketOptions, clock: Clock) {
    if (!(options.limit > 0) || !(options.windowMs > 0)) {
      throw new RangeError('rate limit needs limit > 0 and windowMs > 0');
    }
    this.#capacity = options.limit;
    this.#refillPerMs = options.limit / options.windowMs;
    this.#maxQueue = options.maxQueue ?? 1000;
    this.#clock = clock;
    this.#tokens = options.limit;
    this.#updatedAt = clock.now();
  }

  #refill(): void {
    const now = this.#clock.now();
    this.#tokens = Math.min(this.#capacity, this.#tokens + (now - this.#updatedAt) * this.#refillPerMs);
    this.#updatedAt = now;
  }

  /** Resolves when the caller may send; rejects with `QueueFullError` when too many already wait. */
  async acquire(signal?: AbortSignal): Promise<void> {
    this.#refill();
    if (this.#tokens >= 1) {
      this.#tokens -= 1;
      return;
    }
    const waitMs = Math.ceil((1 - this.#tokens) / this.#refillPerMs);
    if (this.#waiting >= this.#maxQueue) throw new QueueFullError(waitMs);
    this.#tokens -= 1;
    this.#waiting += 1;
    try {
      await this.#clock.sleep(waitMs, signal);
    } catch (error) {
      this.#tokens += 1; // give the reservation back
      throw error;
    } finally {
      this.#waiting -= 1;
    }
  }

  /** Callers currently waiting for a token. */
  get waiting(): number {
    return this.#waiting;
  }
}

/** `false` turns a limit off. */
export interface RateLimitOptions {
  /** Account-wide limit; Plivo documents 300 requests per 5 s. */
  readonly account?: TokenBucketOptions | false;
  /** List endpoint limit; Plivo documents 20 requests per minute. */
  readonly list?: TokenBucketOptions | false;
}

export const PLIVO_ACCOUNT_LIMIT: TokenBucketOptions = { limit: 300, windowMs: 5_000 };
export const PLIVO_LIST_LIMIT: TokenBucketOptions = { limit: 20, windowMs: 60_000 };
