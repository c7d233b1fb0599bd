import { axiosTransport } from './axios-transport.js';
import { nodeClock } from './node-clock.js';
import { createVerifyClientWith, type VerifyClient, type VerifyClientOptions } from './verify-client.js';

export type CreateVerifyClientOptions = Omit<VerifyClientOptions, 'transport' | 'clock'> &
  Partial<Pick<VerifyClientOptions, 'transport' | 'clock'>>;

/**
 * A Plivo Verify client for Node. Transport defaults to axios with keep-alive (loaded on the first request);
 * clock to real time.
 *
 * ```ts
 * const verify = createVerifyClient({ authId, authToken });
 * const { session_uuid } = await verify.sessions.create({ recipient: '+14155550100' });
 * ```
 */
export function createVerifyClient(options: CreateVerifyClientOptions): VerifyClient {
  // Anything that is not an object is handed on as is, so the check names it (`options: is required`).
  if (typeof options !== 'object' || options === null) return createVerifyClientWith(options);
  return createVerifyClientWith({
    ...options,
    transport: options.transport ?? axiosTransport(),
    clock: options.clock ?? nodeClock,
  });
}
