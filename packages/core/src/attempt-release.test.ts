import { describe, expect, it } from 'vitest';
import { fakeClock } from './__fixtures__/fake-clock.js';
import { CREATED, fakeTransport, json, SESSION_UUID } from './__fixtures__/fake-transport.js';
import { testClient } from './__fixtures__/test-client.js';
import type { RateLimiter } from './rate-limiter.js';
import { TransportError } from './transport.js';

/** A limiter that grants at once and records how each slot was given back. */
function recordingLimiter(): RateLimiter & { readonly releases: Array<boolean | undefined> } {
  const releases: Array<boolean | undefined> = [];
  return {
    releases,
    acquire: async () => (stillInFlight?: boolean) => {
      releases.push(stillInFlight);
    },
  };
}

describe('how an attempt gives its rate-limit slot back', () => {
  it('answered: not in flight', async () => {
    const account = recordingLimiter();
    const client = testClient({ transport: fakeTransport(CREATED), clock: fakeClock(), rateLimit: { account } });
    await client.sessions.create({ recipient: '+14155550100' });
    expect(account.releases).toEqual([false]);
  });

  it('no answer after the request left (timeout, reset): still in flight, it may reach Plivo later', async () => {
    for (const failure of [
      new TransportError('ETIMEDOUT', { phase: 'sent', timedOut: true }),
      new TransportError('ECONNRESET', { phase: 'sent' }),
      new Error('a custom transport failed'),
    ]) {
      const account = recordingLimiter();
      const client = testClient({ transport: fakeTransport(failure), clock: fakeClock(), rateLimit: { account } });
      await expect(client.sessions.create({ recipient: '+14155550100' })).rejects.toThrow();
      expect(account.releases, failure.message).toEqual([true]);
    }
  });

  it('refused before sending: not in flight (and a retried GET releases each attempt on its own terms)', async () => {
    const account = recordingLimiter();
    const transport = fakeTransport(
      new TransportError('ECONNREFUSED', { phase: 'not-sent' }),
      new TransportError('ETIMEDOUT', { phase: 'sent', timedOut: true }),
      json(200, { api_id: 'a', session_uuid: SESSION_UUID, status: 'in-progress' }),
    );
    const client = testClient({ transport, clock: fakeClock(), rateLimit: { account } });
    await client.sessions.get(SESSION_UUID).catch(() => undefined);
    expect(account.releases.slice(0, 2)).toEqual([false, true]);
  });
});
