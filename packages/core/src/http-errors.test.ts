import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeClock } from './__fixtures__/fake-clock.js';
import { AUTH_ID, AUTH_TOKEN, SESSION_UUID, sessionBody } from './__fixtures__/fake-transport.js';
import { type Handler, type Recorded, send, startLoopback } from './__fixtures__/loopback-server.js';
import { axiosTransport } from './axios-transport.js';
import { createVerifyClientWith } from './verify-client.js';
import {
  VerifyAmbiguousError,
  VerifyAuthenticationError,
  VerifyError,
  VerifyNetworkError,
  VerifyNotFoundError,
  VerifyPermissionError,
  VerifyProtocolError,
  VerifyRateLimitError,
  VerifyUpstreamError,
  VerifyValidationError,
} from './verify-error.js';

let servers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

async function setup(handler: Handler, timeoutMs = 2_000) {
  const server = await startLoopback(handler);
  servers.push(server);
  const clock = fakeClock();
  const verify = createVerifyClientWith({
    authId: AUTH_ID,
    authToken: AUTH_TOKEN,
    baseUrl: server.url,
    transport: axiosTransport(),
    clock,
    timeoutMs,
    random: () => 1,
  });
  return { verify, requests: server.requests, clock };
}

const apiError =
  (status: number, error: string, headers: Record<string, string> = {}): Handler =>
  (_req, res) =>
    send(res, status, { api_id: 'a1b2c3d4-0000-4000-8000-000000000000', error }, headers);

async function caught(promise: Promise<unknown>): Promise<VerifyError> {
  try {
    await promise;
  } catch (error) {
    if (VerifyError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('requests on the wire (real loopback server, axios transport)', () => {
  it('create, validate, get and list reach the documented paths with Basic auth', async () => {
    const handler: Handler = (req, res) => {
      if (req.method === 'POST' && req.url.endsWith('/Session/')) {
        send(res, 202, { api_id: 'x', message: 'Session initiated', session_uuid: SESSION_UUID });
      } else if (req.method === 'POST') {
        send(res, 200, { api_id: 'x', message: 'session validated successfully.' });
      } else if (req.url.includes('?')) {
        send(res, 200, { api_id: 'x', meta: { limit: 20, offset: 0, next: null, previous: null }, sessions: [] });
      } else {
        send(res, 200, sessionBody());
      }
    };
    const { verify, requests } = await setup(handler);
    await verify.sessions.create({ recipient: '+14155550100', channel: 'voice' });
    await verify.sessions.validate(SESSION_UUID, '1234');
    await verify.sessions.get(SESSION_UUID);
    await verify.sessions.list({ session_time__gte: '2026-11-01 00:00', limit: 20 });
    const lines = requests.map((r: Recorded) => `${r.method} ${r.url}`);
    expect(lines).toEqual([
      `POST /v1/Account/${AUTH_ID}/Verify/Session/`,
      `POST /v1/Account/${AUTH_ID}/Verify/Session/${SESSION_UUID}/`,
      `GET /v1/Account/${AUTH_ID}/Verify/Session/${SESSION_UUID}/`,
      `GET /v1/Account/${AUTH_ID}/Verify/Session/?limit=20&session_time__gte=2026-11-01+00%3A00`,
    ]);
    expect(requests[0]?.headers.authorization).toBe(
      `Basic ${Buffer.from(`${AUTH_ID}:${AUTH_TOKEN}`).toString('base64')}`,
    );
    expect(JSON.parse(requests[0]?.body ?? '')).toEqual({ recipient: '14155550100', channel: 'voice' });
    expect(JSON.parse(requests[1]?.body ?? '')).toEqual({ otp: '1234' });
    expect(requests[2]?.body).toBe('');
    expect(requests[0]?.headers.connection).toBe('keep-alive');
  });
  it('every create parameter and list filter crosses the wire unchanged in name and value', async () => {
    const handler: Handler = (req, res) =>
      req.method === 'POST'
        ? send(res, 202, { api_id: 'x', message: 'Session initiated', session_uuid: SESSION_UUID })
        : send(res, 200, { api_id: 'x', meta: { limit: 20, offset: 0, next: null, previous: null }, sessions: [] });
    const { verify, requests } = await setup(handler);
    const sms = {
      recipient: '+44 7700 900123',
      app_uuid: 'd2a4a3a0-6b42-4c6f-9f1f-7a3f1e0a9b11',
      channel: 'sms',
      url: 'https://example.com/cb?x=1',
      method: 'POST',
      locale: 'fr_FR',
      brand_name: 'Acme Ünïcode',
      app_hash: 'FA+9qCX9VSu',
      code_length: 7,
      fraud_check: 'disabled',
    } as const;
    await verify.sessions.create(sms);
    await verify.sessions.create({ recipient: '447700900123', channel: 'voice', dtmf: 2 });
    await verify.sessions.list({
      app_uuid: 'd2a4a3a0-6b42-4c6f-9f1f-7a3f1e0a9b11',
      status: 'expired',
      recipient: '+447700900123',
      subaccount: 'SAXXXXXXXXXXXXXXXXXX',
      limit: 3,
      offset: 6,
      session_time: '2026-11-01 10:00:00',
      session_time__gt: '2026-11-01 00:00',
      session_time__gte: '2026-11-01 00:00:00.5',
      session_time__lt: '2026-11-30 00:00',
      session_time__lte: '2026-11-30 23:59:59',
      country: 'GB',
      alias: 'signup',
      brand_name: 'Acme Ünïcode',
      app_hash: 'FA+9qCX9VSu',
    });
    expect(JSON.parse(requests[0]?.body ?? '')).toEqual({ ...sms, recipient: '447700900123' });
    expect(requests[0]?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(requests[1]?.body ?? '')).toEqual({ recipient: '447700900123', channel: 'voice', dtmf: 2 });
    const query = new URL(requests[2]?.url ?? '', 'http://x').searchParams;
    expect(Object.fromEntries(query)).toEqual({
      app_uuid: 'd2a4a3a0-6b42-4c6f-9f1f-7a3f1e0a9b11',
      status: 'expired',
      recipient: '447700900123',
      subaccount: 'SAXXXXXXXXXXXXXXXXXX',
      limit: '3',
      offset: '6',
      session_time: '2026-11-01 10:00:00',
      session_time__gt: '2026-11-01 00:00',
      session_time__gte: '2026-11-01 00:00:00.5',
      session_time__lt: '2026-11-30 00:00',
      session_time__lte: '2026-11-30 23:59:59',
      country: 'GB',
      alias: 'signup',
      brand_name: 'Acme Ünïcode',
      app_hash: 'FA+9qCX9VSu',
    });
  });
});

describe('error classes from real status codes', () => {
  it('400 on create is a server-side validation error', async () => {
    const { verify } = await setup(apiError(400, 'invalid recipient'));
    const error = await caught(verify.sessions.create({ recipient: '14155550100' }));
    expect(VerifyValidationError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'validation', status: 400, source: 'server', method: 'POST' });
    expect(error.apiId).toBe('a1b2c3d4-0000-4000-8000-000000000000');
    expect(error.api_id).toBe('a1b2c3d4-0000-4000-8000-000000000000');
  });

  it('401 is an authentication error, not retried', async () => {
    const { verify, requests } = await setup(apiError(401, 'authentication credentials were not provided'));
    const error = await caught(verify.sessions.get(SESSION_UUID));
    expect(VerifyAuthenticationError.isInstance(error)).toBe(true);
    expect(error.status).toBe(401);
    expect(requests).toHaveLength(1);
  });

  it('403 on create is a geo permission error', async () => {
    const { verify } = await setup(apiError(403, 'destination country not enabled'));
    const error = await caught(verify.sessions.create({ recipient: '14155550100' }));
    expect(VerifyPermissionError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ geoPermission: true, status: 403, code: 'permission' });
  });

  it('403 on get is a permission error without the geo flag', async () => {
    const { verify } = await setup(apiError(403, 'forbidden'));
    const error = await caught(verify.sessions.get(SESSION_UUID));
    expect(error).toMatchObject({ geoPermission: false, code: 'permission' });
  });

  it('404 is a not-found error', async () => {
    const { verify } = await setup(apiError(404, 'not found'));
    const error = await caught(verify.sessions.get(SESSION_UUID));
    expect(VerifyNotFoundError.isInstance(error)).toBe(true);
    expect(error.path).toBe(`/v1/Account/${AUTH_ID}/Verify/Session/${SESSION_UUID}/`);
  });

  it('429 with Retry-After waits that long, retries, and then reports retryAfterMs', async () => {
    const { verify, requests, clock } = await setup(apiError(429, 'too many requests', { 'retry-after': '2' }));
    const error = await caught(verify.sessions.create({ recipient: '14155550100' }));
    expect(VerifyRateLimitError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ retryAfterMs: 2000, local: false, status: 429 });
    expect(requests).toHaveLength(3);
    expect(clock.sleeps).toEqual([2000, 2000]);
  });

  it('429 without Retry-After backs off exponentially and succeeds when Plivo recovers', async () => {
    let calls = 0;
    const { verify, clock } = await setup((req, res) => {
      calls += 1;
      if (calls < 3) return apiError(429, 'too many requests')(req, res);
      send(res, 202, { api_id: 'x', message: 'Session initiated', session_uuid: SESSION_UUID });
    });
    const result = await verify.sessions.create({ recipient: '14155550100' });
    expect(result.session_uuid).toBe(SESSION_UUID);
    expect(clock.sleeps).toEqual([250, 500]);
  });

  it('500 on get is retried, then an upstream error', async () => {
    const { verify, requests } = await setup(apiError(500, 'internal error'));
    const error = await caught(verify.sessions.get(SESSION_UUID));
    expect(VerifyUpstreamError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 500, retryable: true });
    expect(requests).toHaveLength(3);
  });

  it('503 on create is never retried: the code may have gone out', async () => {
    const { verify, requests } = await setup(apiError(503, 'unavailable'));
    const error = await caught(verify.sessions.create({ recipient: '14155550100' }));
    expect(VerifyUpstreamError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ status: 503, retryable: false });
    expect(error.message).toContain('may have been processed');
    expect(requests).toHaveLength(1);
  });

  it('a non-JSON 200 is a protocol error', async () => {
    const { verify } = await setup((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>proxy</html>');
    });
    const error = await caught(verify.sessions.get(SESSION_UUID));
    expect(VerifyProtocolError.isInstance(error)).toBe(true);
  });

  it('a JSON answer of the wrong shape is a protocol error naming the fields', async () => {
    const { verify } = await setup((_req, res) => send(res, 202, { ok: true }));
    const error = await caught(verify.sessions.create({ recipient: '14155550100' }));
    expect(VerifyProtocolError.isInstance(error)).toBe(true);
    expect(error.message).toContain('session_uuid');
  });
});

describe('network failures', () => {
  it('a timeout on create is ambiguous and not retried', async () => {
    const { verify, requests } = await setup(() => {}, 150);
    const error = await caught(verify.sessions.create({ recipient: '14155550100' }));
    expect(VerifyAmbiguousError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'ambiguous', timedOut: true, retryable: false });
    expect(requests).toHaveLength(1);
  });

  it('a timeout on get is retried, then a timeout error', async () => {
    const { verify, requests } = await setup(() => {}, 150);
    const error = await caught(verify.sessions.get(SESSION_UUID));
    expect(VerifyNetworkError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'timeout', timedOut: true });
    expect(requests).toHaveLength(3);
  });

  it('a socket reset after the request was sent makes create ambiguous, sent once', async () => {
    const { verify, requests } = await setup((_req, res) => res.socket?.destroy());
    const error = await caught(verify.sessions.create({ recipient: '14155550100' }));
    expect(VerifyAmbiguousError.isInstance(error)).toBe(true);
    expect((error as VerifyAmbiguousError).startedAt).toBe('2026-11-26T12:00:00.000Z');
    expect(requests).toHaveLength(1);
  });

  it('a socket reset on validate is ambiguous too (a retry could burn the code)', async () => {
    const { verify, requests } = await setup((_req, res) => res.socket?.destroy());
    const error = await caught(verify.sessions.validate(SESSION_UUID, '123456'));
    expect(VerifyAmbiguousError.isInstance(error)).toBe(true);
    expect(requests).toHaveLength(1);
  });

  it('a socket reset on get is retried', async () => {
    const { verify, requests } = await setup((_req, res) => res.socket?.destroy());
    const error = await caught(verify.sessions.get(SESSION_UUID));
    expect(VerifyNetworkError.isInstance(error)).toBe(true);
    expect(requests).toHaveLength(3);
  });

  it('connection refused is provably unprocessed: create is retried, then a network error', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const address = probe.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const clock = fakeClock();
    const verify = createVerifyClientWith({
      authId: AUTH_ID,
      authToken: AUTH_TOKEN,
      baseUrl: `http://127.0.0.1:${port}`,
      transport: axiosTransport(),
      clock,
      random: () => 1,
    });
    const error = await caught(verify.sessions.create({ recipient: '14155550100' }));
    expect(VerifyNetworkError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'network', timedOut: false, retryable: true });
    expect(error.message).toContain('ECONNREFUSED');
    expect(clock.sleeps).toEqual([250, 500]);
  });
});
