import { fetchTransport } from '@plivo-verify/core/pure';
import { type CreateAppOptions, createApp } from './create-app.js';
import { storeSecretFrom } from './idempotency.js';
import { memoryStore } from './memory-store.js';
import { serviceVerifyClient } from './service-verify-client.js';

export interface FetchHandlerOptions extends Omit<CreateAppOptions, 'verify'> {
  readonly plivo: { readonly authId: string; readonly authToken: string; readonly baseUrl?: string };
  /** Override the platform fetch (tests, custom agents). */
  readonly fetch?: typeof fetch;
}

/**
 * `(request) => Promise<Response>` for serverless and edge runtimes (Cloudflare `export default { fetch }`,
 * Vercel, Deno, Bun, `hono/aws-lambda`). Uses core's `fetchTransport`: no axios, no Node APIs.
 */
export function createFetchHandler(options: FetchHandlerOptions): (request: Request) => Promise<Response> {
  const store = options.store ?? memoryStore();
  const transport = fetchTransport(options.fetch ? { fetch: options.fetch } : {});
  const verify = serviceVerifyClient({ ...options.plivo, store, transport });
  const storeSecret = options.storeSecret || storeSecretFrom(options.plivo.authToken);
  const app = createApp({ ...options, store, storeSecret, verify });
  return async (request) => app.fetch(request);
}
