import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CallbackSender } from './callback-sender.js';

const servers: Server[] = [];
const senders: CallbackSender[] = [];
afterEach(async () => {
  for (const sender of senders.splice(0)) sender.close();
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
});

async function serve(handler: (req: IncomingMessage, body: string, end: (status: number) => void) => void) {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () =>
      handler(req, body, (status) => {
        res.statusCode = status;
        res.end('a body the sender reads and discards');
      }),
    );
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function sender(): CallbackSender {
  const created = new CallbackSender();
  senders.push(created);
  return created;
}

describe('callback sender (node:http, not fetch)', () => {
  it('POSTs the body with its length and headers, and answers the status; GET sends no body', async () => {
    const seen: Array<{ method: string; url: string; type: string; length: string; body: string }> = [];
    const base = await serve((req, body, end) => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        type: String(req.headers['content-type']),
        length: String(req.headers['content-length']),
        body,
      });
      end(seen.length === 1 ? 204 : 500);
    });
    const send = sender();
    const form = 'SessionUUID=abc&SessionStatus=in-progress';
    const posted = await send.send({
      url: new URL(`${base}/hook?x=1`),
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
      timeoutMs: 10_000,
    });
    const got = await send.send({
      url: new URL(`${base}/hook?a=b`),
      method: 'GET',
      headers: {},
      body: undefined,
      timeoutMs: 10_000,
    });
    expect([posted, got]).toEqual([204, 500]);
    expect(seen).toEqual([
      {
        method: 'POST',
        url: '/hook?x=1',
        type: 'application/x-www-form-urlencoded',
        length: String(form.length),
        body: form,
      },
      { method: 'GET', url: '/hook?a=b', type: 'undefined', length: 'undefined', body: '' },
    ]);
  });

  it('rejects for a receiver that refuses the connection', async () => {
    const base = await serve((_req, _body, end) => end(200));
    const port = new URL(base).port;
    const server = servers.pop() as Server;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await expect(
      sender().send({
        url: new URL(`http://127.0.0.1:${port}/gone`),
        method: 'POST',
        headers: {},
        body: 'a=b',
        timeoutMs: 10_000,
      }),
    ).rejects.toThrow(/ECONNREFUSED/);
  });

  it('gives up on a receiver that never answers after timeoutMs', async () => {
    const base = await serve(() => {}); // reads the request, never answers
    await expect(
      sender().send({ url: new URL(`${base}/hang`), method: 'POST', headers: {}, body: 'a=b', timeoutMs: 200 }),
    ).rejects.toThrow('callback timed out after 200 ms');
  }, 20_000);
});
