/** Time as the client sees it. Injected so that retries and rate limits are testable without waiting. */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
