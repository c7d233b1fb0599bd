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
  const windows = new Map<string, Array<{ id: string; at: number }>>();

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
      const events = (windows.get(key) ?? []).filter((event) => event.at > at - windowMs);
      const oldest = events.reduce((min, event) => Math.min(min, event.at), Number.POSITIVE_INFINITY);
      if (events.length >= limit) {
        windows.set(key, events);
        return { allowed: false, remaining: 0, retryAfterMs: Math.max(1, oldest + windowMs - at) };
      }
      if (events.length === 0) {
        const id = crypto.randomUUID();
        remember(windows, key, [{ id, at: at + holdMs }]);
        return { allowed: true, remaining: limit - 1, retryAfterMs: windowMs + holdMs, id };
      }
      const id = crypto.randomUUID();
      events.push({ id, at: at + holdMs });
      remember(windows, key, events);
      return {
        allowed: true,
        remaining: limit - events.length,
        retryAfterMs: Math.min(oldest, at + holdMs) + windowMs - at,
        id,
      };
    },
    async touch(key, id) {
      const event = windows.get(key)?.find((candidate) => candidate.id === id);
      if (event) event.at = now();
    },
    async close() {
      values.clear();
      windows.clear();
    },
  };
}
