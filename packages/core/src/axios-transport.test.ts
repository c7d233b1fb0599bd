import axios from 'axios';
import { describe, expect, it } from 'vitest';
import { SESSION_UUID } from './__fixtures__/fake-transport.js';
import { send, startLoopback } from './__fixtures__/loopback-server.js';
import { testClient } from './__fixtures__/test-client.js';
import { axiosTransport } from './axios-transport.js';
import { TransportError } from './transport.js';
import { VerifyAmbiguousError } from './verify-error.js';

describe('axiosTransport with a custom instance', () => {
  it('a plain Error from an interceptor is "sent" (maybe sent): a create is ambiguous and not repeated', async () => {
    const server = await startLoopback((_request, response) =>
      send(response, 202, { api_id: 'x', message: 'Session initiated', session_uuid: SESSION_UUID }),
    );
    try {
      // A response interceptor fails after Plivo took the request: the code went out, yet the error is no AxiosError.
      const instance = axios.create();
      instance.interceptors.response.use(() => {
        throw new Error('interceptor boom');
      });
      const transport = axiosTransport({ instance });
      const raw = await transport({ method: 'POST', url: `${server.url}/probe`, headers: {}, timeoutMs: 5_000 }).catch(
        (error: unknown) => error,
      );
      expect(TransportError.isInstance(raw)).toBe(true);
      expect(raw).toMatchObject({ phase: 'sent', reason: 'UNKNOWN', timedOut: false });

      const error = await testClient({ transport, baseUrl: server.url, retry: { maxAttempts: 3 } })
        .sessions.create({ recipient: '+14155550100' })
        .catch((e: unknown) => e);
      expect(VerifyAmbiguousError.isInstance(error)).toBe(true);
      // One probe plus one create: the create reached the server once and was not retried.
      expect(server.requests.map((request) => request.method)).toEqual(['POST', 'POST']);
    } finally {
      await server.close();
    }
  }, 20_000);
});
