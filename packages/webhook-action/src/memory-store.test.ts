import { describe, expect, it } from 'vitest';
import { memoryStore } from './memory-store.js';
import { StoreFullError } from './store-full-error.js';

function clock() {
  let at = 1_000_000;
  return { now: () => at, advance: (ms: number) => (at += ms) };
}

describe('memory store bound', () => {
  it('never forgets a live value to make room: a new key is refused with StoreFullError instead', async () => {
    const time = clock();
    const store = memoryStore({ maxKeys: 3, now: time.now });
    await store.putIfAbsent('idem:a', 'A', 60_000);
    await store.putIfAbsent('idem:b', 'B', 60_000);
    await store.put('idem:c', 'C', 60_000);
    const refused = await store.putIfAbsent('idem:d', 'D', 60_000).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StoreFullError);
    // Retry-After points at the earliest expiry.
    expect((refused as StoreFullError).retryAfterMs).toBe(60_000);
    await expect(store.put('idem:d', 'D', 60_000)).rejects.toBeInstanceOf(StoreFullError);
    // Every live record is still there (the old store evicted 'idem:a' here, so a retry of it could resend).
    expect([await store.get('idem:a'), await store.get('idem:b'), await store.get('idem:c')]).toEqual(['A', 'B', 'C']);
    expect(await store.putIfAbsent('idem:a', 'again', 60_000)).toBe('A');
    // Overwriting a key it already holds needs no room (an in-flight record completing).
    await store.put('idem:b', 'B done', 60_000);
    expect(await store.get('idem:b')).toBe('B done');
  });

  it('makes room from expired entries only, and a freed key makes room at once', async () => {
    const time = clock();
    const store = memoryStore({ maxKeys: 2, now: time.now });
    await store.put('short', 's', 1_000);
    await store.put('long', 'l', 60_000);
    await expect(store.put('next', 'n', 60_000)).rejects.toBeInstanceOf(StoreFullError);
    time.advance(1_000);
    await store.put('next', 'n', 60_000);
    expect([await store.get('short'), await store.get('long'), await store.get('next')]).toEqual([undefined, 'l', 'n']);
    await store.delete('long');
    await store.put('other', 'o', 60_000);
    expect(await store.get('other')).toBe('o');
  });

  it('an entry written after a full sweep that expires first is found by the next sweep', async () => {
    const time = clock();
    const store = memoryStore({ maxKeys: 2, now: time.now });
    await store.put('a', 'a', 60_000);
    await store.put('b', 'b', 60_000);
    await expect(store.put('c', 'c', 60_000)).rejects.toBeInstanceOf(StoreFullError);
    await store.delete('b');
    await store.put('lease', 'l', 1_000);
    time.advance(1_000);
    await store.put('c', 'c', 60_000);
    expect(await store.get('c')).toBe('c');
  });

  it('never drops a window that still counts events: a new window is refused instead', async () => {
    const time = clock();
    const store = memoryStore({ maxKeys: 2, now: time.now });
    expect((await store.hit('per-recipient:x', 1, 3_600_000)).allowed).toBe(true);
    expect((await store.hit('plivo-account', 300, 5_000)).allowed).toBe(true);
    await expect(store.hit('per-recipient:y', 1, 3_600_000)).rejects.toBeInstanceOf(StoreFullError);
    // The live window still refuses a second send to x (forgetting it would let a pumping run through).
    expect((await store.hit('per-recipient:x', 1, 3_600_000)).allowed).toBe(false);
    // Once the short window is idle it makes room; the hour-long one still counts.
    time.advance(5_000);
    expect((await store.hit('per-recipient:y', 1, 3_600_000)).allowed).toBe(true);
    expect((await store.hit('per-recipient:x', 1, 3_600_000)).allowed).toBe(false);
  });
});
