import { describe, expect, it } from 'vitest';
import { fakeClock } from './__fixtures__/fake-clock.js';
import { AUTH_ID, AUTH_TOKEN, CREATED, fakeTransport, SESSION_UUID } from './__fixtures__/fake-transport.js';
import { startLoopback } from './__fixtures__/loopback-server.js';
import { testClient } from './__fixtures__/test-client.js';
import { createVerifyClientWith } from './verify-client.js';
import { VerifyAmbiguousError } from './verify-error.js';

describe('AbortSignal', () => {
  it('an aborted signal sends nothing', async () => {
    const transport = fakeTransport(CREATED);
    const client = createVerifyClientWith({ authId: AUTH_ID, authToken: AUTH_TOKEN, transport, clock: fakeClock() });
    const controller = new AbortController();
    controller.abort(new Error('user left'));
    await expect(client.sessions.create({ recipient: '14155550100' }, { signal: controller.signal })).rejects.toThrow(
      'user left',
    );
    expect(transport.requests).toHaveLength(0);
  });

  it('aborting a get in flight rejects with the reason and does not retry', async () => {
    const server = await startLoopback(() => {});
    try {
      const client = testClient({ baseUrl: server.url });
      const controller = new AbortController();
      const pending = client.sessions.get(SESSION_UUID, { signal: controller.signal });
      while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      controller.abort(new Error('stop'));
      await expect(pending).rejects.toThrow('stop');
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('aborting a create in flight stays ambiguous: the code may have gone out', async () => {
    const server = await startLoopback(() => {});
    try {
      const client = testClient({ baseUrl: server.url });
      const controller = new AbortController();
      const pending = client.sessions.create({ recipient: '14155550100' }, { signal: controller.signal });
      while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      controller.abort();
      const error = await pending.catch((e: unknown) => e);
      expect(VerifyAmbiguousError.isInstance(error)).toBe(true);
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
