import { nodeClock } from '@plivo-verify/core/clock';
import type { Clock, RateLimiter, ReleaseSlot } from '@plivo-verify/core/pure';
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
  /**
   * How long a slot stays counted if it is never released (a crashed replica): the longest a request may be in
   * flight (default 30 s).
   */
  readonly holdMs?: number;
  /** Time for the wait deadline and the sleeps between polls (default: the wall clock and timers). */
  readonly clock?: Clock;
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

/** Core's `RateLimiter` whose `acquire` always hands back the `ReleaseSlot` core calls when the attempt ends. */
export interface StoreRateLimiter extends RateLimiter {
  acquire(signal?: AbortSignal): Promise<ReleaseSlot>;
}

/**
 * Core's `RateLimiter` (`rateLimit: { account: limiter }`), counted in the shared store: every replica takes its
 * slots from the same sliding window, so together they never send more than `limit` requests in any `windowMs`.
 * A slot counts as if its request could reach Plivo at any moment until core releases it when the attempt ends;
 * it is then re-dated to that moment, so however long the request took to arrive, the next window starts after
 * it. (A plain acquire-only limiter cannot do this: under load the time from slot to arrival is unbounded.)
 */
export function storeRateLimiter(store: StateStore, options: StoreRateLimiterOptions): StoreRateLimiter {
  const key = options.key ?? 'plivo-account';
  const windowMs = options.windowMs + (options.marginMs ?? 250);
  const maxWaitMs = options.maxWaitMs ?? 10_000;
  const clock = options.clock ?? nodeClock;
  // Waiters in this process take turns (first come, first served) with at most `POLLERS` asking the store at
  // once: hundreds of waiters would otherwise hammer it, and the CPU, in a retry loop.
  const POLLERS = 16;
  let active = 0;
  const queue: Array<() => void> = [];

  async function take(deadline: number, holdMs: number, signal?: AbortSignal): Promise<string | undefined> {
    for (;;) {
      signal?.throwIfAborted();
      const hit = await store.hit(key, options.limit, windowMs, holdMs);
      if (hit.allowed) return hit.id;
      if (clock.now() + hit.retryAfterMs > deadline) throw new RateLimiterBusyError(hit.retryAfterMs);
      await clock.sleep(hit.retryAfterMs + Math.floor(Math.random() * 10), signal);
    }
  }

  async function acquire(signal?: AbortSignal): Promise<ReleaseSlot> {
    const deadline = clock.now() + maxWaitMs;
    if (active >= POLLERS) await new Promise<void>((resolve) => queue.push(resolve));
    active += 1;
    let id: string | undefined;
    try {
      id = await take(deadline, options.holdMs ?? 30_000, signal);
    } finally {
      active -= 1;
      queue.shift()?.();
    }
    let released = false;
    return (stillInFlight = false) => {
      if (released || id === undefined) return;
      released = true;
      // No answer after the request left (a timeout, a reset): it may still reach Plivo, so the slot keeps its hold
      // (counted until `holdMs` after it was taken) instead of being dated now, which would free it too early.
      if (stillInFlight) return;
      void store.touch(key, id).catch(() => {});
    };
  }

  return { acquire };
}
