import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PLIVO_ACCOUNT_LIMIT } from '@plivo-verify/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countEvents, startStrictWindowProxy } from './strict-window-proxy.mjs';

describe('strict window proxy', () => {
  let upstream: Server;
  let target: string;
  beforeAll(async () => {
    upstream = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(202, { 'content-type': 'application/json' });
        res.end('{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    target = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => upstream.close(() => resolve())));

  it('lets `limit` requests through per window, answers 429 with Retry-After past it, and counts', async () => {
    const proxy = await startStrictWindowProxy({ target, limit: 3, windowMs: 60_000 });
    try {
      const send = (recipient: string) =>
        fetch(`${proxy.url}/v1/x`, { method: 'POST', body: JSON.stringify({ recipient }) });
      const answers = [];
      for (const recipient of ['a', 'b', 'a', 'c', 'd']) answers.push(await send(recipient));
      expect(answers.map((r) => r.status)).toEqual([202, 202, 202, 429, 429]);
      expect(Number(answers[3]?.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
      expect(await answers[0]?.json()).toEqual({ ok: true });
      expect(countEvents(proxy.events())).toEqual({ server429s: 2, duplicates: 1 });
      proxy.reset();
      expect((await send('e')).status).toBe(202);
      expect(proxy.events()).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });

  it('the window slides: a request is let through once the oldest one is out of it', async () => {
    let now = 0;
    const proxy = await startStrictWindowProxy({ target, limit: 1, windowMs: 5_000, now: () => now });
    try {
      const send = () => fetch(`${proxy.url}/v1/x`, { method: 'POST', body: '{}' });
      expect((await send()).status).toBe(202);
      now = 4_999;
      const refused = await send();
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('1');
      now = 5_001;
      expect((await send()).status).toBe(202);
    } finally {
      await proxy.close();
    }
  });

  it("by default enforces core's PLIVO_ACCOUNT_LIMIT (Plivo's 300 in any 5 s), not a copy of it", async () => {
    const proxy = await startStrictWindowProxy({ target, now: () => 0 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i <= PLIVO_ACCOUNT_LIMIT.limit; i++) {
        statuses.push((await fetch(`${proxy.url}/v1/x`, { method: 'POST', body: '{}' })).status);
      }
      expect(statuses.filter((status) => status === 202)).toHaveLength(PLIVO_ACCOUNT_LIMIT.limit);
      const refused = await fetch(`${proxy.url}/v1/x`, { method: 'POST', body: '{}' });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe(String(PLIVO_ACCOUNT_LIMIT.windowMs / 1000));
    } finally {
      await proxy.close();
    }
  });
});
