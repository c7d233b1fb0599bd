import type { Clock } from './clock.js';
import { unknownKeyIssues } from './unknown-keys.js';
import { type FieldIssue, VerifyValidationError } from './verify-error.js';

/**
 * Called once the request a slot was granted for has ended; calling it again does nothing. `stillInFlight` is true
 * when the attempt ended without an answer after its request may have left (a timeout, a reset): the request may
 * still reach Plivo later, so a limiter that dates slots at their end should keep counting it (the store-backed
 * limiter of the webhook action keeps its hold). Core's built-in limiter dates it at its end either way.
 */
export type ReleaseSlot = (stillInFlight?: boolean) => void;

/**
 * Decides when a request may go out. `acquire` resolves when it may, and rejects with the signal's reason if the
 * caller aborts while waiting (it then holds no slot). It may resolve to a `ReleaseSlot`: the client calls it
 * exactly once per attempt when that attempt ends (answer, error or abort), so the limiter can count the request
 * while it is in flight and date it at its end. A limiter that resolves `undefined` counts requests as it likes
 * (e.g. at start). Back it with a shared store when several processes share one Plivo account.
 */
export interface RateLimiter {
  // biome-ignore lint/suspicious/noConfusingVoidType: `Promise<void>` limiters written for the first API stay valid.
  acquire(signal?: AbortSignal): Promise<ReleaseSlot | void>;
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
  const issues: FieldIssue[] = unknownKeyIssues(options, ['limit', 'windowMs', 'maxQueue'], prefix);
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
 * A strict sliding window, enforced where it matters: at the server. A granted slot counts while its request is in
 * flight and, once released, is dated at its release (not its start) and counts for `windowMs` more. A request
 * reaches the server after it starts and before it ends, so any two requests that arrive within one window were
 * both counted when the later one was granted: no span of `windowMs` (ends included) sees more than `limit`
 * arrivals, whatever the socket pool, event loop or latency did. Callers wait first come, first served and are
 * woken by one timer (when the oldest dated slot leaves the window) or by a release; a caller aborted while
 * waiting holds no slot. Every granted slot must be released, or it counts for ever.
 */
export function slidingWindowLimiter(
  options: SlidingWindowOptions,
  clock: Clock,
): { acquire(signal?: AbortSignal): Promise<ReleaseSlot>; readonly waiting: number } {
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
  // Release times of ended requests still in the window, ascending; a time t counts until t + windowMs (included).
  const ended: number[] = [];
  let inFlight = 0;
  interface Waiter {
    readonly grant: (release: ReleaseSlot) => void;
    readonly signal: AbortSignal | undefined;
    readonly onAbort: () => void;
  }
  const queue: Waiter[] = [];
  // The one pending wake-up, if any.
  let timer: { readonly at: number; readonly stop: AbortController } | undefined;

  const forget = (now: number) => {
    while (ended.length > 0 && (ended[0] ?? 0) < now - windowMs) ended.shift();
  };
  const hasRoom = () => inFlight + ended.length < limit;

  const newRelease = (): ReleaseSlot => {
    inFlight += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      inFlight -= 1;
      // Monotone even if the wall clock steps back; a later date only counts the slot longer.
      ended.push(Math.max(clock.now(), ended[ended.length - 1] ?? 0));
      pump();
    };
  };

  // Grants waiters in order while there is room, then arms one timer for the moment the head could go.
  function pump(): void {
    const now = clock.now();
    forget(now);
    while (queue.length > 0 && hasRoom()) {
      const waiter = queue.shift() as Waiter;
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      waiter.grant(newRelease());
    }
    if (queue.length === 0) {
      timer?.stop.abort();
      timer = undefined;
      return;
    }
    // In-flight slots free nothing until released (a release calls pump); ended ones leave the window in order.
    const mustLeave = inFlight + ended.length - limit + 1;
    if (mustLeave > ended.length) return;
    const at = (ended[mustLeave - 1] ?? now) + windowMs + 1;
    if (timer !== undefined && timer.at <= at) return;
    timer?.stop.abort();
    const stop = new AbortController();
    timer = { at, stop };
    clock.sleep(Math.max(0, at - now), stop.signal).then(
      () => {
        if (timer?.stop === stop) timer = undefined;
        pump();
      },
      () => {},
    );
  }

  // When a caller joining the queue now could expect to go, counting in-flight slots as ending now.
  const estimateWait = (now: number): number => {
    const starts = [...ended, ...Array.from({ length: inFlight }, () => now)];
    let slot = now;
    for (let i = 0; i <= queue.length; i += 1) {
      const blocking = starts.length >= limit ? (starts[starts.length - limit] ?? now) + windowMs + 1 : now;
      slot = Math.max(now, blocking, starts[starts.length - 1] ?? now);
      starts.push(slot);
    }
    return slot - now;
  };

  return {
    get waiting() {
      return queue.length;
    },
    acquire(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      forget(clock.now());
      if (queue.length === 0 && hasRoom()) return Promise.resolve(newRelease());
      if (queue.length >= maxQueue) return Promise.reject(new QueueFullError(estimateWait(clock.now())));
      return new Promise<ReleaseSlot>((resolve, reject) => {
        const waiter: Waiter = {
          grant: resolve,
          signal,
          onAbort: () => {
            const index = queue.indexOf(waiter);
            if (index >= 0) queue.splice(index, 1);
            reject(signal?.reason);
            pump();
          },
        };
        signal?.addEventListener('abort', waiter.onAbort, { once: true });
        queue.push(waiter);
        pump();
      });
    },
  };
}
