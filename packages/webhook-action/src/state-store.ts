/** Result of counting one event in a sliding window. */
export interface WindowHit {
  /** True when the event was counted (it fits the limit). */
  readonly allowed: boolean;
  /** Events left in the window after this one. */
  readonly remaining: number;
  /** When not allowed: how long until one more would fit. When allowed: until the oldest event leaves. */
  readonly retryAfterMs: number;
}

/**
 * Shared state of the service: idempotency records, dedupe entries, fraud counters and the Plivo account
 * limiter. Every method is atomic on its own, so several replicas can share one store.
 */
export interface StateStore {
  /** Stores `value` under `key` only if the key is absent; returns the value already there, if any. */
  putIfAbsent(key: string, value: string, ttlMs: number): Promise<string | undefined>;
  /** Overwrites `key`. */
  put(key: string, value: string, ttlMs: number): Promise<void>;
  get(key: string): Promise<string | undefined>;
  delete(key: string): Promise<void>;
  /** Counts one event in the sliding window `key` if fewer than `limit` happened in the last `windowMs`. */
  hit(key: string, limit: number, windowMs: number): Promise<WindowHit>;
  close(): Promise<void>;
}
