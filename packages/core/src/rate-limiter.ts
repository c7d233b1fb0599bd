import type { Clock } from './clock.js';
import { type FieldIssue, VerifyValidationError } from './verify-error.js';

/**
 * Decides when a request may go out. `acquire` resolves when it may, and rejects with the signal's reason if the
 * caller aborts while waiting (the slot is then given back). Back it with a shared store when several processes
 * share one Plivo account.
 */
export interface RateLimiter {
  acquire(signal?: AbortSignal): Promise<void>;
}

export interface SlidingWindowOptions {
  /** Requests allowed in any window of `windowMs`. */
  readonly limit: number;
  readonly windowMs: number;
  /** Callers allowed to wait at once; one more is refused at once (default 1000). */
  readonly maxQueue?: number;
}

/** `false` turns a limit off; a `RateLimiter` replaces the built-in one. */
export interface RateLimitOptions {
  /** Account-wide limit; Plivo documents 300 requests per 5 s. */
  readonly account?: SlidingWindowOptions | RateLimiter | false;
  /** List endpoint limit; Plivo documents 20 requests per minute. */
  readonly list?: SlidingWindowOptions | RateLimiter | false;
}

export const PLIVO_ACCOUNT_LIMIT: SlidingWindowOptions = { limit: 300, windowMs: 5_000 };
export const PLIVO_LIST_LIMIT: SlidingWindowOptions = { limit: 20, windowMs: 60_000 };

const QUEUE_FULL = Symbol.for('plivo-verify.limiter.queue-full');

/** Thrown by the built-in limiter when too many callers wait; the client turns it into a local rate-limit error. */
export class QueueFullError extends Error {
  override readonly name = 'QueueFullError';
  readonly retryAfterMs: number;
  constructor(retryAfterMs: number) {
    super('client-side rate limit queue is full');
    this.retryAfterMs = retryAfterMs;
    Object.defineProperty(this, QUEUE_FULL, { value: true });
  }
  static isInstance(value: unknown): value is QueueFullError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[QUEUE_FULL] === true;
  }
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

/** Checks limiter options; issues name the field under `prefix`. */
export function checkWindowOptions(options: unknown, prefix: string): FieldIssue[] {
  if (typeof options !== 'object' || options === null) {
    return [{ field: prefix, message: 'expected { limit, windowMs, maxQueue? }, a RateLimiter or false' }];
  }
  const { limit, windowMs, maxQueue } = options as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  if (!isPositiveInteger(limit)) issues.push({ field: `${prefix}.limit`, message: 'expected an integer of 1 or more' });
  if (!isPositiveInteger(windowMs) || windowMs > 86_400_000) {
    issues.push({ field: `${prefix}.windowMs`, message: 'expected milliseconds, an integer from 1 to 86400000' });
  }
  if (maxQueue !== undefined && !(typeof maxQueue === 'number' && Number.isInteger(maxQueue) && maxQueue >= 0)) {
    issues.push({ field: `${prefix}.maxQueue`, message: 'expected an integer of 0 or more' });
  }
  return issues;
}

/**
 * A strict sliding window: in ANY span of `windowMs` (ends included) at most `limit` requests start, so no window
 * Plivo may count in answers 429 to one client. Slots are handed out first come, first served: each caller
 * reserves the earliest slot after the `limit`-th most recent one has left the window, and sleeps until then.
 * A caller aborted while waiting gives its slot back.
 */
export function slidingWindowLimiter(
  options: SlidingWindowOptions,
  clock: Clock,
): RateLimiter & { readonly waiting: number } {
  const issues = checkWindowOptions(options, 'options');
  if (
    clock === null ||
    typeof clock !== 'object' ||
    typeof clock.now !== 'function' ||
    typeof clock.sleep !== 'function'
  ) {
    issues.push({ field: 'clock', message: 'expected { now(), sleep(ms, signal) }' });
  }
  if (issues.length > 0) {
    throw new VerifyValidationError(
      `Invalid rate limiter: ${issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ')}`,
      { operation: 'client', method: 'NEW', path: '', issues, source: 'client' },
    );
  }
  const { limit, windowMs } = options;
  const maxQueue = options.maxQueue ?? 1000;
  // Start times of granted and reserved requests, ascending.
  const slots: number[] = [];
  let waiting = 0;

  return {
    get waiting() {
      return waiting;
    },
    async acquire(signal) {
      signal?.throwIfAborted();
      const now = clock.now();
      // Slots that can no longer share a window with a request starting now are dropped.
      while (slots.length > 0 && (slots[0] ?? 0) < now - windowMs) slots.shift();
      const blocking = slots.length >= limit ? (slots[slots.length - limit] ?? now) + windowMs + 1 : now;
      const slot = Math.max(now, blocking, slots[slots.length - 1] ?? now);
      if (slot <= now) {
        slots.push(now);
        return;
      }
      if (waiting >= maxQueue) throw new QueueFullError(slot - now);
      slots.push(slot);
      waiting += 1;
      try {
        await clock.sleep(slot - now, signal);
      } catch (error) {
        // Give the slot back so the next caller may use it.
        const index = slots.lastIndexOf(slot);
        if (index >= 0) slots.splice(index, 1);
        throw error;
      } finally {
        waiting -= 1;
      }
    },
  };
}
