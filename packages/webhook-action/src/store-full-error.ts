/**
 * The store holds as many live entries as it may: a new one is refused rather than an old one forgotten (a
 * forgotten idempotency record or rate window could let a retry send a second code). The service answers 503.
 */
export class StoreFullError extends Error {
  override readonly name = 'StoreFullError';
  /** When the earliest live entry expires (a hint for Retry-After). */
  readonly retryAfterMs: number;
  constructor(retryAfterMs: number) {
    super('the state store is full of live entries');
    this.retryAfterMs = Math.max(1, Math.min(retryAfterMs, 3_600_000));
  }
}
