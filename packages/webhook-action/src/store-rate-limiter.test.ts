import { nodeClock } from '@plivo-verify/core/clock';
import { createVerifyClient, fetchTransport } from '@plivo-verify/core/pure';
import { startSandbox } from '@plivo-verify/sandbox';
import { describe, expect, it } from 'vitest';
import { memoryStore } from './memory-store.js';
import { RateLimiterBusyError, storeRateLimiter } from './store-rate-limiter.js';

/** A clock whose sleeps only move its time: waits happen instantly and are recorded. */
function steppingClock(start = 1_000_000) {
  const state = { now: start, sleeps: [] as number[] };
  const clock = {
    now: () => state.now,
    sleep: async (ms: number) => {
      state.sleeps.push(ms);
      state.now += ms;
    },
  };
  return { state, clock };
}

describe('storeRateLimiter as core RateLimiter', () => {
  it("plugs into core's rateLimit.account: the call over the limit never reaches Plivo", async () => {
    const sandbox = await startSandbox({ port: 0 });
    try {
      const limiter = storeRateLimiter(memoryStore(), { limit: 3, windowMs: 60_000, maxWaitMs: 100 });
      const verify = createVerifyClient({
        authId: sandbox.authId,
        authToken: sandbox.authToken,
        baseUrl: sandbox.url,
        transport: fetchTransport(),
        clock: nodeClock,
        rateLimit: { account: limiter },
      });
      for (let i = 0; i < 3; i += 1) await verify.sessions.create({ recipient: `+1415555020${i}` });
      await expect(verify.sessions.create({ recipient: '+14155550209' })).rejects.toThrow();
      const { requests } = (await fetch(`${sandbox.url}/__sandbox/requests`).then((r) => r.json())) as {
        requests: unknown[];
      };
      expect(requests).toHaveLength(3);
    } finally {
      await sandbox.close();
    }
  });

  it('runs on the injected clock: waits for the window by its sleep, refuses at once past maxWaitMs', async () => {
    const { state, clock } = steppingClock();
    const { sleeps } = state;
    const store = memoryStore({ now: clock.now });
    const limiter = storeRateLimiter(store, { limit: 2, windowMs: 1_000, marginMs: 0, maxWaitMs: 5_000, clock });
    // Each slot is released at once (its request ended), so it is dated now and leaves the window 1 s later.
    (await limiter.acquire())();
    (await limiter.acquire())();
    await limiter.acquire();
    // The third slot came after one sleep of the window's remainder (plus jitter under 10 ms), no real waiting.
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThanOrEqual(1_000);
    expect(sleeps[0]).toBeLessThan(1_010);
    const tight = storeRateLimiter(store, {
      key: 'tight',
      limit: 1,
      windowMs: 60_000,
      marginMs: 0,
      maxWaitMs: 5_000,
      clock,
    });
    (await tight.acquire())();
    await expect(tight.acquire()).rejects.toBeInstanceOf(RateLimiterBusyError);
    expect(sleeps).toHaveLength(1);
  });

  it('widens the window by a 250 ms margin by default (a slot is taken on leaving, Plivo counts on arrival)', async () => {
    const { state, clock } = steppingClock();
    const { sleeps } = state;
    const limiter = storeRateLimiter(memoryStore({ now: clock.now }), { limit: 2, windowMs: 1_000, clock });
    (await limiter.acquire())();
    (await limiter.acquire())();
    await limiter.acquire();
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThanOrEqual(1_250);
    expect(sleeps[0]).toBeLessThan(1_260);
  });

  it('a slot whose request got no answer keeps its hold: it may still reach Plivo', async () => {
    const { state, clock } = steppingClock();
    const store = memoryStore({ now: clock.now });
    const options = { limit: 1, windowMs: 1_000, marginMs: 0, maxWaitMs: 0, holdMs: 30_000, clock };
    const answered = storeRateLimiter(store, { ...options, key: 'answered' });
    (await answered.acquire())(false);
    state.now += 1_001;
    // Dated at its end, it left the window.
    (await answered.acquire())();
    const lost = storeRateLimiter(store, { ...options, key: 'lost' });
    (await lost.acquire())(true);
    state.now += 1_001;
    await expect(lost.acquire()).rejects.toBeInstanceOf(RateLimiterBusyError);
    // Counted until its hold ran out, then the window.
    state.now += 30_000;
    await expect(lost.acquire()).resolves.toBeTypeOf('function');
  });
});
