import { axiosTransport } from '../axios-transport.js';
import { createVerifyClientWith, type VerifyClient, type VerifyClientOptions } from '../verify-client.js';
import { fakeClock } from './fake-clock.js';
import { AUTH_ID, AUTH_TOKEN } from './fake-transport.js';

/** A client with test credentials and an instant clock; real axios to `baseUrl` unless a transport is given. */
export function testClient(overrides: Partial<VerifyClientOptions> & { baseUrl?: string }): VerifyClient {
  return createVerifyClientWith({
    authId: AUTH_ID,
    authToken: AUTH_TOKEN,
    transport: axiosTransport(),
    clock: fakeClock(),
    ...overrides,
  });
}
