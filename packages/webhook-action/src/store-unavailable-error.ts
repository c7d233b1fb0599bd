/**
 * The state store did not answer (Redis down or unreachable). Raised before anything is sent, the service answers a
 * retryable 503; after a send, the service keeps the answer it has and never lets this replace it.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  /** The client's error code or name (e.g. `ECONNREFUSED`): safe to log, never a URL or a password. */
  readonly reason: string;
  constructor(cause: unknown) {
    const code = (cause as { code?: unknown } | null)?.code;
    const name = (cause as { name?: unknown } | null)?.name;
    const reason = typeof code === 'string' ? code : typeof name === 'string' ? name : 'unknown';
    super(`the state store did not answer (${reason})`);
    this.reason = reason;
  }
}
