import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { nodeHttpTransport } from '@plivo-verify/core';
import { createApp } from './create-app.js';
import { storeSecretFrom } from './idempotency.js';
import { memoryStore } from './memory-store.js';
import { ConfigError, configFromEnv } from './service-config.js';
import { serviceVerifyClient } from './service-verify-client.js';

export interface StartWebhookServerOptions {
  readonly port?: number;
  readonly host?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface RunningWebhookServer {
  readonly url: string;
  /** Set when the embedded sandbox is used (no Plivo credentials configured). */
  readonly inboxUrl?: string;
  readonly sandboxUrl?: string;
  /** Set when no keys were configured and one was generated for local use. */
  readonly devApiKey?: string;
  close(): Promise<void>;
}

/** Starts the service on Node. Without Plivo credentials it starts `@plivo-verify/sandbox` in-process and uses it. */
export async function startWebhookServer(options: StartWebhookServerOptions = {}): Promise<RunningWebhookServer> {
  const env = options.env ?? process.env;
  const config = configFromEnv(env);
  const closers: Array<() => Promise<void>> = [];
  let plivo = config.plivo;
  let inboxUrl: string | undefined;
  let sandboxUrl: string | undefined;
  if (!plivo) {
    const { startSandbox } = await import('@plivo-verify/sandbox');
    // A fixed port keeps the inbox URL the same between runs (README); a busy one falls back to a free port.
    const preferred = Number(env.WEBHOOK_SANDBOX_PORT ?? 8910);
    const sandbox = await startSandbox({ port: preferred, host: '127.0.0.1' }).catch((error: { code?: string }) => {
      if (error.code !== 'EADDRINUSE') throw error;
      return startSandbox({ port: 0, host: '127.0.0.1' });
    });
    closers.push(() => sandbox.close());
    plivo = { authId: sandbox.authId, authToken: sandbox.authToken, baseUrl: sandbox.url };
    inboxUrl = sandbox.inboxUrl;
    sandboxUrl = sandbox.url;
  }
  let apiKeys = config.apiKeys;
  let devApiKey: string | undefined;
  if (apiKeys.length === 0) {
    if (config.plivo)
      throw new ConfigError('set WEBHOOK_API_KEYS (comma-separated) when real Plivo credentials are configured');
    devApiKey = `dev_${randomBytes(18).toString('base64url')}`;
    apiKeys = [devApiKey];
  }
  // ioredis is loaded only when a Redis URL is set.
  const store = config.redisUrl ? (await import('./redis-store.js')).redisStore(config.redisUrl) : memoryStore();
  closers.push(() => store.close());
  // node:http with keep-alive: several times less CPU per call than fetch or axios (README, Performance). A socket
  // per account slot: a request holding a slot never queues for a socket, so its 10 s timeout measures Plivo alone
  // (queued behind too few sockets under load, sent creates timed out and ended "maybe sent").
  const transport = nodeHttpTransport({ maxSockets: config.accountLimit.limit });
  const verify = serviceVerifyClient({ ...plivo, store, accountLimit: config.accountLimit, transport });
  const app = createApp({
    verify,
    apiKeys,
    store,
    storeSecret: config.storeSecret ?? storeSecretFrom(plivo.authToken),
    limits: config.limits,
    dedupeWindowMs: config.dedupeWindowMs,
    ...(config.signingSecret ? { signingSecret: config.signingSecret } : {}),
  });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const created = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname: host }, () => resolve(created));
    created.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shownHost}:${port}`,
    ...(inboxUrl ? { inboxUrl } : {}),
    ...(sandboxUrl ? { sandboxUrl } : {}),
    ...(devApiKey ? { devApiKey } : {}),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const close of closers.reverse()) await close();
    },
  };
}
