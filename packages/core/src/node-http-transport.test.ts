import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeHttpTransport } from './node-http-transport.js';
import { TransportError, type TransportRequest } from './transport.js';

// Real sockets on 127.0.0.1: what arrives, what comes back, and the phase of every failure (a create is repeated
// only after `not-sent`, so a wrong phase here is a second code).

let server: Server | undefined;

async function serve(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<string> {
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => handler(req, res, body));
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

const request = (url: string, extra: Partial<TransportRequest> = {}): TransportRequest => ({
  method: 'GET',
  url,
  headers: { accept: 'application/json' },
  timeoutMs: 10_000,
  ...extra,
});

async function failure(promise: Promise<unknown>): Promise<TransportError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(TransportError.isInstance(error), String(error)).toBe(true);
  return error as TransportError;
}

describe('nodeHttpTransport', () => {
  it('sends method, headers and body; resolves every status with headers and the raw body', async () => {
    const seen: Array<{
      method: string | undefined;
      type: string | undefined;
      length: string | undefined;
      body: string;
    }> = [];
    const url = await serve((req, res, body) => {
      seen.push({ method: req.method, type: req.headers['content-type'], length: req.headers['content-length'], body });
      res.writeHead(req.method === 'POST' ? 422 : 200, { 'content-type': 'application/json', 'x-a': 'b' });
      res.end('{"ok":"é"}');
    });
    const body = JSON.stringify({ recipient: '+14155550100', note: 'é' });
    const post = await nodeHttpTransport()(
      request(`${url}/v1/x`, { method: 'POST', body, headers: { 'content-type': 'application/json' } }),
    );
    expect(post).toEqual({ status: 422, headers: expect.objectContaining({ 'x-a': 'b' }), body: '{"ok":"é"}' });
    const get = await nodeHttpTransport()(request(`${url}/v1/y?z=1`));
    expect(get.status).toBe(200);
    expect(seen).toEqual([
      { method: 'POST', type: 'application/json', length: String(Buffer.byteLength(body)), body },
      { method: 'GET', type: undefined, length: undefined, body: '' },
    ]);
  });

  it('does not follow redirects', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(302, { location: 'http://127.0.0.1:9/elsewhere' });
      res.end();
    });
    expect((await nodeHttpTransport()(request(url))).status).toBe(302);
  });

  it('connection refused: not-sent (the only failure a create may be repeated after)', async () => {
    const url = await serve(() => {});
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
    const error = await failure(nodeHttpTransport()(request(url, { method: 'POST', body: '{}' })));
    expect(error).toMatchObject({ reason: 'ECONNREFUSED', phase: 'not-sent', timedOut: false });
  });

  it('a reset after the request arrived: sent', async () => {
    const url = await serve((req) => req.socket.destroy());
    const error = await failure(nodeHttpTransport()(request(url, { method: 'POST', body: '{}' })));
    expect(error).toMatchObject({ reason: 'ECONNRESET', phase: 'sent', timedOut: false });
  });

  it('a response cut off mid-body: sent', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': '100' });
      res.write('{"half":');
      setTimeout(() => res.socket?.destroy(), 50);
    });
    const error = await failure(nodeHttpTransport()(request(url, { method: 'POST', body: '{}' })));
    expect(error.phase).toBe('sent');
  });

  it('no answer within timeoutMs: sent and timed out', async () => {
    const url = await serve(() => {});
    const error = await failure(nodeHttpTransport()(request(url, { method: 'POST', body: '{}', timeoutMs: 200 })));
    expect(error).toMatchObject({ reason: 'ETIMEDOUT', phase: 'sent', timedOut: true });
  });

  it('cancelled by the caller (before or during the request): sent, not a timeout', async () => {
    const url = await serve(() => {});
    const controller = new AbortController();
    const pending = nodeHttpTransport()(request(url, { method: 'POST', body: '{}', signal: controller.signal }));
    setTimeout(() => controller.abort(), 100);
    expect(await failure(pending)).toMatchObject({ reason: 'ERR_CANCELED', phase: 'sent', timedOut: false });
    const early = await failure(nodeHttpTransport()(request(url, { signal: AbortSignal.abort() })));
    expect(early).toMatchObject({ reason: 'ERR_CANCELED', phase: 'sent' });
  });
});
