import {
  createVerifyClient,
  fetchTransport,
  PLIVO_ACCOUNT_LIMIT,
  type Transport,
  type VerifyClient,
} from '@plivo-verify/core/pure';
import type { StateStore } from './state-store.js';
import { type StoreRateLimiter, storeRateLimiter } from './store-rate-limiter.js';
import { webClock } from './web-clock.js';

export interface ServiceVerifyClientOptions {
  readonly authId: string;
  readonly authToken: string;
  readonly baseUrl?: string;
  /** Default: core's `fetchTransport` (no axios), so the same code runs on edge runtimes. */
  readonly transport?: Transport;
  /** Plivo's account limit counted in this store, shared by every replica using it. */
  readonly store: StateStore;
  /** Default 300 requests per 5 s, Plivo's documented account limit. */
  readonly accountLimit?: { readonly limit: number; readonly windowMs: number; readonly maxWaitMs?: number };
}

/**
 * Each call holds an account slot from before it is sent until it has ended. Core's `rateLimit` option takes a
 * plain `RateLimiter` (acquire only), which cannot re-date a slot when the answer comes back; under load the time
 * between taking a slot and the request reaching Plivo is unbounded, so only this keeps the 300-in-any-5-s promise.
 */
function limited(verify: VerifyClient, limiter: StoreRateLimiter): VerifyClient {
  const sessions = verify.sessions;
  async function within<T>(signal: AbortSignal | undefined, call: () => Promise<T>): Promise<T> {
    const done = await limiter.acquireSlot(signal);
    try {
      return await call();
    } finally {
      await done();
    }
  }
  return {
    sessions: {
      ...sessions,
      create: (params, call) => within(call?.signal, () => sessions.create(params, call)),
      validate: (uuid, otp, call) => within(call?.signal, () => sessions.validate(uuid, otp, call)),
      get: (uuid, call) => within(call?.signal, () => sessions.get(uuid, call)),
      findAttempts: (query, call) => within(call?.signal, () => sessions.findAttempts(query, call)),
    },
  };
}

/** The client the service uses: server credentials, the store-backed account limiter, no retries of creates. */
export function serviceVerifyClient(options: ServiceVerifyClientOptions): VerifyClient {
  const limit = options.accountLimit ?? PLIVO_ACCOUNT_LIMIT;
  const limiter = storeRateLimiter(options.store, limit);
  const verify = createVerifyClient({
    authId: options.authId,
    authToken: options.authToken,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    transport: options.transport ?? fetchTransport(),
    clock: webClock,
    // Per request to Plivo; the service's overall budget (which includes waiting for the limiter) is longer.
    timeoutMs: 10_000,
    // The account limit is taken around each call below; core keeps Plivo's list limit (20 per minute).
    rateLimit: { account: false },
  });
  return limited(verify, limiter);
}
