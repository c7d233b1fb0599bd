import { Redis } from 'ioredis';
import type { StateStore, WindowHit } from './state-store.js';
import { StoreUnavailableError } from './store-unavailable-error.js';

// Sliding-window log in a sorted set. Time comes from the Redis server, so replicas with skewed clocks agree.
// Returns {allowed, remaining, retryAfterMs}.
const TOUCH_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
return redis.call('ZADD', KEYS[1], 'XX', now, ARGV[1])
`;

const HIT_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local hold = tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local count = redis.call('ZCARD', KEYS[1])
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
local first = now + hold
if oldest[2] then first = math.min(first, tonumber(oldest[2])) end
if count >= limit then
  return {0, 0, math.max(1, first + window - now)}
end
redis.call('ZADD', KEYS[1], now + hold, ARGV[3])
redis.call('PEXPIRE', KEYS[1], window + hold)
return {1, limit - count - 1, first + window - now}
`;

export interface RedisStoreOptions {
  /** Prefix of every key (default `pvw:`), so one Redis can serve several deployments. */
  readonly prefix?: string;
}

/** A store shared by replicas: `SET NX PX` for claims, one Lua script for the sliding windows. */
export function redisStore(url: string, options: RedisStoreOptions = {}): StateStore {
  const prefix = options.prefix ?? 'pvw:';
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
  // Connection errors surface on the commands that fail; this keeps ioredis from logging them unhandled.
  redis.on('error', () => {});
  // Defined commands run by EVALSHA (ioredis loads the script again after a NOSCRIPT), so the script text is not
  // sent with every request.
  redis.defineCommand('pvwHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
  redis.defineCommand('pvwTouch', { numberOfKeys: 1, lua: TOUCH_SCRIPT });
  const scripts = redis as unknown as {
    pvwHit(key: string, ...args: string[]): Promise<[number, number, number]>;
    pvwTouch(key: string, id: string): Promise<number>;
  };
  const k = (key: string) => `${prefix}${key}`;
  // Every failure of Redis is one error the service knows (a retryable 503), whatever ioredis threw.
  const call = <T>(operation: () => Promise<T>): Promise<T> =>
    operation().catch((error: unknown) => {
      throw new StoreUnavailableError(error);
    });
  const putIfAbsent = async (key: string, value: string, ttlMs: number): Promise<string | undefined> => {
    const set = await redis.set(k(key), value, 'PX', Math.max(1, Math.ceil(ttlMs)), 'NX');
    if (set === 'OK') return undefined;
    const existing = await redis.get(k(key));
    // Expired between the two calls: claim again.
    return existing ?? (await putIfAbsent(key, value, ttlMs));
  };
  return {
    putIfAbsent: (key, value, ttlMs) => call(() => putIfAbsent(key, value, ttlMs)),
    put: (key, value, ttlMs) =>
      call(async () => {
        await redis.set(k(key), value, 'PX', Math.max(1, Math.ceil(ttlMs)));
      }),
    get: (key) => call(async () => (await redis.get(k(key))) ?? undefined),
    delete: (key) =>
      call(async () => {
        await redis.del(k(key));
      }),
    hit: (key, limit, windowMs, holdMs = 0) =>
      call(async (): Promise<WindowHit> => {
        const id = crypto.randomUUID();
        const [allowed, remaining, retryAfterMs] = await scripts.pvwHit(
          k(`w:${key}`),
          String(limit),
          String(Math.ceil(windowMs)),
          id,
          String(Math.ceil(holdMs)),
        );
        return allowed === 1
          ? { allowed: true, remaining, retryAfterMs, id }
          : { allowed: false, remaining, retryAfterMs };
      }),
    touch: (key, id) =>
      call(async () => {
        await scripts.pvwTouch(k(`w:${key}`), id);
      }),
    ping: () =>
      call(async () => {
        await redis.ping();
      }),
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
