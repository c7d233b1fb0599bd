import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseCallback, validateSignatureV2, validateSignatureV3 } from '@plivo-verify/core';
import plivo from 'plivo';
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock, sandboxFor } from './__fixtures__/raw-api.js';
import { CHANNEL_VOCABULARY } from './channel-vocabulary.js';

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const receivers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((close) => close()));
});

/** A real callback receiver on loopback; `answer` decides each status code. */
async function receiver(answer: (n: number, res: ServerResponse) => void = (_n, res) => res.end('ok')) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      answer(received.length, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/verify/status?tag=a`;
  receivers.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { url, received };
}

const header = (r: Received, name: string) => String(r.headers[name.toLowerCase()] ?? '');

describe('status callbacks', () => {
  it('POSTs form-encoded status changes for an SMS attempt and its verification', async () => {
    const hook = await receiver();
    const { api } = await sandboxFor();
    const { session_uuid } = (await api.create({ recipient: '+14155550100', url: hook.url })).body;
    await api.validate(session_uuid, await api.codeOf(session_uuid));
    await api.control('GET', 'callbacks?wait=idle');
    const events = hook.received.map((r) => parseCallback(r.body));
    expect(events.map((e) => `${e.SessionStatus}/${e.ChannelStatus}`)).toEqual([
      'in-progress/queued',
      'in-progress/sent',
      'in-progress/delivered',
      'verified/delivered',
    ]);
    expect(events[0]).toMatchObject({
      SessionUUID: session_uuid,
      Channel: 'sms',
      AttemptSequence: 1,
      Recipient: '14155550100',
    });
    expect(events[0]?.RequestTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    for (const r of hook.received) {
      expect(r.method).toBe('POST');
      expect(header(r, 'content-type')).toBe('application/x-www-form-urlencoded');
      expect(r.url).toBe('/verify/status?tag=a');
    }
  });

  it('voice attempts report ringing, in-progress, completed; a second attempt has sequence 2', async () => {
    const hook = await receiver();
    const { api } = await sandboxFor();
    await api.create({ recipient: '14155550100', url: hook.url, channel: 'voice' });
    await api.create({ recipient: '14155550100', url: hook.url, channel: 'sms' });
    await api.control('GET', 'callbacks?wait=idle');
    const events = hook.received.map((r) => parseCallback(r.body));
    expect(events.map((e) => `${e.Channel}:${e.ChannelStatus}:${e.AttemptSequence}`)).toEqual([
      'voice:ringing:1',
      'voice:in-progress:1',
      'voice:completed:1',
      'sms:queued:2',
      'sms:sent:2',
      'sms:delivered:2',
    ]);
  });

  it('reports expiry', async () => {
    const hook = await receiver();
    const clock = manualClock();
    const { api } = await sandboxFor({ now: clock.now });
    await api.create({ recipient: '14155550100', url: hook.url });
    clock.advance(600_000);
    await api.control('POST', 'clock', { advance_ms: 0 });
    await api.control('GET', 'callbacks?wait=idle');
    const last = parseCallback(hook.received.at(-1)?.body ?? '');
    expect(last.SessionStatus).toBe('expired');
  });

  it('with method GET sends the parameters in the query string', async () => {
    const hook = await receiver();
    const { api } = await sandboxFor();
    await api.create({ recipient: '14155550100', url: hook.url, method: 'GET' });
    await api.control('GET', 'callbacks?wait=idle');
    const first = hook.received[0];
    expect(first?.method).toBe('GET');
    expect(first?.body).toBe('');
    const query = new URL(first?.url ?? '', 'http://x').searchParams;
    expect(query.get('tag')).toBe('a');
    expect(parseCallback(query).ChannelStatus).toBe('queued');
  });

  it('signs every callback so that core AND the official plivo package accept it (V2, V3, Ma-)', async () => {
    const hook = await receiver();
    const main = { authId: 'MASANDBOX00000000001', authToken: 'sandbox-auth-token', mainAuthToken: 'main-token' };
    const { api } = await sandboxFor({ accounts: [main] });
    await api.create({ recipient: '14155550100', url: hook.url });
    await api.create({ recipient: '14155550199', url: hook.url, method: 'GET' });
    await api.control('GET', 'callbacks?wait=idle');
    expect(hook.received).toHaveLength(6);
    for (const r of hook.received) {
      const fullUrl = `${hook.url.split('/verify')[0]}${r.url}`;
      const method = r.method as 'GET' | 'POST';
      const params = method === 'POST' ? Object.fromEntries(new URLSearchParams(r.body)) : {};
      const v2Nonce = header(r, 'X-Plivo-Signature-V2-Nonce');
      const v3Nonce = header(r, 'X-Plivo-Signature-V3-Nonce');
      expect(v2Nonce).toMatch(/^\d{20}$/);
      const v2 = header(r, 'X-Plivo-Signature-V2');
      const v3 = header(r, 'X-Plivo-Signature-V3');
      // Oracle 1: @plivo-verify/core.
      expect(validateSignatureV2({ url: fullUrl, nonce: v2Nonce, signature: v2, authToken: main.authToken })).toBe(
        true,
      );
      expect(
        validateSignatureV2({
          url: fullUrl,
          nonce: v2Nonce,
          signature: header(r, 'X-Plivo-Signature-Ma-V2'),
          authToken: 'main-token',
        }),
      ).toBe(true);
      expect(
        validateSignatureV3({ method, url: fullUrl, params, nonce: v3Nonce, signature: v3, authToken: main.authToken }),
      ).toBe(true);
      expect(
        validateSignatureV3({
          method,
          url: fullUrl,
          params,
          nonce: v3Nonce,
          signature: header(r, 'X-Plivo-Signature-Ma-V3'),
          authToken: 'main-token',
        }),
      ).toBe(true);
      // Oracle 2: the official plivo package.
      expect(plivo.validateSignature(fullUrl, v2Nonce, v2, main.authToken)).toBe(true);
      expect(plivo.validateV3Signature(method, fullUrl, v3Nonce, main.authToken, v3, params)).toBe(true);
      // And neither accepts a wrong token.
      expect(plivo.validateSignature(fullUrl, v2Nonce, v2, 'wrong')).toBe(false);
      expect(
        validateSignatureV3({ method, url: fullUrl, params, nonce: v3Nonce, signature: v3, authToken: 'wrong' }),
      ).toBe(false);
    }
  });

  it("signs a subaccount's callbacks with the main account's token in the Ma- headers", async () => {
    const hook = await receiver();
    const main = { authId: 'MAMAIN00000000000001', authToken: 'main-token' };
    const sub = { authId: 'SASUB000000000000001', authToken: 'sub-token', parentAuthId: main.authId };
    const { sandbox } = await sandboxFor({ accounts: [sub, main] });
    await fetch(`${sandbox.url}/v1/Account/${sub.authId}/Verify/Session/`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${sub.authId}:${sub.authToken}`).toString('base64')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ recipient: '14155550100', url: hook.url }),
    });
    await fetch(`${sandbox.url}/__sandbox/callbacks?wait=idle`);
    const first = hook.received[0];
    if (!first) throw new Error('no callback arrived');
    const url = `${hook.url.split('/verify')[0]}${first.url}`;
    const nonce = header(first, 'X-Plivo-Signature-V2-Nonce');
    expect(plivo.validateSignature(url, nonce, header(first, 'X-Plivo-Signature-V2'), 'sub-token')).toBe(true);
    expect(plivo.validateSignature(url, nonce, header(first, 'X-Plivo-Signature-Ma-V2'), 'main-token')).toBe(true);
  });

  it('retries failed deliveries with backoff and shows them in the delivery log', async () => {
    const hook = await receiver((n, res) => {
      res.statusCode = n <= 2 ? 500 : 200;
      res.end();
    });
    const { api } = await sandboxFor({ callbackRetry: { attempts: 4, baseDelayMs: 5 } });
    await api.create({ recipient: '14155550100', url: hook.url });
    const { callbacks } = (await api.control('GET', 'callbacks?wait=idle')).body;
    expect(callbacks).toHaveLength(3);
    expect(callbacks[0]).toMatchObject({
      attempts: 3,
      delivered: true,
      last_status: 200,
      url: hook.url,
      method: 'POST',
    });
    expect(callbacks[1]).toMatchObject({ attempts: 1, delivered: true });
    expect(hook.received).toHaveLength(5);
  });

  it('gives up after the last attempt and records the failure', async () => {
    const { api } = await sandboxFor({ callbackRetry: { attempts: 2, baseDelayMs: 5 } });
    // A port with nothing listening.
    await api.create({ recipient: '14155550100', url: 'http://127.0.0.1:9/none' });
    const { callbacks } = (await api.control('GET', 'callbacks?wait=idle')).body;
    expect(callbacks[0]).toMatchObject({ attempts: 2, delivered: false, last_status: null });
    expect(callbacks[0].last_error).toEqual(expect.any(String));
  });

  it('never blocks the API answer on a slow receiver', async () => {
    const held: ServerResponse[] = [];
    const hook = await receiver((_n, res) => held.push(res));
    const { api } = await sandboxFor();
    const answer = await api.create({ recipient: '14155550100', url: hook.url });
    expect(answer.status).toBe(202);
    // The receiver has not answered the first callback yet, and the API already did.
    const { callbacks } = (await api.control('GET', 'callbacks')).body;
    expect(callbacks.every((c: { delivered: boolean }) => !c.delivered)).toBe(true);
    for (const res of held) res.end();
  });

  it('GET callbacks to a URL with a #fragment carry their parameters in the query, and the signature holds', async () => {
    const hook = await receiver();
    const { api } = await sandboxFor();
    await api.create({ recipient: '14155550100', url: `${hook.url}#section`, method: 'GET' });
    await api.control('GET', 'callbacks?wait=idle');
    const first = hook.received[0];
    if (!first) throw new Error('no callback arrived');
    const query = new URL(first.url, 'http://x').searchParams;
    expect(query.get('tag')).toBe('a');
    expect(query.get('SessionStatus')).toBe('in-progress');
    const fullUrl = `${hook.url.split('/verify')[0]}${first.url}`;
    const nonce = header(first, 'X-Plivo-Signature-V3-Nonce');
    const signature = header(first, 'X-Plivo-Signature-V3');
    expect(plivo.validateV3Signature('GET', fullUrl, nonce, 'sandbox-auth-token', signature, {})).toBe(true);
  });
});

describe('callback vocabulary per channel', () => {
  it('a voice session reports completed (never the get/list status "answer") when verified or expired', async () => {
    const hook = await receiver();
    const clock = manualClock();
    const { api } = await sandboxFor({ now: clock.now });
    const verified = (await api.create({ recipient: '14155550100', url: hook.url, channel: 'voice' })).body
      .session_uuid;
    await api.validate(verified, await api.codeOf(verified));
    await api.create({ recipient: '14155550199', url: hook.url, channel: 'voice' });
    await api.create({ recipient: '14155550188', url: hook.url, channel: 'sms' });
    clock.advance(600_000);
    await api.control('POST', 'clock', { advance_ms: 0 });
    await api.control('GET', 'callbacks?wait=idle');
    const events = hook.received.map((r) => parseCallback(r.body));
    const ended = events.filter((e) => e.SessionStatus !== 'in-progress');
    expect(ended.map((e) => `${e.Channel}:${e.SessionStatus}:${e.ChannelStatus}`).sort()).toEqual([
      'sms:expired:delivered',
      'voice:expired:completed',
      'voice:verified:completed',
    ]);
    // Every callback speaks its channel's documented vocabulary (one table: CHANNEL_VOCABULARY).
    for (const e of events) {
      expect(CHANNEL_VOCABULARY[e.Channel as 'sms' | 'voice'].callbackSteps).toContain(e.ChannelStatus);
    }
    // get/list still show Plivo's finished-attempt status.
    expect((await api.get(verified)).body.attempt_details[0].status).toBe('answer');
  });
});

describe('callback delivery under dead, slow and hanging receivers', () => {
  it('keeps the queue bounded: the oldest waiting callbacks are dropped and counted', async () => {
    const held: ServerResponse[] = [];
    const hook = await receiver((_n, res) => held.push(res));
    const { api } = await sandboxFor({ rateLimit: false, callbackRetry: { maxQueue: 30, concurrency: 4 } });
    for (let i = 0; i < 40; i += 1)
      await api.create({ recipient: `1415555${String(i).padStart(4, '0')}`, url: hook.url });
    const { callbacks, stats } = (await api.control('GET', 'callbacks')).body;
    // 40 creates x 3 callbacks: at most 2 in flight to this receiver (half of 4), 30 waiting, the rest dropped.
    expect(stats).toMatchObject({ in_flight: 2, queued: 30, dropped: 120 - 32, max_queue: 30, max_in_flight: 4 });
    expect(callbacks.filter((c: { dropped: boolean }) => c.dropped)).toHaveLength(88);
    // The newest are kept: the last create's callbacks are still waiting, not dropped.
    expect(callbacks.at(-1)).toMatchObject({ dropped: false, delivered: false });
    for (const res of held) res.end();
  });

  it('delivers in parallel, and a hanging receiver cannot starve a healthy one', async () => {
    const held: ServerResponse[] = [];
    const hanging = await receiver((_n, res) => held.push(res));
    const healthy = await receiver();
    const { api } = await sandboxFor({ rateLimit: false, callbackRetry: { concurrency: 8 } });
    for (let i = 0; i < 10; i += 1)
      await api.create({ recipient: `1415555${String(i).padStart(4, '0')}`, url: hanging.url });
    const { session_uuid } = (await api.create({ recipient: '14155559999', url: healthy.url })).body;
    await expect.poll(() => healthy.received.length, { timeout: 10_000 }).toBe(3);
    expect(new Set(healthy.received.map((r) => parseCallback(r.body).SessionUUID))).toEqual(new Set([session_uuid]));
    // Half of the 8 slots per receiver: 4 requests hang at once, in parallel (the old queue sent one at a time).
    await expect.poll(() => held.length, { timeout: 10_000 }).toBe(4);
    expect((await api.control('GET', 'callbacks')).body.stats.in_flight).toBe(4);
    for (const res of held) res.end();
  });

  it('keeps the order of one session callbacks while delivering in parallel', async () => {
    const hook = await receiver();
    const { api } = await sandboxFor({ rateLimit: false });
    const uuids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      uuids.push(
        (await api.create({ recipient: `1415555${String(i).padStart(4, '0')}`, url: hook.url })).body.session_uuid,
      );
    }
    await api.control('GET', 'callbacks?wait=idle');
    for (const uuid of uuids) {
      const statuses = hook.received
        .map((r) => parseCallback(r.body))
        .filter((e) => e.SessionUUID === uuid)
        .map((e) => e.ChannelStatus);
      expect(statuses).toEqual(['queued', 'sent', 'delivered']);
    }
  });

  it('stops retrying a receiver that keeps failing (retry budget), and says so in the stats', async () => {
    const { api } = await sandboxFor({ rateLimit: false, callbackRetry: { attempts: 4, baseDelayMs: 1 } });
    for (let i = 0; i < 10; i += 1) {
      await api.create({ recipient: `1415555${String(i).padStart(4, '0')}`, url: 'http://127.0.0.1:9/dead' });
    }
    const { stats } = (await api.control('GET', 'callbacks?wait=idle')).body;
    expect(stats.failed).toBe(30);
    expect(stats.delivered).toBe(0);
    expect(stats.retries).toBeLessThanOrEqual(10);
    expect(stats.retries_skipped).toBeGreaterThan(0);
  });
});
