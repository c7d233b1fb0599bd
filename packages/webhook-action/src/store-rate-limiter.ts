import type { RateLimiter } from './core-bridge.js';
import type { StateStore } from './state-store.js';

export interface StoreRateLimiterOptions {
  readonly limit: number;
  readonly windowMs: number;
  /** Longest a caller waits for a slot before it is refused (default 10 s). */
  readonly maxWaitMs?: number;
  /**
   * Added to the window: a slot is taken when the request leaves, Plivo counts it when it arrives, so the gap
   * between the two (network jitter) must not let two bursts fall into one of Plivo's windows (default 250 ms).
   */
  readonly marginMs?: number;
  readonly key?: string;
}

/** Thrown when no slot frees up within `maxWaitMs`. */
export class RateLimiterBusyError extends Error {
  override readonly name = 'RateLimiterBusyError';
  readonly retryAfterMs: number;
  constructor(retryAfterMs: number) {
    super('the Plivo account rate limit is busy');
    this.retryAfterMs = retryAfterMs;
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/**
 * Core's `RateLimiter`, counted in the shared store: every replica takes its slots from the same sliding window,
 * so together they never send more than `limit` requests in any `windowMs`.
 */
export function storeRateLimiter(store: StateStore, options: StoreRateLimiterOptions): RateLimiter {
  const key = options.key ?? 'plivo-account';
  const windowMs = options.windowMs + (options.marginMs ?? 250);
  const maxWaitMs = options.maxWaitMs ?? 10_000;
  return {
    async acquire(signal) {
      const started = Date.now();
      for (;;) {
        const hit = await store.hit(key, options.limit, windowMs);
        if (hit.allowed) return;
        const waited = Date.now() - started;
        if (waited + hit.retryAfterMs > maxWaitMs) throw new RateLimiterBusyError(hit.retryAfterMs);
        // Spread the wake-ups so waiting replicas do not all retry in the same millisecond.
        await sleep(hit.retryAfterMs + Math.floor(Math.random() * 20), signal);
      }
    },
  };
}
