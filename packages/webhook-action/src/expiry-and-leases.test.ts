import { type RunningSandbox, startSandbox } from '@plivo-verify/sandbox';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRedisServer, REDIS_SKIP_NOTE, type RunningRedis, startRedis } from './__fixtures__/redis-server.js';
import { API_KEY, STORE_SECRET, startService, type TestService } from './__fixtures__/service.js';
import { createApp } from './create-app.js';
import { LEASE_MS } from './idempotency.js';
import { memoryStore } from './memory-store.js';
import { redisStore } from './redis-store.js';
import { serviceVerifyClient } from './service-verify-client.js';
import type { StateStore } from './state-store.js';

const DAY = 24 * 60 * 60 * 1000;
let phoneCounter = 0;
const phone = () => `+1415666${String(1000 + (phoneCounter++ % 9000)).padStart(4, '0')}`;

/** The app's clock (leases) and, for the memory store, its TTLs too. Redis keeps its own time. */
let now = Date.now();
const clock = { now: () => now };

interface Harness {
  readonly store: StateStore;
  /**
   * Lets `ms` pass for the one stored key matching `pattern` and for the app's clock; returns the key's remaining
   * TTL before (Redis: its real PTTL; memory: the TTL by the fake clock). On Redis a key aged past its PTTL is
   * expired by Redis itself (PEXPIRE), the only way to age a real key.
   */
  age(pattern: string, ms: number): Promise<number>;
  /** Whether a key matching `pattern` is stored. */
  has(pattern: string): Promise<boolean>;
}

interface Kind {
  readonly name: string;
  readonly available: boolean;
  harness(): Promise<Harness>;
  stop(): Promise<void>;
}

function memoryKind(): Kind {
  return {
    name: 'memory',
    available: true,
    async harness() {
      const ttls = new Map<string, number>();
      const inner = memoryStore({ now: clock.now });
      // Records each key's expiry so `age` can report the TTL the service asked for.
      const remember = (key: string, ttlMs: number) => ttls.set(key, now + ttlMs);
      const store: StateStore = {
        ...inner,
        async putIfAbsent(key, value, ttlMs) {
          const existing = await inner.putIfAbsent(key, value, ttlMs);
          if (existing === undefined) remember(key, ttlMs);
          return existing;
        },
        async put(key, value, ttlMs) {
          remember(key, ttlMs);
          await inner.put(key, value, ttlMs);
        },
      };
      return {
        store,
        async age(pattern, ms) {
          const regex = new RegExp(`^${pattern.replaceAll('*', '[^]*')}$`);
          const matches = [...ttls.keys()].filter((key) => regex.test(key));
          expect(matches).toHaveLength(1);
          const left = (ttls.get(matches[0] ?? '') ?? 0) - now;
          now += ms;
          return left;
        },
        async has(pattern) {
          const regex = new RegExp(`^${pattern.replaceAll('*', '[^]*')}$`);
          return (
            await Promise.all([...ttls.keys()].filter((key) => regex.test(key)).map((key) => inner.get(key)))
          ).some((value) => value !== undefined);
        },
      };
    },
    stop: async () => {},
  };
}

function redisKind(): Kind {
  let redis: RunningRedis | undefined;
  let raw: Redis | undefined;
  let counter = 0;
  const stores: StateStore[] = [];
  return {
    name: 'redis',
    available: hasRedisServer(),
    async harness() {
      redis ??= await startRedis();
      raw ??= new Redis(redis.url);
      const client = raw;
      counter += 1;
      const prefix = `lease${counter}:`;
      const aged = new Map<string, number>();
      const store = redisStore(redis.url, { prefix });
      stores.push(store);
      return {
        store,
        async age(pattern, ms) {
          const keys = await client.keys(`${prefix}${pattern}`);
          expect(keys).toHaveLength(1);
          const key = keys[0] ?? '';
          // Real time does not move with the fake clock: what was aged before counts against the real PTTL.
          const agedBefore = aged.get(key) ?? 0;
          const left = (await client.pttl(key)) - agedBefore;
          aged.set(key, agedBefore + ms);
          now += ms;
          if (ms >= left) {
            await client.pexpire(key, 1);
            await expect.poll(() => client.exists(key), { timeout: 5_000 }).toBe(0);
          }
          return left;
        },
        async has(pattern) {
          return (await client.keys(`${prefix}${pattern}`)).length > 0;
        },
      };
    },
    async stop() {
      for (const store of stores) await store.close();
      await raw?.quit();
      await redis?.stop();
    },
  };
}

async function messagesTo(sandbox: RunningSandbox, recipient: string): Promise<Array<{ session_uuid: string }>> {
  const { messages } = (await fetch(`${sandbox.url}/__sandbox/messages?recipient=${recipient.slice(1)}`).then((r) =>
    r.json(),
  )) as { messages: Array<{ session_uuid: string }> };
  return messages;
}

for (const kind of [memoryKind(), redisKind()]) {
  if (!kind.available) console.log(REDIS_SKIP_NOTE);
  describe.skipIf(!kind.available)(`expiry, dedupe window and leases (${kind.name} store)`, { timeout: 60_000 }, () => {
    let sandbox: RunningSandbox;
    beforeAll(async () => {
      sandbox = await startSandbox({ port: 0 });
    });
    afterAll(async () => {
      await sandbox.close();
      await kind.stop();
    });

    async function service(harness: Harness, dedupeWindowMs = 0): Promise<TestService> {
      return startService(harness.store, { clock, dedupeWindowMs, limits: { perRecipient: false } }, sandbox);
    }

    it('an Idempotency-Key is kept 24 h (replayed until then), then a send with it goes through again', async () => {
      now = Date.now();
      const harness = await kind.harness();
      const svc = await service(harness);
      const recipient = phone();
      const key = crypto.randomUUID();
      const before = await svc.creates();
      const send = () => svc.call('POST', '/v1/sessions', { body: { recipient }, headers: { 'idempotency-key': key } });
      expect((await send()).status).toBe(201);
      const left = await harness.age(`idem:*:send_code:${key}`, DAY - 60_000);
      // The stored record's real TTL is 24 h (less the moments the request took).
      expect(left).toBeGreaterThan(DAY - 60_000);
      expect(left).toBeLessThanOrEqual(DAY);
      const replay = await send();
      expect(replay.status).toBe(201);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(await svc.creates()).toBe(before + 1);
      await harness.age(`idem:*:send_code:${key}`, 120_000);
      const after = await send();
      expect(after.status).toBe(201);
      expect(after.headers.get('idempotent-replayed')).toBeNull();
      expect(await svc.creates()).toBe(before + 2);
    });

    it('dedupe window: a keyless repeat inside it returns the open session; after it, a new send goes through', async () => {
      now = Date.now();
      const harness = await kind.harness();
      const svc = await service(harness, 30_000);
      const recipient = phone();
      const before = await svc.creates();
      const first = await svc.call('POST', '/v1/sessions', { body: { recipient } });
      expect(first.status).toBe(201);
      const { session_uuid } = (await first.json()) as { session_uuid: string };
      const repeat = await svc.call('POST', '/v1/sessions', { body: { recipient } });
      expect(repeat.status).toBe(200);
      expect(await repeat.json()).toMatchObject({ session_uuid, deduplicated: true });
      expect(await svc.creates()).toBe(before + 1);
      const left = await harness.age('dedupe:*', 30_001);
      expect(left).toBeGreaterThan(20_000);
      expect(left).toBeLessThanOrEqual(30_000);
      const later = await svc.call('POST', '/v1/sessions', { body: { recipient } });
      expect(later.status).toBe(201);
      expect(await later.json()).toMatchObject({ deduplicated: false });
      expect(await svc.creates()).toBe(before + 2);
    });

    /**
     * A replica claims a key, sends (or not) and dies before storing the outcome: its call never ends. Returns a
     * live replica on the same store and a retry of that request with the same key.
     */
    async function replicaDiesMidSend(sendsFirst: boolean) {
      now = Date.now();
      const harness = await kind.harness();
      const svc = await service(harness);
      const real = serviceVerifyClient({
        authId: sandbox.authId,
        authToken: sandbox.authToken,
        baseUrl: sandbox.url,
        store: harness.store,
      });
      const verify = {
        sessions: {
          ...real.sessions,
          create: async (...args: Parameters<typeof real.sessions.create>) => {
            if (sendsFirst) await real.sessions.create(...args);
            return new Promise<never>(() => {});
          },
        },
      };
      const dying = createApp({
        verify,
        store: harness.store,
        storeSecret: STORE_SECRET,
        apiKeys: [API_KEY],
        clock,
        upstreamTimeoutMs: 1_000,
      });
      const recipient = phone();
      const key = crypto.randomUUID();
      const before = await svc.creates();
      void dying.request('http://service.test/v1/sessions', {
        method: 'POST',
        headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify({ recipient }),
      });
      // The dead replica holds the key (and, when it sends first, its code is out).
      await expect.poll(() => harness.has(`idem:*:send_code:${key}`), { timeout: 10_000 }).toBe(true);
      if (sendsFirst) await expect.poll(() => svc.creates(), { timeout: 10_000 }).toBe(before + 1);
      const retry = () =>
        svc.call('POST', '/v1/sessions', { body: { recipient }, headers: { 'idempotency-key': key } });
      return { svc, recipient, before, retry, key, harness };
    }

    it('a replica died after sending: 409 while its lease lives, then the retry recovers that session, never a second code', async () => {
      const { svc, recipient, before, retry } = await replicaDiesMidSend(true);
      const inFlight = await retry();
      expect(inFlight.status).toBe(409);
      expect(inFlight.headers.get('retry-after')).toBe('1');
      now += LEASE_MS - 1_000;
      expect((await retry()).status).toBe(409);

      now += 2_000;
      const recovered = await retry();
      expect(recovered.status).toBe(201);
      const body = (await recovered.json()) as { session_uuid: string; reconciled?: boolean };
      const sent = await messagesTo(sandbox, recipient);
      expect(sent).toHaveLength(1);
      expect(body).toMatchObject({ session_uuid: sent[0]?.session_uuid, reconciled: true });
      const replay = await retry();
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(await replay.json()).toEqual(body);
      expect(await svc.creates()).toBe(before + 1);
      expect(await messagesTo(sandbox, recipient)).toHaveLength(1);
    });

    it('a takeover whose lookup fails answers a retryable 503 and keeps the key held: the next retry recovers', async () => {
      const { svc, recipient, before, retry, key, harness } = await replicaDiesMidSend(true);
      now += LEASE_MS + 1_000;
      const real = serviceVerifyClient({
        authId: sandbox.authId,
        authToken: sandbox.authToken,
        baseUrl: sandbox.url,
        store: harness.store,
      });
      const failing = createApp({
        verify: {
          sessions: {
            ...real.sessions,
            findAttempts: () => Promise.reject(new Error('Plivo list answered 503')),
          },
        },
        store: harness.store,
        storeSecret: STORE_SECRET,
        apiKeys: [API_KEY],
        clock,
      });
      const lookupFailed = await failing.request('http://service.test/v1/sessions', {
        method: 'POST',
        headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify({ recipient }),
      });
      expect(lookupFailed.status).toBe(503);
      expect(await lookupFailed.json()).toMatchObject({ retryable: true });
      // Held, not stored: the next retry on a healthy replica looks again and recovers the one code.
      const recovered = await retry();
      expect(recovered.status).toBe(201);
      expect(await recovered.json()).toMatchObject({ reconciled: true });
      expect(await svc.creates()).toBe(before + 1);
      expect(await messagesTo(sandbox, recipient)).toHaveLength(1);
    });

    it('a replica died and its send cannot be confirmed: after the lease, 502 "maybe sent", stored, never resent', async () => {
      const { svc, before, retry } = await replicaDiesMidSend(false);
      expect((await retry()).status).toBe(409);
      now += LEASE_MS + 1_000;
      const unknown = await retry();
      expect(unknown.status).toBe(502);
      expect(await unknown.json()).toMatchObject({ maybe_sent: true, retryable: false });
      const again = await retry();
      expect(again.status).toBe(502);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(await svc.creates()).toBe(before);
    });
  });
}
