import { nodeClock } from '@plivo-verify/core/clock';
import {
  createVerifyClient,
  fetchTransport,
  PLIVO_ACCOUNT_LIMIT,
  type Transport,
  type VerifyClient,
} from '@plivo-verify/core/pure';
import type { StateStore } from './state-store.js';
import { storeRateLimiter } from './store-rate-limiter.js';

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

/** The client the service uses: server credentials, the store-backed account limiter, no retries of creates. */
export function serviceVerifyClient(options: ServiceVerifyClientOptions): VerifyClient {
  const limit = options.accountLimit ?? PLIVO_ACCOUNT_LIMIT;
  return createVerifyClient({
    authId: options.authId,
    authToken: options.authToken,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    transport: options.transport ?? fetchTransport(),
    clock: nodeClock,
    // Per request to Plivo; the service's overall budget (which includes waiting for the limiter) is longer.
    timeoutMs: 10_000,
    // Plivo's account limit counted in the store (each attempt holds its slot until it ends); core keeps Plivo's
    // list limit (20 per minute) per process.
    rateLimit: { account: storeRateLimiter(options.store, limit) },
  });
}
