export interface RetryOptions {
  /** Attempts in all, the first included (default 3). */
  readonly maxAttempts?: number | undefined;
  /** First backoff step (default 250 ms); doubles each retry. */
  readonly baseDelayMs?: number | undefined;
  /** Cap of one wait (default 8 s). */
  readonly maxDelayMs?: number | undefined;
  /** No retry starts once this much time has passed since the first attempt (default 30 s). */
  readonly maxElapsedMs?: number | undefined;
}

export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly maxElapsedMs: number;
}

export function resolveRetryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  if (options === false) return { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0, maxElapsedMs: 0 };
  return {
    maxAttempts: Math.max(1, Math.floor(options?.maxAttempts ?? 3)),
    baseDelayMs: Math.max(0, options?.baseDelayMs ?? 250),
    maxDelayMs: Math.max(0, options?.maxDelayMs ?? 8_000),
    maxElapsedMs: Math.max(0, options?.maxElapsedMs ?? 30_000),
  };
}

/** Full-jitter exponential backoff: a random wait in [0, min(cap, base·2^retry)]. */
export function backoffDelay(policy: RetryPolicy, retry: number, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(ceiling * random());
}

/** `Retry-After` as seconds or an HTTP date, in ms from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? Math.round(seconds * 1000) : undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
