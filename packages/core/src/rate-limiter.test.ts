import { describe, expect, it } from 'vitest';
import { fakeClock } from './__fixtures__/fake-clock.js';
import { CREATED, fakeTransport, json, SESSION_UUID } from './__fixtures__/fake-transport.js';
import { testClient } from './__fixtures__/test-client.js';
import type { Clock } from './clock.js';
import { QueueFullError, slidingWindowLimiter } from './rate-limiter.js';
import { TransportError } from './transport.js';
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
        signal?.addEventListener(
          'abort',
          () => {
            const index = timers.indexOf(timer);
            if (index >= 0) timers.splice(index, 1);
            reject(signal.reason);
          },
          { once: true },
        );
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

/** mulberry32: a small seeded generator, so a failing simulation can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Resolves true if the promise has settled after the pending callbacks ran. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );
  await new Promise((r) => setImmediate(r));
  return done;
}

describe('slidingWindowLimiter', () => {
  it('never lets more than limit requests start in ANY window (burst at a window edge included)', async () => {
    const clock = schedulerClock();
    const limiter = slidingWindowLimiter({ limit: 300, windowMs: 5_000 }, clock);
    const starts: number[] = [];
    // Each request ends the moment it starts, so its slot is dated at its start.
    const acquire = async () => {
      const release = await limiter.acquire();
      starts.push(clock.now());
      release();
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
        const release = await limiter.acquire();
        starts.push(clock.now());
        release();
      }),
    );
    await clock.run();
    await all;
    expect(maxInAnyWindow(starts, 60_000)).toBe(20);
  });

  it('a caller aborted while waiting holds no slot: the next caller goes when the window allows', async () => {
    const clock = schedulerClock();
    const limiter = slidingWindowLimiter({ limit: 1, windowMs: 1_000 }, clock);
    (await limiter.acquire())(); // t0, ended at once
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

  it('a slot dated t still counts at exactly t + windowMs (window ends included)', async () => {
    const clock = fakeClock();
    const limiter = slidingWindowLimiter({ limit: 1, windowMs: 1_000 }, clock);
    const t = clock.now();
    (await limiter.acquire())(); // ended at t
    clock.advance(1_000);
    const next = limiter.acquire();
    // Granted at t + 1000 the two requests would sit in one closed window of 1000 ms.
    await next;
    expect(clock.now()).toBe(t + 1_001);
    expect(clock.sleeps).toEqual([1]);
  });

  it('a wall clock stepping back never lets more than limit through in any real window', async () => {
    // `real` is what Plivo sees; the limiter reads a wall clock that is stepped back 700 ms five times.
    const real = schedulerClock();
    let offset = 0;
    const wall: Clock = { now: () => real.now() + offset, sleep: real.sleep };
    const limiter = slidingWindowLimiter({ limit: 2, windowMs: 1_000 }, wall);
    for (let step = 1; step <= 5; step += 1) {
      void real.sleep(step * 900).then(() => {
        offset -= 700;
      });
    }
    const starts: number[] = [];
    const all = Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        await real.sleep(i * 250);
        const release = await limiter.acquire();
        starts.push(real.now());
        const busy = real.sleep(i % 3 === 0 ? 400 : 0);
        await busy;
        release();
      }),
    );
    await real.run();
    await all;
    expect(starts).toHaveLength(20);
    expect(maxInAnyWindow(starts, 1_000)).toBe(2);
  });

  it('counts a slot while its request is in flight, however long that is', async () => {
    const clock = schedulerClock();
    const limiter = slidingWindowLimiter({ limit: 2, windowMs: 1_000 }, clock);
    const first = await limiter.acquire();
    await limiter.acquire();
    const third = limiter.acquire();
    // Ten windows pass with both requests still in flight: the third caller still waits.
    const later = clock.sleep(10_000);
    await clock.run();
    await later;
    expect(await settled(third)).toBe(false);
    expect(limiter.waiting).toBe(1);
    // The first ends now; its slot counts one more window from here, then the third caller is woken.
    const endedAt = clock.now();
    first();
    await clock.run();
    await third;
    expect(clock.now()).toBe(endedAt + 1_001);
    expect(limiter.waiting).toBe(0);
  });

  it('dates a slot at its release, not at its grant', async () => {
    const clock = schedulerClock();
    const limiter = slidingWindowLimiter({ limit: 1, windowMs: 1_000 }, clock);
    const grantedAt = clock.now();
    const release = await limiter.acquire();
    const took = clock.sleep(700); // the request takes 700 ms
    await clock.run();
    await took;
    release();
    const next = limiter.acquire();
    await clock.run();
    await next;
    // Start-dated, the next would go at grantedAt + 1001; release-dated, at grantedAt + 700 + 1001.
    expect(clock.now()).toBe(grantedAt + 1_701);
  });

  it('release is idempotent: a second call frees nothing', async () => {
    const clock = schedulerClock();
    const limiter = slidingWindowLimiter({ limit: 2, windowMs: 1_000 }, clock);
    const a = await limiter.acquire();
    await limiter.acquire(); // b stays in flight
    a();
    a();
    const c = limiter.acquire();
    const d = limiter.acquire();
    await clock.run();
    await c;
    // a's slot left the window, b still holds one: room for c only. A double release would have let d in too.
    expect(await settled(d)).toBe(false);
    expect(limiter.waiting).toBe(1);
  });

  it('wakes waiters first come, first served', async () => {
    const clock = schedulerClock();
    const limiter = slidingWindowLimiter({ limit: 1, windowMs: 1_000 }, clock);
    const order: number[] = [];
    const held = await limiter.acquire();
    const all = Promise.all(
      [1, 2, 3].map(async (id) => {
        const release = await limiter.acquire();
        order.push(id);
        release();
      }),
    );
    held();
    await clock.run();
    await all;
    expect(order).toEqual([1, 2, 3]);
  });

  // Arrival at the server is anywhere between send and completion (socket pool, event loop, latency).
  it.each([1, 2, 3, 4, 5])(
    'no window ever holds more than limit arrivals when arrival falls anywhere in flight (seed %i)',
    async (seed) => {
      const random = seeded(seed);
      const clock = schedulerClock();
      const limit = 10;
      const windowMs = 1_000;
      const limiter = slidingWindowLimiter({ limit, windowMs }, clock);
      const arrivals: number[] = [];
      const send = async (delay: number) => {
        await clock.sleep(delay);
        const release = await limiter.acquire();
        const sentAt = clock.now();
        const duration = Math.floor(10 + random() * 900);
        arrivals.push(sentAt + Math.floor(random() * duration));
        await clock.sleep(duration);
        release();
      };
      // A burst, then callers trickling in at random.
      const all = Promise.all(Array.from({ length: 200 }, (_, i) => send(i < 60 ? 0 : Math.floor(random() * 20_000))));
      await clock.run();
      await all;
      expect(arrivals).toHaveLength(200);
      expect(maxInAnyWindow(arrivals, windowMs)).toBeLessThanOrEqual(limit);
    },
  );

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

  it('holds a slot per attempt and releases it exactly once when the attempt ends, however it ends', async () => {
    let held = 0;
    let granted = 0;
    let released = 0;
    const counting = {
      acquire: async () => {
        held += 1;
        granted += 1;
        let done = false;
        return () => {
          if (done) throw new Error('released twice');
          done = true;
          held -= 1;
          released += 1;
        };
      },
    };
    const seenHeld: number[] = [];
    const transport = fakeTransport(
      () => {
        seenHeld.push(held);
        return json(429, { error: 'slow down' }, { 'retry-after': '1' });
      },
      () => {
        seenHeld.push(held);
        return CREATED;
      },
      json(400, { error: 'bad' }),
      new TransportError('ECONNREFUSED', { phase: 'not-sent' }),
    );
    const client = testClient({ transport, rateLimit: { account: counting, list: counting } });
    await client.sessions.create({ recipient: '14155550100' }); // 429, then 202: two attempts
    expect(seenHeld).toEqual([1, 1]);
    expect([granted, released]).toEqual([2, 2]);
    await client.sessions.create({ recipient: '14155550100' }).catch(() => {}); // 400
    expect([granted, released]).toEqual([3, 3]);
    await client.sessions.get(SESSION_UUID).catch(() => {}); // refused every time, retried to the end
    expect(granted).toBeGreaterThan(4);
    expect(released).toBe(granted);
    expect(held).toBe(0);
    // Aborted in flight: a list holds a list slot and an account slot, and gives both back.
    const controller = new AbortController();
    const aborting = fakeTransport(() => {
      seenHeld.push(held);
      controller.abort(new Error('caller gave up'));
      return new TransportError('aborted', { phase: 'not-sent' });
    });
    const other = testClient({ transport: aborting, rateLimit: { account: counting, list: counting } });
    const error = await other.sessions.list({}, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toMatchObject({ message: 'caller gave up' });
    expect(seenHeld.at(-1)).toBe(2);
    expect(held).toBe(0);
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
