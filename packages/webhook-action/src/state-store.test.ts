import { afterAll, describe, expect, it } from 'vitest';
import { REDIS_SKIP_NOTE } from './__fixtures__/redis-server.js';
import { storeKinds } from './__fixtures__/service.js';
import { RateLimiterBusyError, storeRateLimiter } from './store-rate-limiter.js';

for (const kind of storeKinds()) {
  if (!kind.available) console.log(REDIS_SKIP_NOTE);
  describe.skipIf(!kind.available)(`state store (${kind.name})`, () => {
    afterAll(() => kind.stop());

    it('putIfAbsent: of 20 concurrent claims exactly one wins; the others see its value', async () => {
      const store = await kind.create();
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => store.putIfAbsent('claim', `v${i}`, 10_000)),
      );
      const winners = results.filter((r) => r === undefined);
      expect(winners).toHaveLength(1);
      const value = await store.get('claim');
      expect(results.filter((r) => r !== undefined).every((r) => r === value)).toBe(true);
    });

    it('values expire after their TTL; put overwrites; delete frees', async () => {
      const store = await kind.create();
      await store.put('k', 'a', 10_000);
      expect(await store.get('k')).toBe('a');
      await store.put('k', 'b', 10_000);
      expect(await store.putIfAbsent('k', 'c', 10_000)).toBe('b');
      await store.delete('k');
      expect(await store.putIfAbsent('k', 'c', 150)).toBeUndefined();
      await kind.advance(300);
      expect(await store.get('k')).toBeUndefined();
    });

    it('hit: a sliding window admits exactly the limit, even under concurrency, then tells how long to wait', async () => {
      const store = await kind.create();
      const hits = await Promise.all(Array.from({ length: 25 }, () => store.hit('w', 10, 60_000)));
      expect(hits.filter((h) => h.allowed)).toHaveLength(10);
      const refused = hits.find((h) => !h.allowed);
      expect(refused?.retryAfterMs).toBeGreaterThan(50_000);
      expect(refused?.retryAfterMs).toBeLessThanOrEqual(60_000);
      // A window long enough that both concurrent hits land in it even on a loaded machine.
      const small = await Promise.all([store.hit('s', 1, 2_000), store.hit('s', 1, 2_000)]);
      expect(small.filter((h) => h.allowed)).toHaveLength(1);
      await kind.advance(2_100);
      expect((await store.hit('s', 1, 2_000)).allowed).toBe(true);
    });

    it('two limiters on one store (two replicas) share the window: never more than the limit in any window', async () => {
      const a = await kind.create('replicas');
      // For redis a second client on the same keys, as a second replica would have.
      const b = kind.name === 'memory' ? a : await kind.create('replicas');
      const shared = 'shared';
      // holdMs 0: slots dated when taken, so the waiters see when each leaves the window.
      const options = { limit: 5, windowMs: 400, marginMs: 0, key: shared, maxWaitMs: 5_000, holdMs: 0 };
      const limitA = storeRateLimiter(a, options);
      const limitB = storeRateLimiter(b, options);
      const times: number[] = [];
      await Promise.all(
        // Each request ends as soon as it has its slot: core then releases it, dating it to that moment.
        Array.from({ length: 16 }, (_, i) =>
          (i % 2 ? limitA : limitB).acquire().then((release) => {
            times.push(Date.now());
            release();
          }),
        ),
      );
      times.sort((x, y) => x - y);
      expect(times).toHaveLength(16);
      if (kind.name === 'memory') {
        // One process, one clock. Each time is recorded just after its grant, and a loaded machine can delay that
        // by tens of milliseconds (seen: 16 ms), so allow 50 ms of recording lag; a limiter that does not hold the
        // window puts six grants within a few milliseconds and still fails.
        for (let i = 5; i < times.length; i += 1)
          expect((times[i] ?? 0) - (times[i - 5] ?? 0)).toBeGreaterThanOrEqual(350);
      }
      // 16 slots at 5 per 400 ms need at least three full windows after the first burst.
      expect((times[15] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(1_150);
      const busy = storeRateLimiter(a, { limit: 1, windowMs: 60_000, key: `busy-${kind.name}`, maxWaitMs: 100 });
      await busy.acquire();
      await expect(busy.acquire()).rejects.toBeInstanceOf(RateLimiterBusyError);
    });
  });
}
