import type { StateStore, WindowHit } from './state-store.js';
import { StoreFullError } from './store-full-error.js';

interface Entry {
  value: string;
  expiresAt: number;
}

interface Window {
  /** Event id → time; Map order is insertion order, so the oldest events come first. */
  readonly events: Map<string, number>;
  /** The window's length, so a sweep can tell an idle window from a live one. */
  windowMs: number;
}

export interface MemoryStoreOptions {
  /**
   * Most keys kept, values and windows each (default 100,000), so memory stays bounded. Only expired entries are
   * ever dropped: when every key is live, a new one is refused with a `StoreFullError` (the service answers 503)
   * rather than forgetting an idempotency record or a rate window, which could let a retry send a second code.
   */
  readonly maxKeys?: number;
  readonly now?: () => number;
}

/** The default store: one process, bounded, expired entries swept lazily. */
export function memoryStore(options: MemoryStoreOptions = {}): StateStore {
  const maxKeys = options.maxKeys ?? 100_000;
  const now = options.now ?? Date.now;
  const values = new Map<string, Entry>();
  const windows = new Map<string, Window>();
  // Nothing can have expired before these times, so a full store does not sweep again until then.
  let valuesSweepAfter = 0;
  let windowsSweepAfter = 0;

  function live(key: string): Entry | undefined {
    const entry = values.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= now()) {
      values.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Makes room for one new value key: drops expired entries, or refuses when all are live. */
  function roomForValue(): void {
    if (values.size < maxKeys) return;
    const at = now();
    if (at < valuesSweepAfter) throw new StoreFullError(valuesSweepAfter - at);
    let next = Number.POSITIVE_INFINITY;
    for (const [key, entry] of values) {
      if (entry.expiresAt <= at) values.delete(key);
      else next = Math.min(next, entry.expiresAt);
    }
    valuesSweepAfter = next;
    if (values.size >= maxKeys) throw new StoreFullError(next - at);
  }

  function prune(window: Window, at: number): void {
    // A touched event is re-inserted at the end, so expired events gather at the front: amortised O(1). An event
    // still held ahead of time at the front only over-counts.
    for (const [id, time] of window.events) {
      if (time > at - window.windowMs) break;
      window.events.delete(id);
    }
  }

  /** Makes room for one new window: drops windows with no event left in them, or refuses when all are live. */
  function roomForWindow(): void {
    if (windows.size < maxKeys) return;
    const at = now();
    if (at < windowsSweepAfter) throw new StoreFullError(windowsSweepAfter - at);
    let next = Number.POSITIVE_INFINITY;
    for (const [key, window] of windows) {
      prune(window, at);
      if (window.events.size === 0) windows.delete(key);
      else for (const time of window.events.values()) next = Math.min(next, time + window.windowMs);
    }
    windowsSweepAfter = next;
    if (windows.size >= maxKeys) throw new StoreFullError(next - at);
  }

  function putValue(key: string, value: string, ttlMs: number): void {
    if (!values.has(key)) roomForValue();
    const expiresAt = now() + ttlMs;
    values.set(key, { value, expiresAt });
    valuesSweepAfter = Math.min(valuesSweepAfter, expiresAt);
  }

  return {
    async putIfAbsent(key, value, ttlMs) {
      const existing = live(key);
      if (existing) return existing.value;
      putValue(key, value, ttlMs);
      return undefined;
    },
    async put(key, value, ttlMs) {
      putValue(key, value, ttlMs);
    },
    async get(key) {
      return live(key)?.value;
    },
    async delete(key) {
      values.delete(key);
    },
    async hit(key, limit, windowMs, holdMs = 0): Promise<WindowHit> {
      const at = now();
      let window = windows.get(key);
      if (window === undefined) {
        roomForWindow();
        window = { events: new Map(), windowMs };
        windows.set(key, window);
      }
      window.windowMs = windowMs;
      prune(window, at);
      let oldest = Number.POSITIVE_INFINITY;
      let scanned = 0;
      for (const time of window.events.values()) {
        oldest = Math.min(oldest, time);
        if (++scanned >= 64) break;
      }
      if (window.events.size >= limit) {
        return { allowed: false, remaining: 0, retryAfterMs: Math.max(1, oldest + windowMs - at) };
      }
      const id = crypto.randomUUID();
      window.events.set(id, at + holdMs);
      windowsSweepAfter = Math.min(windowsSweepAfter, at + holdMs + windowMs);
      return {
        allowed: true,
        remaining: limit - window.events.size,
        retryAfterMs: Math.min(oldest, at + holdMs) + windowMs - at,
        id,
      };
    },
    async touch(key, id) {
      const window = windows.get(key);
      if (!window?.events.delete(id)) return;
      const at = now();
      window.events.set(id, at);
      windowsSweepAfter = Math.min(windowsSweepAfter, at + window.windowMs);
    },
    async close() {
      values.clear();
      windows.clear();
    },
  };
}
