import { describe, expect, it } from 'vitest';
import { fakeClock } from './__fixtures__/fake-clock.js';
import { CREATED, fakeTransport, json } from './__fixtures__/fake-transport.js';
import { testClient } from './__fixtures__/test-client.js';
import { backoffDelay, parseRetryAfter, resolveRetryPolicy } from './retry-policy.js';
import { TransportError } from './transport.js';

describe('retry policy', () => {
  it('backs off exponentially with full jitter under a cap', () => {
    const policy = resolveRetryPolicy({ baseDelayMs: 100, maxDelayMs: 1_000 });
    expect([0, 1, 2, 3, 4, 5].map((retry) => backoffDelay(policy, retry, () => 1))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
    expect(backoffDelay(policy, 3, () => 0.5)).toBe(400);
    expect(backoffDelay(policy, 3, () => 0)).toBe(0);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.UTC(2026, 10, 26, 12, 0, 0);
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('0.5', now)).toBe(500);
    expect(parseRetryAfter('Thu, 26 Nov 2026 12:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('-1', now)).toBeUndefined();
  });

  it('bounds attempts', async () => {
    const transport = fakeTransport(json(503, { error: 'down' }));
    const client = testClient({
      transport,
      clock: fakeClock(),
      retry: { maxAttempts: 5 },
    });
    await expect(client.sessions.get('8e712097-8090-4644-81e7-8f4265d8354e')).rejects.toThrow('503');
    expect(transport.requests).toHaveLength(5);
  });

  it('bounds total time: no retry starts past maxElapsedMs', async () => {
    const clock = fakeClock();
    const transport = fakeTransport(json(429, { error: 'slow down' }, { 'retry-after': '20' }));
    const client = testClient({
      transport,
      clock,
      retry: { maxAttempts: 10, maxElapsedMs: 45_000 },
    });
    await expect(client.sessions.create({ recipient: '14155550100' })).rejects.toThrow('429');
    expect(clock.sleeps).toEqual([20_000, 20_000]);
    expect(transport.requests).toHaveLength(3);
  });

  it('retries a create that provably never left, and sends it once it can', async () => {
    const transport = fakeTransport(new TransportError('ECONNREFUSED', { phase: 'not-sent' }), CREATED);
    const client = testClient({ transport, clock: fakeClock() });
    await expect(client.sessions.create({ recipient: '14155550100' })).resolves.toMatchObject({
      message: 'Session initiated',
    });
    expect(transport.requests).toHaveLength(2);
  });

  it('retry: false sends once', async () => {
    const transport = fakeTransport(json(503, { error: 'down' }));
    const client = testClient({
      transport,
      clock: fakeClock(),
      retry: false,
    });
    await expect(client.sessions.list()).rejects.toThrow('503');
    expect(transport.requests).toHaveLength(1);
  });
});
