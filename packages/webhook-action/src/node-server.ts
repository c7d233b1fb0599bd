import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { nodeHttpTransport, VerifyValidationError } from '@plivo-verify/core';
import { createApp } from './create-app.js';
import { storeSecretFrom } from './idempotency.js';
import { memoryStore } from './memory-store.js';
import { ConfigError, configFromEnv } from './service-config.js';
import { serviceVerifyClient } from './service-verify-client.js';

export interface StartWebhookServerOptions {
  readonly port?: number;
  readonly host?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** When the port is taken, listen on a free one instead of failing (the bin does this for its default port). */
  readonly portFallback?: boolean;
  /** Where server-side faults are reported (default `console.error`); see `CreateAppOptions.log`. */
  readonly log?: (line: string) => void;
}

/** Core names its options; this service's users set environment variables. */
const OPTION_SETTINGS: Readonly<Record<string, string>> = {
  'options.authId': 'PLIVO_AUTH_ID',
  'options.authToken': 'PLIVO_AUTH_TOKEN',
  'options.baseUrl': 'PLIVO_API_URL',
};

function portSetting(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!/^\d{1,5}$/.test(raw) || port > 65535) throw new ConfigError(`${name}: expected a port from 0 to 65535`);
  return port;
}

/** The host and port of a Redis URL, never its user name or password. */
function redisWhere(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '6379'}`;
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
    const preferred = portSetting(env.WEBHOOK_SANDBOX_PORT, 'WEBHOOK_SANDBOX_PORT', 8910);
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
  if (config.redisUrl && store.ping) {
    // Fail at start, not with a 503 on every send.
    const ping = store.ping();
    const timeout = new Promise<never>((_, reject) => {
      setTimeout(() => reject(new Error('no answer in 5 s')), 5_000).unref();
    });
    try {
      await Promise.race([ping, timeout]);
    } catch (error) {
      for (const close of closers.reverse()) await close().catch(() => undefined);
      const reason = (error as { reason?: unknown }).reason ?? (error as Error).message;
      throw new ConfigError(`REDIS_URL: cannot reach Redis at ${redisWhere(config.redisUrl)} (${String(reason)})`);
    }
  }
  // node:http with keep-alive: several times less CPU per call than fetch or axios (README, Performance). A socket
  // per account slot: a request holding a slot never queues for a socket, so its 10 s timeout measures Plivo alone
  // (queued behind too few sockets under load, sent creates timed out and ended "maybe sent").
  const transport = nodeHttpTransport({ maxSockets: config.accountLimit.limit });
  let verify: ReturnType<typeof serviceVerifyClient>;
  try {
    verify = serviceVerifyClient({ ...plivo, store, accountLimit: config.accountLimit, transport });
  } catch (error) {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    // Core names its options; the user of this service set environment variables.
    if (config.plivo && VerifyValidationError.isInstance(error) && error.issues.length > 0) {
      throw new ConfigError(
        error.issues.map((issue) => `${OPTION_SETTINGS[issue.field] ?? issue.field}: ${issue.message}`).join('; '),
      );
    }
    throw error;
  }
  const app = createApp({
    verify,
    apiKeys,
    store,
    storeSecret: config.storeSecret ?? storeSecretFrom(plivo.authToken),
    limits: config.limits,
    dedupeWindowMs: config.dedupeWindowMs,
    ...(config.signingSecret ? { signingSecret: config.signingSecret } : {}),
    log: options.log ?? ((line) => console.error(line)),
  });
  const host = options.host ?? '127.0.0.1';
  const listen = (port: number) =>
    new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const created = serve({ fetch: app.fetch, port, hostname: host }, () => resolve(created));
      created.once('error', reject);
    });
  const wanted = options.port ?? 8787;
  let server: ReturnType<typeof serve>;
  try {
    server = await listen(wanted).catch((error: { code?: string }) => {
      if (error.code !== 'EADDRINUSE') throw error;
      if (options.portFallback) return listen(0);
      throw new ConfigError(`port ${wanted} on ${host} is in use: choose another with --port or PORT`);
    });
  } catch (error) {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    throw error;
  }
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
