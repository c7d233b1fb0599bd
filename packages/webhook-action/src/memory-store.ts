import type { StateStore, WindowHit } from './state-store.js';

interface Entry {
  value: string;
  expiresAt: number;
}

export interface MemoryStoreOptions {
  /** Most keys kept; the oldest go first (default 100,000), so memory stays bounded. */
  readonly maxKeys?: number;
  readonly now?: () => number;
}

/** The default store: one process, bounded, expired entries swept lazily. */
export function memoryStore(options: MemoryStoreOptions = {}): StateStore {
  const maxKeys = options.maxKeys ?? 100_000;
  const now = options.now ?? Date.now;
  const values = new Map<string, Entry>();
  const windows = new Map<string, Map<string, number>>();

  function live(key: string): Entry | undefined {
    const entry = values.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= now()) {
      values.delete(key);
      return undefined;
    }
    return entry;
  }

  function remember<T>(map: Map<string, T>, key: string, value: T): void {
    map.delete(key); // re-insert so Map order is least recently written first
    map.set(key, value);
    if (map.size > maxKeys) {
      const oldest = map.keys().next().value;
      if (oldest !== undefined) map.delete(oldest);
    }
  }

  return {
    async putIfAbsent(key, value, ttlMs) {
      const existing = live(key);
      if (existing) return existing.value;
      remember(values, key, { value, expiresAt: now() + ttlMs });
      return undefined;
    },
    async put(key, value, ttlMs) {
      remember(values, key, { value, expiresAt: now() + ttlMs });
    },
    async get(key) {
      return live(key)?.value;
    },
    async delete(key) {
      values.delete(key);
    },
    async hit(key, limit, windowMs, holdMs = 0): Promise<WindowHit> {
      const at = now();
      const events = windows.get(key) ?? new Map<string, number>();
      // Map order is insertion order; a touched event is re-inserted at the end, so expired events gather at the
      // front and pruning is amortised O(1). An event still held ahead of time at the front only over-counts.
      for (const [id, time] of events) {
        if (time > at - windowMs) break;
        events.delete(id);
      }
      let oldest = Number.POSITIVE_INFINITY;
      let scanned = 0;
      for (const time of events.values()) {
        oldest = Math.min(oldest, time);
        if (++scanned >= 64) break;
      }
      if (events.size >= limit) {
        return { allowed: false, remaining: 0, retryAfterMs: Math.max(1, oldest + windowMs - at) };
      }
      const id = crypto.randomUUID();
      events.set(id, at + holdMs);
      remember(windows, key, events);
      return {
        allowed: true,
        remaining: limit - events.size,
        retryAfterMs: Math.min(oldest, at + holdMs) + windowMs - at,
        id,
      };
    },
    async touch(key, id) {
      const events = windows.get(key);
      if (events?.delete(id)) events.set(id, now());
    },
    async close() {
      values.clear();
      windows.clear();
    },
  };
}
