import { describe, expect, it } from 'vitest';
import { fakeClock } from './__fixtures__/fake-clock.js';
import { CREATED, fakeTransport } from './__fixtures__/fake-transport.js';
import { testClient } from './__fixtures__/test-client.js';
import type { Clock } from './clock.js';
import { QueueFullError, slidingWindowLimiter } from './rate-limiter.js';
import { VerifyRateLimitError, VerifyValidationError } from './verify-error.js';

/** Most starts found in any closed span of `windowMs`. */
function maxInAnyWindow(starts: readonly number[], windowMs: number): number {
  let best = 0;
  let from = 0;
  const sorted = [...starts].sort((a, b) => a - b);
  for (let to = 0; to < sorted.length; to += 1) {
    while ((sorted[to] ?? 0) - (sorted[from] ?? 0) > windowMs) from += 1;
    best = Math.max(best, to - from + 1);
  }
  return best;
}

/** A clock whose sleeps resolve in time order, like timers, so concurrent waiters interleave realistically. */
function schedulerClock(start = 1_000_000): Clock & { run(): Promise<void> } {
  let now = start;
  const timers: Array<{ at: number; resolve: () => void; reject: (e: unknown) => void; signal?: AbortSignal }> = [];
  return {
    now: () => now,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        const timer = { at: now + ms, resolve, reject, ...(signal ? { signal } : {}) };
        timers.push(timer);
        signal?.addEventListener('abort', () => {
          timers.splice(timers.indexOf(timer), 1);
          reject(signal.reason);
        });
      }),
    async run() {
      for (let guard = 0; guard < 100_000; guard += 1) {
        await new Promise((r) => setImmediate(r));
        if (timers.length === 0) return;
        timers.sort((a, b) => a.at - b.at);
        const next = timers.shift();
        if (!next) return;
        now = Math.max(now, next.at);
        next.resolve();
      }
    },
  };
}

describe('slidingWindowLimiter', () => {
  it('never lets more than limit requests start in ANY window (burst at a window edge included)', async () => {
    const clock = schedulerClock();
    const limiter = slidingWindowLimiter({ limit: 300, windowMs: 5_000 }, clock);
    const starts: number[] = [];
    const acquire = async () => {
      await limiter.acquire();
      starts.push(clock.now());
    };
    // 300 at once, then a burst right at the end of the first window, then 600 more queued at once.
    const first = Array.from({ length: 300 }, acquire);
    await Promise.all(first);
    const rest = Array.from({ length: 900 }, acquire);
    const done = Promise.all(rest);
    await clock.run();
    await done;
    expect(starts).toHaveLength(1200);
    expect(maxInAnyWindow(starts, 5_000)).toBe(300);
    // And it does not waste time: 1200 requests need exactly four windows.
    expect(Math.max(...starts) - Math.min(...starts)).toBeLessThanOrEqual(3 * 5_001);
  });

  it('holds the list limit of 20 in any 60 s', async () => {
    const clock = schedulerClock();
    const limiter = slidingWindowLimiter({ limit: 20, windowMs: 60_000 }, clock);
    const starts: number[] = [];
    const all = Promise.all(
      Array.from({ length: 65 }, async () => {
        await limiter.acquire();
        starts.push(clock.now());
      }),
    );
    await clock.run();
    await all;
    expect(maxInAnyWindow(starts, 60_000)).toBe(20);
  });

  it('a caller aborted while waiting gives its slot back to the next caller', async () => {
    const clock = schedulerClock();
    const limiter = slidingWindowLimiter({ limit: 1, windowMs: 1_000 }, clock);
    await limiter.acquire(); // t0
    const controller = new AbortController();
    const aborted = limiter.acquire(controller.signal).catch((e: unknown) => e);
    controller.abort(new Error('caller gave up'));
    expect(await aborted).toBeInstanceOf(Error);
    // The freed slot (t0 + 1001) goes to the next caller rather than t0 + 2002.
    const start = clock.now();
    const next = limiter.acquire();
    await clock.run();
    await next;
    expect(clock.now() - start).toBe(1_001);
    expect(limiter.waiting).toBe(0);
  });

  it('refuses at once when the queue is full, with the wait in retryAfterMs', async () => {
    const clock = fakeClock();
    const blocked = { now: clock.now, sleep: () => new Promise<void>(() => {}) };
    const limiter = slidingWindowLimiter({ limit: 1, windowMs: 1_000, maxQueue: 1 }, blocked);
    await limiter.acquire();
    void limiter.acquire();
    expect(limiter.waiting).toBe(1);
    const error = await limiter.acquire().catch((e: unknown) => e);
    expect(QueueFullError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ retryAfterMs: 2_002 });
  });

  it.each([
    [{ limit: 0, windowMs: 1_000 }, 'options.limit'],
    [{ limit: Number.NaN, windowMs: 1_000 }, 'options.limit'],
    [{ limit: 5, windowMs: -1 }, 'options.windowMs'],
    [{ limit: 5, windowMs: 1_000, maxQueue: -1 }, 'options.maxQueue'],
  ])('rejects %o with a validation error naming %s', (options, field) => {
    const error = (() => {
      try {
        slidingWindowLimiter(options, fakeClock());
      } catch (e) {
        return e;
      }
    })();
    expect(VerifyValidationError.isInstance(error)).toBe(true);
    expect((error as VerifyValidationError).issues.map((issue) => issue.field)).toContain(field);
  });
});

describe('client rate limiting', () => {
  it("defaults to Plivo's account limit: the 301st request waits until the first has left the 5 s window", async () => {
    const clock = fakeClock();
    const transport = fakeTransport(CREATED);
    const client = testClient({ transport, clock });
    for (let i = 0; i < 301; i += 1) await client.sessions.create({ recipient: '14155550100' });
    expect(clock.sleeps).toEqual([5_001]);
    expect(transport.requests).toHaveLength(301);
  });

  it('defaults to 20 list calls in any 60 s', async () => {
    const clock = fakeClock();
    const transport = fakeTransport({
      status: 200,
      headers: {},
      body: JSON.stringify({ api_id: 'x', meta: { limit: 20, offset: 0, next: null, previous: null }, sessions: [] }),
    });
    const client = testClient({ transport, clock });
    for (let i = 0; i < 21; i += 1) await client.sessions.list();
    expect(clock.sleeps).toEqual([60_001]);
  });

  it('takes a custom RateLimiter (e.g. one backed by a shared store) and calls it per request', async () => {
    const calls: string[] = [];
    const transport = fakeTransport(CREATED);
    const client = testClient({
      transport,
      rateLimit: { account: { acquire: async () => void calls.push('account') }, list: false },
    });
    await client.sessions.create({ recipient: '14155550100' });
    await client.sessions.create({ recipient: '14155550100' });
    expect(calls).toEqual(['account', 'account']);
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
    expect(error).toMatchObject({ local: true, retryAfterMs: 60_001 });
    expect(transport.requests).toHaveLength(1);
  });

  it('rateLimit: false never waits', async () => {
    const clock = fakeClock();
    const transport = fakeTransport(CREATED);
    const client = testClient({ transport, clock, rateLimit: false });
    for (let i = 0; i < 400; i += 1) await client.sessions.create({ recipient: '14155550100' });
    expect(clock.sleeps).toEqual([]);
  });

  it.each([0, Number.NaN, -5])('rateLimit with limit %s is a validation error naming the field', (limit) => {
    const error = (() => {
      try {
        testClient({ rateLimit: { account: { limit, windowMs: 5_000 } } });
      } catch (e) {
        return e;
      }
    })();
    expect(VerifyValidationError.isInstance(error)).toBe(true);
    expect((error as VerifyValidationError).issues).toEqual([
      { field: 'options.rateLimit.account.limit', message: 'expected an integer of 1 or more' },
    ]);
  });
});
