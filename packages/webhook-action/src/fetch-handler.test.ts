import { startSandbox } from '@plivo-verify/sandbox';
import { describe, expect, it } from 'vitest';
import { createFetchHandler } from './fetch-handler.js';

describe('createFetchHandler (serverless / edge entry)', () => {
  it("serves the routes with core's fetchTransport over the platform fetch it is given", async () => {
    const sandbox = await startSandbox({ port: 0 });
    try {
      let upstreamCalls = 0;
      const countingFetch: typeof fetch = (input, init) => {
        upstreamCalls += 1;
        return fetch(input, init);
      };
      const handler = createFetchHandler({
        plivo: { authId: sandbox.authId, authToken: sandbox.authToken, baseUrl: sandbox.url },
        apiKeys: ['edge-key-123456'],
        fetch: countingFetch,
      });
      const sent = await handler(
        new Request('https://edge.example/v1/sessions', {
          method: 'POST',
          headers: { 'x-api-key': 'edge-key-123456', 'content-type': 'application/x-www-form-urlencoded' },
          body: 'recipient=%2B14155550199',
        }),
      );
      expect(sent.status).toBe(201);
      expect(upstreamCalls).toBe(1);
      const { session_uuid } = (await sent.json()) as { session_uuid: string };
      const got = await handler(
        new Request(`https://edge.example/v1/sessions/${session_uuid}`, {
          headers: { authorization: 'Bearer edge-key-123456' },
        }),
      );
      expect(await got.json()).toMatchObject({ session_uuid, status: 'in-progress' });
      expect(upstreamCalls).toBe(2);
      const denied = await handler(new Request('https://edge.example/v1/sessions', { method: 'POST' }));
      expect(denied.status).toBe(401);
      expect(upstreamCalls).toBe(2);
    } finally {
      await sandbox.close();
    }
  });
});
