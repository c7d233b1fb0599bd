import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { manualClock, sandboxFor } from './__fixtures__/raw-api.js';

const UUID = /^[0-9a-f-]{36}$/;

describe('bad input gets a Plivo-shaped 4xx, never a 500 or a crash', () => {
  it.each([
    ['malformed JSON', '{"recipient": ', 'application/json', 400, /malformed JSON/],
    ['a JSON array', '[1,2]', 'application/json', 400, /must be an object/],
    ['a JSON string', '"hello"', 'application/json', 400, /must be an object/],
    ['form encoding', 'recipient=14155550100', 'application/x-www-form-urlencoded', 400, /application\/json/],
    ['text', 'hello', 'text/plain', 400, /application\/json/],
  ])('%s on create', async (_label, raw, type, status, error) => {
    const { api } = await sandboxFor();
    const answer = await api.call('POST', api.base, { raw, headers: { 'content-type': type } });
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({ api_id: expect.stringMatching(UUID), error: expect.stringMatching(error) });
  });

  it('a huge body answers 413 without buffering it', async () => {
    const { api } = await sandboxFor({ maxBodyBytes: 1024 });
    const answer = await api.call('POST', api.base, {
      raw: JSON.stringify({ recipient: 'x'.repeat(5000) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(answer.status).toBe(413);
    expect(answer.body.error).toMatch(/larger than 1024 bytes/);
  });

  it('a huge chunked body (no content-length) answers 413 too', async () => {
    const { sandbox, api } = await sandboxFor({ maxBodyBytes: 1024 });
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        api.base,
        { method: 'POST', headers: { authorization: api.auth, 'content-type': 'application/json' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 10; i += 1) req.write('x'.repeat(500));
      req.end();
    });
    expect(status).toBe(413);
    expect((await fetch(`${sandbox.url}/__sandbox/health`)).status).toBe(200);
  });

  it.each([
    ['no credentials', {}],
    ['not Basic', { authorization: 'Bearer abc' }],
    ['garbage Basic', { authorization: 'Basic !!!' }],
  ])('%s answers 401', async (_label, headers) => {
    const { api } = await sandboxFor();
    const answer = await fetch(api.base, { headers });
    expect(answer.status).toBe(401);
    expect(await answer.json()).toEqual({ api_id: expect.stringMatching(UUID), error: 'authentication failed' });
  });

  it.each([
    ['an unknown session', '8e712097-8090-4644-81e7-8f4265d8354e', 404],
    ['an invalid uuid', 'abc', 400],
    ['an encoded path', '..%2F..%2FCall', 400],
    ['broken percent-encoding', '%E0%A4%A', 400],
  ])('validate of %s', async (_label, uuid, status) => {
    const { api } = await sandboxFor();
    const answer = await api.validate(uuid, '123456');
    expect(answer.status).toBe(status);
    expect(answer.body.api_id).toMatch(UUID);
  });

  it('wrong methods answer 405, unknown paths 404', async () => {
    const { sandbox, api } = await sandboxFor();
    const deleted = await api.call('DELETE', api.base);
    expect(deleted.status).toBe(405);
    expect(deleted.body.error).toBe('method not allowed');
    const unknown = await api.call('GET', `${sandbox.url}/v1/Account/${sandbox.authId}/Call/`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.api_id).toMatch(UUID);
  });

  it('tolerates what the official SDKs send: "" body on GET, nulls, numeric otp', async () => {
    const { api } = await sandboxFor();
    const created = await api.create({
      recipient: '14155550100',
      app_uuid: null,
      channel: null,
      url: null,
      method: null,
      locale: null,
      brand_name: null,
      app_hash: null,
      code_length: 0,
      dtmf: null,
      fraud_check: null,
    });
    expect(created.status).toBe(202);
    // fetch refuses GET bodies; node:http sends one, as the node SDK does.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${api.base}${created.body.session_uuid}/`,
        {
          method: 'GET',
          headers: { authorization: api.auth, 'content-type': 'application/json', 'content-length': '2' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end('""');
    });
    expect(status).toBe(200);
    const code = await api.codeOf(created.body.session_uuid);
    expect((await api.validate(created.body.session_uuid, code)).status).toBe(200);
  });

  it('a bad app answers 400 naming the fields, and a bad configured app stops the start', async () => {
    const { api } = await sandboxFor();
    const answer = await api.control('POST', 'apps', { app_uuid: 'x', code_length: 12, template: 'no code here' });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/app_uuid: expected a UUID; code_length: .*; template: /);
    await expect(
      sandboxFor({ apps: [{ app_uuid: '11111111-2222-4333-8444-555555555555', expiry_seconds: 0 }] }),
    ).rejects.toThrow(/expiry_seconds/);
  });

  it('start options are checked before anything listens, each bad key named', async () => {
    const refusal = (options: object) =>
      sandboxFor(options as never).then(
        () => 'started',
        (error: Error) => `${error.name}: ${error.message}`,
      );
    expect(await refusal({ port: 'abc' })).toBe(
      'SandboxOptionsError: invalid options: port: expected an integer from 0 to 65535',
    );
    expect(await refusal({ latencyMs: -5 })).toContain('latencyMs: expected an integer from 0 to 60000');
    expect(await refusal({ maxSessions: 'x' })).toContain('maxSessions: expected an integer from 1 to 10000000');
    expect(await refusal({ maxSesions: 5 })).toContain('unknown field maxSesions (did you mean maxSessions?)');
    expect(await refusal({ colour: 'red' })).toMatch(/unknown field colour$/);
    expect(await refusal({ timeouts: { requestMS: 5 } })).toContain(
      'timeouts: unknown field requestMS (did you mean requestMs?)',
    );
    expect(await refusal({ faults: [{ fault: 'status=503', probabilty: 1 }] })).toContain(
      'faults.0: unknown field probabilty (did you mean probability?)',
    );
    expect(await refusal({ now: 5 })).toContain('now: expected a function');
  });

  it("a configured fault without a probability always applies, as the control plane's does", async () => {
    const { api } = await sandboxFor({ faults: [{ fault: 'status=503' }] as never });
    expect((await api.create({ recipient: '14155550100' })).status).toBe(503);
  });

  it('a non-integer dtmf answers 400', async () => {
    const { api } = await sandboxFor();
    const answer = await api.create({ recipient: '14155550100', channel: 'voice', dtmf: 'abc' });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/dtmf/);
  });

  it('a bad control-plane body answers 400', async () => {
    const { sandbox } = await sandboxFor();
    const headers = { 'content-type': 'application/json' };
    const latency = await fetch(`${sandbox.url}/__sandbox/config`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ latency_ms: 1e12 }),
    });
    expect(latency.status).toBe(400);
    const answer = await fetch(`${sandbox.url}/__sandbox/clock`, { method: 'POST', headers, body: '{nope' });
    expect(answer.status).toBe(400);
    const faults = await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ faults: [{ fault: 'explode' }] }),
    });
    expect(faults.status).toBe(400);
  });

  it.each([
    ['a recipient with a leading minus', { recipient: '-14155550100' }, /invalid recipient/],
    ['an object as brand_name', { recipient: '14155550100', brand_name: {} }, /invalid brand_name: expected a string/],
    ['a number as locale', { recipient: '14155550100', locale: 5 }, /invalid locale: expected a string/],
    ['an array as url', { recipient: '14155550100', url: ['http://x'] }, /invalid url: expected a string/],
  ])('%s on create answers 400 like Plivo', async (_label, body, error) => {
    const { api } = await sandboxFor();
    const answer = await api.create(body);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ api_id: expect.stringMatching(UUID), error: expect.stringMatching(error) });
    expect((await api.control('GET', 'messages')).body.messages).toEqual([]);
  });

  it.each([
    ['limit=0x10', /invalid limit/],
    ['limit=1e1', /invalid limit/],
    ['limit=2.0', /invalid limit/],
    ['offset=99999999999999999999', /invalid offset/],
    ['offset=-1', /invalid offset/],
    ['offset=1e3', /invalid offset/],
  ])('list with %s answers 400 like Plivo', async (query, error) => {
    const { api } = await sandboxFor();
    const answer = await api.list(query);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ api_id: expect.stringMatching(UUID), error: expect.stringMatching(error) });
  });

  it('session_time given to the minute matches that whole minute; to the second, that second', async () => {
    const clock = manualClock(Date.UTC(2026, 10, 26, 12, 0, 37));
    const { api } = await sandboxFor({ now: clock.now });
    const { session_uuid } = (await api.create({ recipient: '14155550100' })).body;
    const uuids = async (query: string) =>
      (await api.list(query)).body.sessions.map((s: { session_uuid: string }) => s.session_uuid);
    expect(await uuids(`session_time=${encodeURIComponent('2026-11-26 12:00')}`)).toEqual([session_uuid]);
    expect(await uuids(`session_time=${encodeURIComponent('2026-11-26 12:01')}`)).toEqual([]);
    expect(await uuids(`session_time=${encodeURIComponent('2026-11-26 12:00:37')}`)).toEqual([session_uuid]);
    expect(await uuids(`session_time=${encodeURIComponent('2026-11-26 12:00:00')}`)).toEqual([]);
  });
});
