import { createServer as createHttpServer } from 'node:http';
import { type AddressInfo, createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeClock } from './__fixtures__/fake-clock.js';
import { AUTH_ID, AUTH_TOKEN, SESSION_UUID, sessionBody } from './__fixtures__/fake-transport.js';
import { type Handler, send, startLoopback } from './__fixtures__/loopback-server.js';
import { axiosTransport } from './axios-transport.js';
import type { Clock } from './clock.js';
import { fetchTransport } from './fetch-transport.js';
import { nodeHttpTransport } from './node-http-transport.js';
import { type Transport, TransportError } from './transport.js';
import { createVerifyClientWith } from './verify-client.js';
import { VerifyError } from './verify-error.js';

let servers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

async function serve(handler: Handler) {
  const server = await startLoopback(handler);
  servers.push(server);
  return server;
}

function client(baseUrl: string, transport: Transport, timeoutMs = 2_000, clock: Clock = fakeClock()) {
  return createVerifyClientWith({
    authId: AUTH_ID,
    authToken: AUTH_TOKEN,
    baseUrl,
    transport,
    clock,
    timeoutMs,
    random: () => 1,
  });
}

async function failure(promise: Promise<unknown>): Promise<VerifyError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!VerifyError.isInstance(error)) throw new Error(`expected a VerifyError, got ${String(error)}`);
  return error;
}

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

const keepAliveTransports = [
  ['axiosTransport', axiosTransport],
  ['nodeHttpTransport', nodeHttpTransport],
] as const;

describe.each(keepAliveTransports)(
  '%s: connect timeouts are proof of not-sent (the connection never opened)',
  (_name, makeTransport) => {
    it('a create that timed out waiting for a connection is retried like ECONNREFUSED, not ambiguous', async () => {
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const server = await serve((req, res) => {
        if (req.method === 'GET') void held.then(() => send(res, 200, sessionBody()));
        else send(res, 202, { api_id: 'x', message: 'Session initiated', session_uuid: SESSION_UUID });
      });
      // One socket: the held get occupies it, so the create never gets a connection.
      const transport = makeTransport({ maxSockets: 1 });
      const slow = client(server.url, transport, 10_000);
      const pending = slow.sessions.get(SESSION_UUID);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const error = await failure(client(server.url, transport, 150).sessions.create({ recipient: '14155550100' }));
      expect(error).toMatchObject({ code: 'timeout', retryable: true });
      expect(error.message).toContain('ECONNECTTIMEOUT');
      // Only the get reached the server: the create was provably never sent.
      expect(server.requests.map((request) => request.method)).toEqual(['GET']);
      release();
      await pending;
    });

    it('a response timeout (connected, request written) stays ambiguous for a create', async () => {
      const server = await serve(() => {});
      const error = await failure(
        client(server.url, makeTransport(), 150).sessions.create({ recipient: '14155550100' }),
      );
      expect(error).toMatchObject({ code: 'ambiguous', timedOut: true });
      expect(server.requests).toHaveLength(1);
    });
  },
);

// A keep-alive socket already connected by an earlier request carries the next one at once: a timeout on it came
// after the request was written, so it must read `sent` (ambiguous for a create), never a connect timeout.
describe.each([
  ['axiosTransport', () => axiosTransport()],
  ['nodeHttpTransport', () => nodeHttpTransport()],
  ['fetchTransport', () => fetchTransport()],
] as const)('%s: a timeout on a reused keep-alive socket', (_name, makeTransport) => {
  it('is sent (ambiguous for a create), never not-sent', { timeout: 30_000 }, async () => {
    const arrivals: Array<{ method: string; socket: string }> = [];
    const server = createHttpServer((req, res) => {
      req.resume();
      req.on('end', () => {
        arrivals.push({ method: req.method ?? '', socket: `${req.socket.remotePort}` });
        // The first request is answered (the socket stays open for the next); the second never is.
        if (arrivals.length === 1) send(res, 200, sessionBody());
      });
    });
    server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push({
      close: () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const transport = makeTransport();
    const path = `/v1/Account/${AUTH_ID}/Verify/Session/`;
    const first = await transport({
      method: 'GET',
      url: `${url}${path}${SESSION_UUID}/`,
      headers: {},
      timeoutMs: 10_000,
    });
    expect(first.status).toBe(200);
    // undici hands the socket back to its pool a few ticks after the body ends.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const error = await transport({
      method: 'POST',
      url: `${url}${path}`,
      headers: { 'content-type': 'application/json' },
      body: '{"recipient":"14155550100"}',
      timeoutMs: 300,
    }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(TransportError.isInstance(error), String(error)).toBe(true);
    expect(error).toMatchObject({ phase: 'sent', timedOut: true });
    // Both arrived, over one socket: the second request really went out on the reused connection.
    expect(arrivals.map((arrival) => arrival.method)).toEqual(['GET', 'POST']);
    expect(arrivals[1]?.socket).toBe(arrivals[0]?.socket);
    // Through the client: a create that timed out on the reused socket is ambiguous and not repeated.
    const ambiguous = await failure(client(url, transport, 300).sessions.create({ recipient: '14155550100' }));
    expect(ambiguous).toMatchObject({ code: 'ambiguous', timedOut: true });
    expect(arrivals.filter((arrival) => arrival.method === 'POST')).toHaveLength(2);
  });
});

const phaseTransports = [
  ['fetchTransport', () => fetchTransport()],
  ['nodeHttpTransport', () => nodeHttpTransport()],
] as const;

describe.each(phaseTransports)('%s phases', (_name, makeTransport) => {
  it('connection refused: create retried, then a network error naming ECONNREFUSED', async () => {
    const clock = fakeClock();
    const verify = client(`http://127.0.0.1:${await closedPort()}`, makeTransport(), 2_000, clock);
    const error = await failure(verify.sessions.create({ recipient: '14155550100' }));
    expect(error).toMatchObject({ code: 'network', retryable: true });
    expect(error.message).toContain('ECONNREFUSED');
    expect(clock.sleeps).toEqual([250, 500]);
  });

  it('a reset after the request was sent: create ambiguous, sent once', async () => {
    const server = await serve((_req, res) => res.socket?.destroy());
    const error = await failure(client(server.url, makeTransport()).sessions.create({ recipient: '14155550100' }));
    expect(error.code).toBe('ambiguous');
    expect(server.requests).toHaveLength(1);
  });

  it('a response timeout on get is retried and reported as a timeout', async () => {
    const server = await serve(() => {});
    const error = await failure(client(server.url, makeTransport(), 150).sessions.get(SESSION_UUID));
    expect(error).toMatchObject({ code: 'timeout' });
    expect(server.requests).toHaveLength(3);
  });

  it('sends the method, headers and body, and returns status, lower-cased headers and text', async () => {
    const server = await serve((_req, res) =>
      send(res, 202, { api_id: 'x', message: 'Session initiated', session_uuid: SESSION_UUID }, { 'X-Extra': '1' }),
    );
    const answer = await makeTransport()({
      method: 'POST',
      url: `${server.url}/p`,
      headers: { 'content-type': 'application/json', 'user-agent': 'ua-test' },
      body: '{"a":1}',
      timeoutMs: 2_000,
    });
    expect(answer.status).toBe(202);
    expect(answer.headers['x-extra']).toBe('1');
    expect(JSON.parse(answer.body)).toMatchObject({ session_uuid: SESSION_UUID });
    expect(server.requests[0]).toMatchObject({ method: 'POST', url: '/p', body: '{"a":1}' });
    expect(server.requests[0]?.headers['user-agent']).toBe('ua-test');
  });

  it("the caller's abort after sending is 'sent' (a create stays ambiguous) and settles at once", async () => {
    const server = await serve(() => {});
    const controller = new AbortController();
    const pending = client(server.url, makeTransport(), 10_000).sessions.create(
      { recipient: '14155550100' },
      { signal: controller.signal },
    );
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    const error = await failure(pending);
    expect(error.code).toBe('ambiguous');
    expect(error.message).toContain('ERR_CANCELED');
    expect(server.requests).toHaveLength(1);
  });
});

describe('retry details', () => {
  it('503 with Retry-After on get and list waits as told', async () => {
    const server = await serve((_req, res) => send(res, 503, { error: 'maintenance' }, { 'retry-after': '3' }));
    const clock = fakeClock();
    const verify = client(server.url, axiosTransport(), 2_000, clock);
    const error = await failure(verify.sessions.get(SESSION_UUID));
    expect(error).toMatchObject({ code: 'upstream', retryAfterMs: 3_000, retryable: true });
    expect(clock.sleeps).toEqual([3_000, 3_000]);
    const listError = await failure(verify.sessions.list());
    expect(listError).toMatchObject({ code: 'upstream', retryAfterMs: 3_000 });
  });

  it('429 errors are marked retryable', async () => {
    const server = await serve((_req, res) => send(res, 429, { error: 'slow down' }));
    const error = await failure(client(server.url, axiosTransport()).sessions.get(SESSION_UUID));
    expect(error).toMatchObject({ code: 'rate_limited', retryable: true });
  });

  it('startedAt is when the call started, not when it failed (clock that advances)', async () => {
    const server = await serve((_req, res) => res.socket?.destroy());
    let now = Date.UTC(2026, 10, 26, 12, 0, 0);
    const moving: Clock = { now: () => (now += 1_000), sleep: async () => {} };
    const error = await failure(
      client(server.url, axiosTransport(), 2_000, moving).sessions.create({ recipient: '14155550100' }),
    );
    expect(error.code).toBe('ambiguous');
    expect((error as unknown as { startedAt: string }).startedAt).toBe('2026-11-26T12:00:01.000Z');
  });

  it('every request carries the user-agent', async () => {
    const server = await serve((_req, res) => send(res, 200, sessionBody()));
    await client(server.url, axiosTransport()).sessions.get(SESSION_UUID);
    expect(server.requests[0]?.headers['user-agent']).toBe('plivo-verify-kit-core');
  });
});
