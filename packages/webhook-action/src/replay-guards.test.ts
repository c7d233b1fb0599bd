import { type RunningSandbox, startSandbox } from '@plivo-verify/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, STORE_SECRET, startService } from './__fixtures__/service.js';
import { createApp } from './create-app.js';
import { descriptors } from './descriptors.js';
import { memoryStore } from './memory-store.js';
import { openApiDocument } from './openapi.js';
import { ConfigError, configFromEnv } from './service-config.js';
import { serviceVerifyClient } from './service-verify-client.js';
import { signStandardWebhook } from './standard-webhooks.js';
import { swaggerDocument } from './swagger.js';

const SECRET = `whsec_${Buffer.from('replay-guards-signing-secret-32b').toString('base64')}`;
const noLimits = { perKey: false, perRecipient: false } as const;

describe('no second code from a replay', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
  });
  afterAll(() => sandbox.close());

  const setFaults = (faults: unknown[]) =>
    fetch(`${sandbox.url}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ faults }),
    });

  it('dedupe window: a keyless repeat of a send that may have gone out gets the stored 502, not a new code', async () => {
    const service = await startService(memoryStore(), { limits: noLimits, dedupeWindowMs: 300_000 }, sandbox);
    const before = await service.creates();
    await setFaults([
      { fault: 'reset-after', probability: 1, operation: 'create' },
      { fault: 'status=500', probability: 1, operation: 'list' },
    ]);
    let first: Response;
    try {
      first = await service.call('POST', '/v1/sessions', { body: { recipient: '+14155550311' } });
    } finally {
      await setFaults([]);
    }
    expect(first.status).toBe(502);
    expect(await first.json()).toMatchObject({ maybe_sent: true });
    const repeat = await service.call('POST', '/v1/sessions', { body: { recipient: '+14155550311' } });
    expect(repeat.status).toBe(502);
    expect(await repeat.json()).toMatchObject({ maybe_sent: true });
    expect(await service.creates()).toBe(before + 1);
  });

  it('a signed request is idempotent on its signed webhook-id, whatever unsigned headers a replay adds', async () => {
    const service = await startService(memoryStore(), { limits: noLimits, signingSecret: SECRET }, sandbox);
    const before = await service.creates();
    const body = JSON.stringify({ recipient: '+14155550312' });
    const timestamp = Math.floor(Date.now() / 1000);
    const signed = {
      'webhook-id': 'msg_replay_1',
      'webhook-timestamp': String(timestamp),
      'webhook-signature': await signStandardWebhook(SECRET, 'msg_replay_1', timestamp, body),
      authorization: '',
    };
    const first = await service.call('POST', '/v1/sessions', { body, headers: signed });
    expect(first.status).toBe(201);
    // Captured bytes replayed with a fresh Idempotency-Key, or with some API key header: the same stored answer.
    for (const extra of [
      { 'idempotency-key': crypto.randomUUID() },
      { 'x-api-key': 'bogus' },
      { 'x-api-key': API_KEY },
    ]) {
      const replay = await service.call('POST', '/v1/sessions', { body, headers: { ...signed, ...extra } });
      expect(replay.status).toBe(201);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
    }
    expect(await service.creates()).toBe(before + 1);
  });
});

describe('configuration and documents', () => {
  it('a signing secret that is not whsec_ + base64 of 16+ bytes is refused up front, naming the variable', () => {
    for (const bad of ['whsec_not-base64_!', `whsec_${Buffer.from('short').toString('base64')}`]) {
      expect(() => configFromEnv({ WEBHOOK_SIGNING_SECRET: bad })).toThrow(ConfigError);
      expect(() => configFromEnv({ WEBHOOK_SIGNING_SECRET: bad })).toThrow(/WEBHOOK_SIGNING_SECRET/);
      const store = memoryStore();
      const verify = serviceVerifyClient({ authId: 'MA0123456789ABCDEF01', authToken: 't', store });
      expect(() => createApp({ verify, store, storeSecret: STORE_SECRET, apiKeys: ['k'], signingSecret: bad })).toThrow(
        /signingSecret/,
      );
    }
    expect(configFromEnv({ WEBHOOK_SIGNING_SECRET: SECRET }).signingSecret).toBe(SECRET);
    expect(configFromEnv({ WEBHOOK_STORE_SECRET: 'abc' }).storeSecret).toBe('abc');
  });

  it('OpenAPI and Swagger declare the 200 a deduplicated send answers', () => {
    const openapi = openApiDocument(descriptors) as {
      paths: Record<string, { post?: { responses: Record<string, unknown> } }>;
    };
    expect(Object.keys(openapi.paths['/v1/sessions']?.post?.responses ?? {})).toEqual(
      expect.arrayContaining(['201', '200']),
    );
    const swagger = swaggerDocument(descriptors) as {
      paths: Record<string, { post?: { responses: Record<string, unknown> } }>;
    };
    expect(Object.keys(swagger.paths['/v1/sessions']?.post?.responses ?? {})).toEqual(
      expect.arrayContaining(['201', '200']),
    );
  });
});
