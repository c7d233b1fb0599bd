import { type RunningSandbox, startSandbox } from '@plivo-verify/sandbox';
import type { Hono } from 'hono';
import { type CreateAppOptions, createApp } from '../create-app.js';
import { memoryStore } from '../memory-store.js';
import { redisStore } from '../redis-store.js';
import { serviceVerifyClient } from '../service-verify-client.js';
import type { StateStore } from '../state-store.js';
import { hasRedisServer, type RunningRedis, startRedis } from './redis-server.js';

export const API_KEY = 'test_key_0123456789abcdef';
/** The store HMAC key every test app uses (replicas in one test share it, as a deployment's would). */
export const STORE_SECRET = 'test-store-secret-0123456789';

export interface StoreKind {
  readonly name: 'memory' | 'redis';
  readonly available: boolean;
  /** A fresh store; the same `shareWith` name gives a second client on the same keys (another replica). */
  create(shareWith?: string): Promise<StateStore>;
  /** Lets `ms` pass for the store: the memory store's clock jumps; Redis keeps server time, so that one waits. */
  advance(ms: number): Promise<void>;
  stop(): Promise<void>;
}

/** The same suites run against each store; redis only where redis-server exists. */
export function storeKinds(): StoreKind[] {
  let redis: RunningRedis | undefined;
  let counter = 0;
  let skewMs = 0;
  const stores: StateStore[] = [];
  return [
    {
      name: 'memory',
      available: true,
      create: async () => memoryStore({ now: () => Date.now() + skewMs }),
      advance: async (ms) => {
        skewMs += ms;
      },
      stop: async () => {},
    },
    {
      name: 'redis',
      available: hasRedisServer(),
      async create(shareWith) {
        redis ??= await startRedis();
        counter += 1;
        const store = redisStore(redis.url, { prefix: `${shareWith ?? `t${counter}`}:` });
        stores.push(store);
        return store;
      },
      advance: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      async stop() {
        for (const store of stores) await store.close();
        await redis?.stop();
        redis = undefined;
      },
    },
  ];
}

export interface TestService {
  readonly app: Hono;
  readonly sandbox: RunningSandbox;
  readonly store: StateStore;
  call(
    method: string,
    path: string,
    init?: { body?: unknown; form?: Record<string, string>; headers?: Record<string, string> },
  ): Promise<Response>;
  /** Creates the sandbox saw (really reached the server). */
  creates(): Promise<number>;
  codeFor(sessionUuid: string): Promise<string>;
}

export async function startService(
  store: StateStore,
  overrides: Partial<Omit<CreateAppOptions, 'verify' | 'store'>> = {},
  sandbox?: RunningSandbox,
): Promise<TestService> {
  const upstream = sandbox ?? (await startSandbox({ port: 0 }));
  const verify = serviceVerifyClient({
    authId: upstream.authId,
    authToken: upstream.authToken,
    baseUrl: upstream.url,
    store,
  });
  const app = createApp({ verify, store, storeSecret: STORE_SECRET, apiKeys: [API_KEY], ...overrides });
  return {
    app,
    sandbox: upstream,
    store,
    call(method, path, init = {}) {
      const headers: Record<string, string> = { authorization: `Bearer ${API_KEY}`, ...init.headers };
      let body: string | undefined;
      if (init.form) {
        body = new URLSearchParams(init.form).toString();
        headers['content-type'] ??= 'application/x-www-form-urlencoded';
      } else if (init.body !== undefined) {
        body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
        headers['content-type'] ??= 'application/json';
      }
      for (const [key, value] of Object.entries(headers)) if (value === '') delete headers[key];
      return Promise.resolve(
        app.request(`http://service.test${path}`, { method, headers, ...(body === undefined ? {} : { body }) }),
      );
    },
    async creates() {
      const { requests } = (await fetch(`${upstream.url}/__sandbox/requests`).then((r) => r.json())) as {
        requests: Array<{ operation: string }>;
      };
      return requests.filter((r) => r.operation === 'create').length;
    },
    async codeFor(sessionUuid) {
      const { messages } = (await fetch(`${upstream.url}/__sandbox/messages?session_uuid=${sessionUuid}`).then((r) =>
        r.json(),
      )) as {
        messages: Array<{ code: string }>;
      };
      const code = messages[0]?.code;
      if (!code) throw new Error('no code in the sandbox inbox');
      return code;
    },
  };
}
