/** Result of counting one event in a sliding window. */
export interface WindowHit {
  /** True when the event was counted (it fits the limit). */
  readonly allowed: boolean;
  /** Events left in the window after this one. */
  readonly remaining: number;
  /** When not allowed: how long until one more would fit. When allowed: until the oldest event leaves. */
  readonly retryAfterMs: number;
  /** Id of the counted event (when allowed), for `touch`. */
  readonly id?: string;
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
  /**
   * Counts one event in the sliding window `key` if fewer than `limit` are in the last `windowMs`. With `holdMs`
   * the event is dated that far ahead (it stays counted while the work it stands for may still be running) until
   * `touch` dates it to the moment the work ended.
   */
  hit(key: string, limit: number, windowMs: number, holdMs?: number): Promise<WindowHit>;
  /** Dates a counted event to now (if it is still in the window): the request it stands for has ended. */
  touch(key: string, id: string): Promise<void>;
  /** Resolves when the store answers (a shared store: checked at start-up and by `/healthz`). */
  ping?(): Promise<void>;
  close(): Promise<void>;
}
