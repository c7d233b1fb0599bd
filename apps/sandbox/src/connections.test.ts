import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { sandboxFor } from './__fixtures__/raw-api.js';

/** A raw TCP client: what it received and when the server closed it. */
function rawClient(url: string) {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    received += chunk;
  });
  socket.on('error', () => {});
  const closed = new Promise<number>((resolve) => {
    const start = Date.now();
    socket.on('close', () => resolve(Date.now() - start));
  });
  const connected = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return { socket, connected, closed, received: () => received };
}

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<'still open'>((resolve) => setTimeout(() => resolve('still open'), ms))]);

describe('slow clients and connection limits', () => {
  it('answers 408 and closes a connection whose request body never finishes', async () => {
    const { sandbox } = await sandboxFor({ timeouts: { requestMs: 1_000 } });
    const client = rawClient(sandbox.url);
    await client.connected;
    const path = `/v1/Account/${sandbox.authId}/Verify/Session/`;
    const auth = `Basic ${Buffer.from(`${sandbox.authId}:${sandbox.authToken}`).toString('base64')}`;
    client.socket.write(
      `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${auth}\r\nContent-Type: application/json\r\n` +
        'Content-Length: 100\r\n\r\n{"recip',
    );
    // Node's default would hold it for 300 s; here it goes within the request timeout plus a check interval.
    expect(await within(client.closed, 10_000)).not.toBe('still open');
    expect(client.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes an idle keep-alive connection after the keep-alive timeout', async () => {
    const { sandbox } = await sandboxFor({ timeouts: { keepAliveMs: 300 } });
    const client = rawClient(sandbox.url);
    await client.connected;
    client.socket.write('GET /__sandbox/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    expect(await within(client.closed, 10_000)).not.toBe('still open');
    expect(client.received()).toMatch(/^HTTP\/1\.1 200/);
  });

  it('refuses connections over the cap, and serves again when one closes', async () => {
    const { sandbox } = await sandboxFor({ maxConnections: 3 });
    const open: Array<ReturnType<typeof rawClient>> = [];
    for (let i = 0; i < 3; i += 1) {
      const client = rawClient(sandbox.url);
      await client.connected;
      open.push(client);
    }
    const extra = rawClient(sandbox.url);
    expect(await within(extra.closed, 10_000)).not.toBe('still open');
    expect(extra.received()).toBe('');
    const first = open[0] as ReturnType<typeof rawClient>;
    first.socket.destroy();
    await first.closed;
    await expect.poll(async () => (await fetch(`${sandbox.url}/__sandbox/health`).catch(() => null))?.status).toBe(200);
    for (const client of open) client.socket.destroy();
  });
});
