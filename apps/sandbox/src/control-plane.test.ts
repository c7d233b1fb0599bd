import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { manualClock, sandboxFor } from './__fixtures__/raw-api.js';

/** A request with a Host header of our choosing (fetch does not let a caller set Host). */
function withHost(
  url: string,
  host: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', headers: { host, ...init.headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('control plane: every body is validated, a bad one changes nothing', () => {
  it('a huge clock advance answers 400 naming the field, and the sandbox keeps working', async () => {
    const { api } = await sandboxFor();
    const answer = await api.control('POST', 'clock', { advance_ms: 1e300 });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ api_id: expect.any(String), error: expect.stringMatching(/^advance_ms: /) });
    expect((await api.control('GET', 'config')).status).toBe(200);
    expect((await api.create({ recipient: '14155550100' })).status).toBe(202);
    // An allowed advance that would leave the range of dates is refused too, not stored.
    expect((await api.control('POST', 'clock', { now: '9999-12-01T00:00:00Z' })).status).toBe(200);
    const beyond = await api.control('POST', 'clock', { advance_ms: 3_153_600_000_000 });
    expect(beyond.status).toBe(400);
    expect(beyond.body.error).toMatch(/^advance_ms: the sandbox time must stay between/);
    expect((await api.control('GET', 'config')).body.now).toMatch(/^9999-12-01T00:00:/);
  });

  it.each([
    [{ faults: [null] }, /^faults\.0: /],
    [
      { faults: [{ fault: 'status=503', probability: 'abc' }] },
      /^faults\.0\.probability: expected a number from 0 to 1/,
    ],
    [{ faults: [{ fault: 'status=503', probability: 2 }] }, /^faults\.0\.probability: /],
    [{ faults: 'x' }, /^faults: expected an array/],
    [{}, /^faults: /],
    [{ faults: [{ fault: 'explode' }] }, /^faults\.0\.fault: unknown fault "explode"/],
    [{ faults: [{ fault: 'status=503', operation: 'delete' }] }, /^faults\.0\.operation: /],
    [{ faults: [], extra: 1 }, /unknown field extra/],
  ])('faults %j answers 400 (%s) and keeps the configured faults', async (body, message) => {
    const { api } = await sandboxFor();
    const configured = [{ fault: 'status=503', probability: 0.5, operation: 'create' }];
    expect((await api.control('POST', 'faults', { faults: configured })).status).toBe(200);
    const answer = await api.control('POST', 'faults', body);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(message);
    expect((await api.control('GET', 'faults')).body.configured).toEqual(configured);
  });

  it('a config body with one bad field changes no field', async () => {
    const { api } = await sandboxFor();
    const answer = await api.control('POST', 'config', { latency_ms: 5, rate_limit: { account: 'yes' } });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/^rate_limit\.account: expected true or false/);
    expect((await api.control('GET', 'config')).body).toMatchObject({
      latency_ms: 0,
      rate_limit: { account: true, list: true },
    });
    expect((await api.control('POST', 'config', { latency: 5 })).body.error).toMatch(/unknown field latency$/);
    expect((await api.control('POST', 'config', { latncy_ms: 5 })).body.error).toBe(
      'unknown field latncy_ms (did you mean latency_ms?)',
    );
    expect((await api.control('POST', 'config', { rate_limit: { lists: false } })).body.error).toBe(
      'rate_limit: unknown field lists (did you mean list?)',
    );
  });

  it('clock bodies: exactly one of advance_ms or now, each checked', async () => {
    const { api } = await sandboxFor();
    for (const body of [{}, { advance_ms: -1 }, { advance_ms: 1.5 }, { now: 'yesterday' }, { advance_ms: 1, now: 0 }]) {
      const answer = await api.control('POST', 'clock', body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error).toEqual(expect.any(String));
    }
  });

  it('a bug that throws answers Plivo 500 shape, and the next request is served', async () => {
    let broken = false;
    const { api } = await sandboxFor({
      now: () => {
        if (broken) throw new TypeError("Cannot read properties of undefined (reading 'x')");
        return Date.now();
      },
    });
    broken = true;
    const answer = await api.create({ recipient: '14155550100' });
    expect(answer.status).toBe(500);
    expect(answer.body).toEqual({ api_id: expect.any(String), error: 'internal sandbox error' });
    broken = false;
    expect((await api.create({ recipient: '14155550100' })).status).toBe(202);
  });
});

describe('control plane: no web page can drive it', () => {
  it('refuses writes that are not application/json (a cross-site form or text/plain POST)', async () => {
    const { sandbox, api } = await sandboxFor();
    const { session_uuid } = (await api.create({ recipient: '14155550100' })).body;
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const faults = await fetch(`${sandbox.url}/__sandbox/faults`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: JSON.stringify({ faults: [{ fault: 'status=503', probability: 1 }] }),
      });
      expect(faults.status).toBe(415);
      expect(faults.headers.get('access-control-allow-origin')).toBeNull();
    }
    const reset = await fetch(`${sandbox.url}/__sandbox/reset`, { method: 'POST' });
    expect(reset.status).toBe(415);
    expect((await api.control('GET', 'faults')).body.configured).toEqual([]);
    expect((await api.get(session_uuid)).status).toBe(200);
  });

  it('sends no CORS permission, not even to a preflight', async () => {
    const { sandbox } = await sandboxFor();
    const preflight = await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBeGreaterThanOrEqual(400);
    const read = await fetch(`${sandbox.url}/__sandbox/messages`, { headers: { origin: 'https://evil.example' } });
    for (const answer of [preflight, read]) {
      for (const name of answer.headers.keys()) expect(name).not.toMatch(/^access-control-/);
    }
  });

  it('refuses a Host that is not an IP address, localhost or an allowed name (DNS rebinding)', async () => {
    const { sandbox, api } = await sandboxFor();
    const { session_uuid } = (await api.create({ recipient: '14155550100' })).body;
    const port = new URL(sandbox.url).port;
    for (const path of ['/__sandbox/messages', '/inbox', '/__sandbox/events']) {
      const answer = await withHost(`${sandbox.url}${path}`, `rebind.evil.example:${port}`);
      expect(answer.status, path).toBe(403);
      expect(answer.body).not.toContain(session_uuid);
      expect(JSON.parse(answer.body).error).toMatch(/Host rebind\.evil\.example:\d+ is not allowed/);
    }
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `app.localhost:${port}`]) {
      const answer = await withHost(`${sandbox.url}/__sandbox/messages`, host);
      expect(answer.status, host).toBe(200);
      expect(answer.body).toContain(session_uuid);
    }
    // Plivo's API itself keeps working under any name (it needs the account's credentials anyway).
    const viaName = await withHost(`${api.base}${session_uuid}/`, `sandbox:${port}`, {
      headers: { authorization: api.auth },
    });
    expect(viaName.status).toBe(200);
  });

  it('accepts the names given in allowedHosts (e.g. a compose service name)', async () => {
    const { sandbox } = await sandboxFor({ allowedHosts: ['sandbox'] });
    const port = new URL(sandbox.url).port;
    expect((await withHost(`${sandbox.url}/__sandbox/messages`, `sandbox:${port}`)).status).toBe(200);
    expect((await withHost(`${sandbox.url}/__sandbox/messages`, `other:${port}`)).status).toBe(403);
  });
});

describe('control plane: reset and time', () => {
  it('reset returns to the start configuration: faults, latency, limits and clock as started', async () => {
    const startFaults = [{ fault: 'delay=1', probability: 1, operation: 'get' as const }];
    const { api } = await sandboxFor({ faults: startFaults, latencyMs: 1, rateLimit: { list: false } });
    const before = Date.parse((await api.control('GET', 'config')).body.now);
    await api.control('POST', 'faults', { faults: [{ fault: 'status=503', probability: 1 }] });
    await api.control('POST', 'config', { latency_ms: 50, rate_limit: { account: false, list: true } });
    await api.control('POST', 'clock', { advance_ms: 86_400_000 });
    expect((await api.create({ recipient: '14155550100' })).status).toBe(503);

    const reset = await api.control('POST', 'reset');
    expect(reset.status).toBe(200);
    expect((await api.control('GET', 'faults')).body).toEqual({ configured: startFaults, log: [] });
    const config = (await api.control('GET', 'config')).body;
    expect(config).toMatchObject({ latency_ms: 1, rate_limit: { account: true, list: false } });
    const now = Date.parse(config.now);
    expect(now - before).toBeLessThan(3_600_000);
    expect(now).toBeGreaterThanOrEqual(before);
    expect((await api.create({ recipient: '14155550100' })).status).toBe(202);
  });

  it('the clock can be set to an absolute time, back or forward', async () => {
    const clock = manualClock();
    const { api } = await sandboxFor({ now: clock.now });
    const back = await api.control('POST', 'clock', { now: '2020-02-29T10:00:00Z' });
    expect(back.body.now).toBe('2020-02-29T10:00:00.000Z');
    const { session_uuid } = (await api.create({ recipient: '14155550100' })).body;
    expect((await api.get(session_uuid)).body.created_at).toBe('2020-02-29T10:00:00.000000Z');
    const forward = await api.control('POST', 'clock', { now: Date.UTC(2020, 2, 1) });
    expect(forward.body.now).toBe('2020-03-01T00:00:00.000Z');
    expect((await api.get(session_uuid)).body.status).toBe('expired');
    expect((await api.control('POST', 'clock', { now: '+275760-09-13T00:00:00Z' })).status).toBe(400);
  });
});
