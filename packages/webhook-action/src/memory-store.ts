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
  const windows = new Map<string, number[]>();

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
    async hit(key, limit, windowMs): Promise<WindowHit> {
      const at = now();
      const times = (windows.get(key) ?? []).filter((time) => time > at - windowMs);
      if (times.length >= limit) {
        windows.set(key, times);
        return { allowed: false, remaining: 0, retryAfterMs: Math.max(1, (times[0] ?? at) + windowMs - at) };
      }
      times.push(at);
      remember(windows, key, times);
      return { allowed: true, remaining: limit - times.length, retryAfterMs: (times[0] ?? at) + windowMs - at };
    },
    async close() {
      values.clear();
      windows.clear();
    },
  };
}
