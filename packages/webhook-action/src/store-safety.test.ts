import { createHash } from 'node:crypto';
import { type RunningSandbox, startSandbox } from '@plivo-verify/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE_SECRET, startService } from './__fixtures__/service.js';
import { createApp } from './create-app.js';
import { memoryStore } from './memory-store.js';
import { serviceVerifyClient } from './service-verify-client.js';
import type { StateStore } from './state-store.js';
import { StoreFullError } from './store-full-error.js';

const noLimits = { perKey: false, perRecipient: false } as const;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A store that remembers every key and value written to it, as someone reading Redis would see them. */
function recordingStore(inner: StateStore) {
  const seen: string[] = [];
  const store: StateStore = {
    putIfAbsent: (key, value, ttl) => {
      seen.push(key, value);
      return inner.putIfAbsent(key, value, ttl);
    },
    put: (key, value, ttl) => {
      seen.push(key, value);
      return inner.put(key, value, ttl);
    },
    get: (key) => inner.get(key),
    delete: (key) => inner.delete(key),
    hit: (key, limit, windowMs, holdMs) => {
      seen.push(key);
      return inner.hit(key, limit, windowMs, holdMs);
    },
    touch: (key, id) => inner.touch(key, id),
    close: () => inner.close(),
  };
  return { store, seen };
}

describe('store safety', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
  });
  afterAll(() => sandbox.close());

  it('a full memory store answers 503 before sending, and keeps every live record (no second code)', async () => {
    const service = await startService(memoryStore({ maxKeys: 2 }), { limits: noLimits }, sandbox);
    const before = await service.creates();
    const send = (key: string, recipient: string) =>
      service.call('POST', '/v1/sessions', { body: { recipient }, headers: { 'idempotency-key': key } });
    const first = await send('full-1', '+14155550201');
    expect(first.status).toBe(201);
    expect((await send('full-2', '+14155550202')).status).toBe(201);
    const refused = await send('full-3', '+14155550203');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ status: 503, retryable: true });
    expect(await service.creates()).toBe(before + 2);
    // The first key is still remembered: its retry replays instead of sending a second code.
    const replay = await send('full-1', '+14155550201');
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await replay.json()).toEqual(await first.json());
    expect(await service.creates()).toBe(before + 2);
  });

  it('stores HMACs, never plain hashes or digits of phone numbers, codes or bodies', async () => {
    const recorded = recordingStore(memoryStore());
    const service = await startService(
      recorded.store,
      { limits: { perKey: false, perRecipient: { limit: 5, windowMs: 3_600_000 } }, dedupeWindowMs: 30_000 },
      sandbox,
    );
    const digits = '14155550299';
    const sent = await service.call('POST', '/v1/sessions', { body: { recipient: `+${digits}` } });
    expect(sent.status).toBe(201);
    const { session_uuid } = (await sent.json()) as { session_uuid: string };
    const otp = await service.codeFor(session_uuid);
    const checked = await service.call('POST', `/v1/sessions/${session_uuid}/validate`, {
      body: { otp },
      headers: { 'idempotency-key': 'check-1' },
    });
    expect(checked.status).toBe(200);
    // What an unkeyed hash would have stored: anyone reading the store could enumerate numbers against these.
    const guessable = [
      sha256(JSON.stringify([digits])),
      sha256(JSON.stringify([digits, 'sms', ''])),
      sha256(JSON.stringify(['check_code', { session_uuid, otp }])),
      sha256(JSON.stringify(['check_code', { otp, session_uuid }])),
    ];
    const everything = recorded.seen.join('\n');
    expect(recorded.seen.length).toBeGreaterThan(3);
    for (const value of [digits, otp, ...guessable]) expect(everything).not.toContain(value);

    // Another secret gives other keys; the same secret (a second replica) gives the same ones.
    const keysWith = async (secret: string) => {
      const other = recordingStore(memoryStore());
      const app = createApp({
        verify: serviceVerifyClient({
          authId: sandbox.authId,
          authToken: sandbox.authToken,
          baseUrl: sandbox.url,
          store: other.store,
        }),
        store: other.store,
        storeSecret: secret,
        apiKeys: ['k_0123456789abcdef'],
        limits: { perKey: false, perRecipient: { limit: 5, windowMs: 3_600_000 } },
      });
      const response = await app.request('http://service.test/v1/sessions', {
        method: 'POST',
        headers: { authorization: 'Bearer k_0123456789abcdef', 'content-type': 'application/json' },
        body: JSON.stringify({ recipient: '+14155550298' }),
      });
      expect(response.status).toBe(201);
      return other.seen.filter((key) => key.startsWith('per-recipient:'));
    };
    const [a, b, c] = [await keysWith(STORE_SECRET), await keysWith(STORE_SECRET), await keysWith('another-secret')];
    expect(a).toHaveLength(1);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('a store that fails after the code went out never frees the key: the caller gets the result, a retry sends nothing', async () => {
    const inner = memoryStore();
    // Completing the record fails (here: the store is full), after Plivo already sent the code.
    const failing: StateStore = {
      ...inner,
      putIfAbsent: (key, value, ttl) => inner.putIfAbsent(key, value, ttl),
      put: async (key, value, ttl) => {
        if (value.includes('"done"')) throw new StoreFullError(1_000);
        return inner.put(key, value, ttl);
      },
    };
    const service = await startService(failing, { limits: noLimits }, sandbox);
    const before = await service.creates();
    const call = () =>
      service.call('POST', '/v1/sessions', {
        body: { recipient: '+14155550297' },
        headers: { 'idempotency-key': 'after-send' },
      });
    const first = await call();
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ session_uuid: expect.any(String) });
    expect(await service.creates()).toBe(before + 1);
    // Still held in flight: the retry is told to wait, not sent again.
    const retry = await call();
    expect(retry.status).toBe(409);
    expect(await service.creates()).toBe(before + 1);
  });

  it('createApp refuses a shared store without a store secret', () => {
    const store = memoryStore();
    const verify = serviceVerifyClient({ authId: 'MA0123456789ABCDEF01', authToken: 't', store });
    expect(() => createApp({ verify, store, apiKeys: ['k'] })).toThrow(/storeSecret/);
  });
});
