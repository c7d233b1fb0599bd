import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRedisServer, REDIS_SKIP_NOTE, startRedis } from './__fixtures__/redis-server.js';
import { startService, type TestService } from './__fixtures__/service.js';
import { memoryStore } from './memory-store.js';
import { redisStore } from './redis-store.js';
import type { StateStore } from './state-store.js';
import { StoreUnavailableError } from './store-unavailable-error.js';

type Operation = 'putIfAbsent' | 'put' | 'get' | 'delete' | 'hit' | 'touch' | 'ping';

/** A memory store whose listed operations fail the way the Redis store's do when Redis is gone. */
function outageStore(): StateStore & { readonly failing: Set<Operation> } {
  const inner = memoryStore();
  const failing = new Set<Operation>();
  const guard = (operation: Operation) => {
    if (failing.has(operation))
      throw new StoreUnavailableError(Object.assign(new Error('gone'), { code: 'ECONNREFUSED' }));
  };
  return {
    failing,
    putIfAbsent: async (...args) => {
      guard('putIfAbsent');
      return inner.putIfAbsent(...args);
    },
    put: async (...args) => {
      guard('put');
      return inner.put(...args);
    },
    get: async (...args) => {
      guard('get');
      return inner.get(...args);
    },
    delete: async (...args) => {
      guard('delete');
      return inner.delete(...args);
    },
    hit: async (...args) => {
      guard('hit');
      return inner.hit(...args);
    },
    touch: async (...args) => {
      guard('touch');
      return inner.touch(...args);
    },
    ping: async () => guard('ping'),
    close: () => inner.close(),
  };
}

const ALL: Operation[] = ['putIfAbsent', 'put', 'get', 'delete', 'hit', 'touch', 'ping'];

async function setFaults(service: TestService, faults: Array<{ fault: string; operation: string }>) {
  const response = await fetch(`${service.sandbox.url}/__sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ faults: faults.map((fault) => ({ ...fault, probability: 1 })) }),
  });
  expect(response.ok).toBe(true);
}

describe('when the state store does not answer', () => {
  const store = outageStore();
  const logged: string[] = [];
  let service: TestService;
  beforeAll(async () => {
    service = await startService(store, { log: (line) => logged.push(line) });
  });
  afterAll(async () => {
    await service.sandbox.close();
  });

  it('a send gets a retryable 503 before anything is sent; /healthz says so; the operator gets one line', async () => {
    for (const operation of ALL) store.failing.add(operation);
    try {
      const recipient = '+14155550170';
      const before = await service.creates();
      const sent = await service.call('POST', '/v1/sessions', {
        body: { recipient },
        headers: { 'idempotency-key': crypto.randomUUID() },
      });
      expect(sent.status).toBe(503);
      expect(sent.headers.get('retry-after')).toBe('5');
      expect(await sent.json()).toMatchObject({ type: expect.stringContaining('store-unavailable'), retryable: true });
      expect(await service.creates()).toBe(before);
      expect((await service.app.request('/healthz')).status).toBe(503);
      expect(logged.at(-1)).toBe('POST /v1/sessions → 503 store-unavailable: StoreUnavailableError (ECONNREFUSED)');
      expect(logged.join('\n')).not.toContain(recipient.slice(1));
    } finally {
      store.failing.clear();
    }
    expect((await service.app.request('/healthz')).status).toBe(200);
  });

  it('a store failure after a "maybe sent" never turns the answer into "nothing was sent"', async () => {
    const recipient = '+14155550171';
    const headers = { 'idempotency-key': crypto.randomUUID() };
    // The create is processed but its answer lost, the lookup fails too, and then the store cannot record it.
    await setFaults(service, [
      { fault: 'reset-after', operation: 'create' },
      { fault: 'status=503', operation: 'list' },
    ]);
    store.failing.add('put');
    let first: Response;
    try {
      first = await service.call('POST', '/v1/sessions', { body: { recipient }, headers });
    } finally {
      store.failing.clear();
      await setFaults(service, []);
    }
    expect(first.status).toBe(502);
    expect(await first.json()).toMatchObject({ maybe_sent: true, retryable: false });
    // The key was never freed: a retry while its lease lives is told to wait, and sends nothing.
    const before = await service.creates();
    const retry = await service.call('POST', '/v1/sessions', { body: { recipient }, headers });
    expect(retry.status).toBe(409);
    expect(await service.creates()).toBe(before);
  });
});

describe.skipIf(!hasRedisServer())('when Redis goes away', () => {
  if (!hasRedisServer()) console.log(REDIS_SKIP_NOTE);

  it('sends get a retryable 503 and nothing reaches Plivo; /healthz answers 503', { timeout: 30_000 }, async () => {
    const redis = await startRedis();
    const store = redisStore(redis.url, { prefix: 'outage:' });
    const service = await startService(store);
    try {
      expect((await service.app.request('/healthz')).status).toBe(200);
      expect((await service.call('POST', '/v1/sessions', { body: { recipient: '+14155550172' } })).status).toBe(201);
      await redis.stop();
      const before = await service.creates();
      const sent = await service.call('POST', '/v1/sessions', { body: { recipient: '+14155550173' } });
      expect(sent.status).toBe(503);
      expect(await sent.json()).toMatchObject({ retryable: true });
      expect(await service.creates()).toBe(before);
      expect((await service.app.request('/healthz')).status).toBe(503);
    } finally {
      await store.close();
      await service.sandbox.close();
      await redis.stop().catch(() => undefined);
    }
  });
});
