import { describe, expect, it } from 'vitest';
import { fakeClock } from './__fixtures__/fake-clock.js';
import { CREATED, fakeTransport } from './__fixtures__/fake-transport.js';
import { testClient } from './__fixtures__/test-client.js';
import { PLIVO_ACCOUNT_LIMIT, QueueFullError, TokenBucket } from './rate-limiter.js';
import { VerifyRateLimitError } from './verify-error.js';

describe('TokenBucket', () => {
  it('lets a full bucket through without waiting, then paces at the refill rate', async () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ limit: 3, windowMs: 3_000 }, clock);
    for (let i = 0; i < 5; i += 1) await bucket.acquire();
    expect(clock.sleeps).toEqual([1000, 1000]);
  });

  it('refills with time', async () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ limit: 2, windowMs: 1_000 }, clock);
    await bucket.acquire();
    await bucket.acquire();
    clock.advance(1_000);
    await bucket.acquire();
    await bucket.acquire();
    expect(clock.sleeps).toEqual([]);
  });

  it('serves concurrent waiters first come, first served with growing waits', async () => {
    const clock = fakeClock();
    const sleeps: number[] = [];
    const slowClock = { now: clock.now, sleep: async (ms: number) => void sleeps.push(ms) };
    const bucket = new TokenBucket({ limit: 1, windowMs: 1_000 }, slowClock);
    await Promise.all([bucket.acquire(), bucket.acquire(), bucket.acquire()]);
    expect(sleeps).toEqual([1000, 2000]);
  });

  it('refuses at once when the queue is full', async () => {
    const clock = fakeClock();
    let release: () => void = () => {};
    const blocked = { now: clock.now, sleep: () => new Promise<void>((resolve) => (release = resolve)) };
    const bucket = new TokenBucket({ limit: 1, windowMs: 1_000, maxQueue: 1 }, blocked);
    await bucket.acquire();
    const waiting = bucket.acquire();
    expect(bucket.waiting).toBe(1);
    await expect(bucket.acquire()).rejects.toBeInstanceOf(QueueFullError);
    release();
    await waiting;
    expect(bucket.waiting).toBe(0);
  });

  it('rejects a nonsensical configuration', () => {
    expect(() => new TokenBucket({ limit: 0, windowMs: 1 }, fakeClock())).toThrow(RangeError);
  });
});

describe('client rate limiting', () => {
  it("defaults to Plivo's account limit of 300 requests per 5 s, shared by all calls", async () => {
    expect(PLIVO_ACCOUNT_LIMIT).toEqual({ limit: 300, windowMs: 5_000 });
    const clock = fakeClock();
    const transport = fakeTransport(CREATED);
    const client = testClient({ transport, clock });
    for (let i = 0; i < 301; i += 1) await client.sessions.create({ recipient: '14155550100' });
    expect(clock.sleeps).toEqual([17]);
    expect(transport.requests).toHaveLength(301);
  });

  it('a full client queue fails fast with a local rate-limit error and sends nothing', async () => {
    const clock = fakeClock();
    const transport = fakeTransport(CREATED);
    const client = testClient({
      transport,
      clock: { now: clock.now, sleep: () => new Promise(() => {}) },
      rateLimit: { account: { limit: 1, windowMs: 60_000, maxQueue: 0 } },
    });
    await client.sessions.create({ recipient: '14155550100' });
    const error = await client.sessions.create({ recipient: '14155550100' }).catch((e: unknown) => e);
    expect(VerifyRateLimitError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ local: true, retryAfterMs: 60_000 });
    expect(transport.requests).toHaveLength(1);
  });

  it('rateLimit: false never waits', async () => {
    const clock = fakeClock();
    const transport = fakeTransport(CREATED);
    const client = testClient({
      transport,
      clock,
      rateLimit: false,
    });
    for (let i = 0; i < 400; i += 1) await client.sessions.create({ recipient: '14155550100' });
    expect(clock.sleeps).toEqual([]);
  });
});
