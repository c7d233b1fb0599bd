import { createVerifyClient, type Transport, type VerifyClient } from '@plivo-verify/core/pure';
import type { RateLimiter } from './core-bridge.js';
import { fetchTransport } from './core-bridge.js';
import type { StateStore } from './state-store.js';
import { storeRateLimiter } from './store-rate-limiter.js';
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

function limited(verify: VerifyClient, limiter: RateLimiter): VerifyClient {
  // TEMPORARY until core2: core takes a RateLimiter itself; here each call takes its slot first.
  const sessions = verify.sessions;
  return {
    sessions: {
      ...sessions,
      create: async (params, call) => {
        await limiter.acquire(call?.signal);
        return sessions.create(params, call);
      },
      validate: async (uuid, otp, call) => {
        await limiter.acquire(call?.signal);
        return sessions.validate(uuid, otp, call);
      },
      get: async (uuid, call) => {
        await limiter.acquire(call?.signal);
        return sessions.get(uuid, call);
      },
    },
  };
}

/** The client the service uses: server credentials, the store-backed account limiter, no retries of creates. */
export function serviceVerifyClient(options: ServiceVerifyClientOptions): VerifyClient {
  const limit = options.accountLimit ?? { limit: 300, windowMs: 5_000 };
  const limiter = storeRateLimiter(options.store, limit);
  const verify = createVerifyClient({
    authId: options.authId,
    authToken: options.authToken,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    transport: options.transport ?? fetchTransport(),
    clock: webClock,
    rateLimit: false,
  });
  return limited(verify, limiter);
}
