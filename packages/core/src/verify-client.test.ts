import { describe, expect, it } from 'vitest';
import { fakeClock } from './__fixtures__/fake-clock.js';
import {
  API_ID,
  AUTH_ID,
  AUTH_TOKEN,
  CREATED,
  fakeTransport,
  json,
  SESSION_UUID,
  sessionBody,
} from './__fixtures__/fake-transport.js';
import { testClient } from './__fixtures__/test-client.js';
import type { Transport } from './transport.js';

function client(transport: Transport, baseUrl = 'https://api.plivo.com') {
  return testClient({ baseUrl, transport, clock: fakeClock() });
}

const BASE = `https://api.plivo.com/v1/Account/${AUTH_ID}/Verify/Session/`;

describe('create', () => {
  it('POSTs JSON with Basic auth to the session collection', async () => {
    const transport = fakeTransport(CREATED);
    const result = await client(transport).sessions.create({ recipient: '+91 87070-46406' });
    expect(result).toEqual({ api_id: API_ID, message: 'Session initiated', session_uuid: SESSION_UUID });
    const [request] = transport.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(BASE);
    expect(request?.headers.authorization).toBe(`Basic ${Buffer.from(`${AUTH_ID}:${AUTH_TOKEN}`).toString('base64')}`);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request?.body ?? '')).toEqual({ recipient: '918707046406' });
  });

  it('sends every documented parameter with its wire name', async () => {
    const transport = fakeTransport(CREATED);
    const params = {
      recipient: '14155550100',
      app_uuid: 'd2a4a3a0-6b42-4c6f-9f1f-7a3f1e0a9b11',
      channel: 'sms',
      url: 'https://example.com/status?x=1',
      method: 'GET',
      locale: 'en_US',
      brand_name: 'Acme',
      app_hash: 'FA+9qCX9VSu',
      code_length: 6,
      fraud_check: 'disabled',
    } as const;
    await client(transport).sessions.create(params);
    expect(JSON.parse(transport.requests[0]?.body ?? '')).toEqual(params);
  });

  it('sends dtmf with the voice channel', async () => {
    const transport = fakeTransport(CREATED);
    await client(transport).sessions.create({ recipient: '+14155550100', channel: 'voice', dtmf: 1, code_length: 8 });
    expect(JSON.parse(transport.requests[0]?.body ?? '')).toEqual({
      recipient: '14155550100',
      channel: 'voice',
      dtmf: 1,
      code_length: 8,
    });
  });

  it('builds paths on a custom base URL with or without a trailing slash', async () => {
    const transport = fakeTransport(CREATED);
    await client(transport, 'http://127.0.0.1:8910/').sessions.create({ recipient: '14155550100' });
    expect(transport.requests[0]?.url).toBe(`http://127.0.0.1:8910/v1/Account/${AUTH_ID}/Verify/Session/`);
  });
});

describe('call options', () => {
  it('only the signal is taken from them: extra keys cannot change the request', async () => {
    const transport = fakeTransport(CREATED);
    const sneaky = { method: 'GET', body: '{"recipient":"19999999999"}', path: '/elsewhere' } as never;
    await client(transport).sessions.create({ recipient: '14155550100' }, sneaky);
    expect(transport.requests[0]).toMatchObject({ method: 'POST', url: BASE });
    expect(JSON.parse(transport.requests[0]?.body ?? '')).toEqual({ recipient: '14155550100' });
  });
});

describe('validate', () => {
  it('POSTs the otp to the session and reports a valid code', async () => {
    const transport = fakeTransport(
      json(200, { api_id: API_ID, message: 'session validated successfully.', session_uuid: SESSION_UUID }),
    );
    const result = await client(transport).sessions.validate(SESSION_UUID, '123456');
    expect(result).toEqual({
      valid: true,
      api_id: API_ID,
      message: 'session validated successfully.',
      session_uuid: SESSION_UUID,
    });
    expect(transport.requests[0]?.url).toBe(`${BASE}${SESSION_UUID}/`);
    expect(JSON.parse(transport.requests[0]?.body ?? '')).toEqual({ otp: '123456' });
  });

  it('reports a wrong or expired code (400) as valid: false, not an exception', async () => {
    const transport = fakeTransport(json(400, { api_id: API_ID, error: 'Invalid OTP' }));
    const result = await client(transport).sessions.validate(SESSION_UUID, '000000');
    expect(result).toEqual({
      valid: false,
      reason: 'wrong_code',
      api_id: API_ID,
      message: 'Invalid OTP',
      session_uuid: SESSION_UUID,
      status: 400,
    });
  });

  it('does not read a 200 with another message as success', async () => {
    const transport = fakeTransport(json(200, { api_id: API_ID, message: 'The passcode entered is incorrect.' }));
    const result = await client(transport).sessions.validate(SESSION_UUID, '0000');
    expect(result).toMatchObject({ valid: false, reason: 'wrong_code', status: 200 });
  });
});

describe('get', () => {
  it('GETs the session and types it, without a body', async () => {
    const transport = fakeTransport(json(200, sessionBody()));
    const session = await client(transport).sessions.get(SESSION_UUID);
    expect(transport.requests[0]).toMatchObject({ method: 'GET', url: `${BASE}${SESSION_UUID}/` });
    expect(transport.requests[0]?.body).toBeUndefined();
    expect(session.status).toBe('in-progress');
    expect(session.charges.total_charge).toBe('0.02100');
    expect(session.attempt_details[0]?.status).toBe('delivered');
    expect(session.api_id).toBe(API_ID);
  });

  it('tolerates nulls, numeric charges and case variants of real responses', async () => {
    const transport = fakeTransport(
      json(
        200,
        sessionBody({
          status: 'Expired',
          count: undefined,
          attempt_details: null,
          alias: null,
          charges: { total_charge: 0.113, validation_charge: null, attempt_charges: null },
          extra_field: 'kept',
        }),
      ),
    );
    const session = await client(transport).sessions.get(SESSION_UUID);
    expect(session.status).toBe('expired');
    expect(session.count).toBe(0);
    expect(session.attempt_details).toEqual([]);
    expect(session.alias).toBe('');
    expect(session.charges).toEqual({ total_charge: '0.113', validation_charge: '0', attempt_charges: [] });
    // Unknown fields are kept at run time, though the type leaves them out.
    expect((session as Record<string, unknown>).extra_field).toBe('kept');
  });

  it('fills a missing charges object instead of crashing', async () => {
    const transport = fakeTransport(json(200, sessionBody({ charges: null, status: 'validated' })));
    const session = await client(transport).sessions.get(SESSION_UUID);
    expect(session.charges.attempt_charges).toEqual([]);
    expect(session.status).toBe('verified');
  });
});

describe('list', () => {
  const page = (sessions: unknown[], next: string | null, offset = 0) =>
    json(200, { api_id: API_ID, meta: { limit: 20, offset, next, previous: null }, sessions });

  it('sends every filter with its wire name, time filters with double underscores', async () => {
    const transport = fakeTransport(page([sessionBody({ api_id: undefined })], null));
    const result = await client(transport).sessions.list({
      app_uuid: 'd2a4a3a0-6b42-4c6f-9f1f-7a3f1e0a9b11',
      status: 'verified',
      recipient: '+1 415 555 0100',
      subaccount: 'SAXXXXXXXXXXXXXXXXXX',
      limit: 5,
      offset: 10,
      session_time: '2026-11-01 10:00',
      session_time__gt: new Date(Date.UTC(2026, 10, 1, 0, 0, 0)),
      session_time__gte: '2026-11-01 00:00:00',
      session_time__lt: '2026-11-30 00:00:00.123456',
      session_time__lte: '2026-11-30 23:59:59',
      country: 'us',
      alias: 'my-app',
      brand_name: 'Acme',
      app_hash: 'FA+9qCX9VSu',
    });
    expect(result.sessions).toHaveLength(1);
    const url = new URL(transport.requests[0]?.url ?? '');
    expect(url.pathname).toBe(`/v1/Account/${AUTH_ID}/Verify/Session/`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      app_uuid: 'd2a4a3a0-6b42-4c6f-9f1f-7a3f1e0a9b11',
      status: 'verified',
      recipient: '14155550100',
      subaccount: 'SAXXXXXXXXXXXXXXXXXX',
      limit: '5',
      offset: '10',
      session_time: '2026-11-01 10:00',
      session_time__gt: '2026-11-01 00:00:00',
      session_time__gte: '2026-11-01 00:00:00',
      session_time__lt: '2026-11-30 00:00:00.123456',
      session_time__lte: '2026-11-30 23:59:59',
      country: 'US',
      alias: 'my-app',
      brand_name: 'Acme',
      app_hash: 'FA+9qCX9VSu',
    });
    expect(transport.requests[0]?.url).toContain('session_time__gt=2026-11-01+00%3A00%3A00');
  });

  it('sends no query string without filters', async () => {
    const transport = fakeTransport(page([], null));
    await client(transport).sessions.list();
    expect(transport.requests[0]?.url).toBe(BASE);
  });

  it('iterate walks every page by offset', async () => {
    const make = (n: number) =>
      Array.from({ length: n }, () => sessionBody({ api_id: undefined, session_uuid: crypto.randomUUID() }));
    const transport = fakeTransport(page(make(20), '/next', 0), page(make(20), '/next', 20), page(make(3), null, 40));
    const seen = [];
    // Bounded: an iterate that ignored meta.next would loop forever on the repeating last page.
    for await (const session of client(transport).sessions.iterate({ status: 'expired' })) {
      seen.push(session);
      if (seen.length > 100) break;
    }
    expect(seen).toHaveLength(43);
    const offsets = transport.requests.map((request) => new URL(request.url).searchParams.get('offset'));
    expect(offsets).toEqual(['0', '20', '40']);
  });

  it('iterate yields each session once when a session created mid-walk pushes the list down', async () => {
    const sessions = Array.from({ length: 25 }, () =>
      sessionBody({ api_id: undefined, session_uuid: crypto.randomUUID() }),
    );
    const fresh = sessionBody({ api_id: undefined, session_uuid: crypto.randomUUID() });
    // Page 1 before the new session, page 2 after it: the newest-first list moved down by one.
    const after = [fresh, ...sessions];
    const transport = fakeTransport(page(sessions.slice(0, 20), '/next', 0), page(after.slice(20, 40), null, 20));
    const uuids: string[] = [];
    for await (const session of client(transport).sessions.iterate()) uuids.push(session.session_uuid);
    expect(uuids).toHaveLength(25);
    expect(new Set(uuids).size).toBe(25);
    expect(uuids).toEqual(sessions.map((session) => session.session_uuid));
  });

  it("iterate stays inside the list limit by waiting, never by Plivo's 429", async () => {
    const clock = fakeClock();
    const transport = fakeTransport(() => page([sessionBody({ session_uuid: crypto.randomUUID() })], '/next'));
    const verify = testClient({
      transport,
      clock,
      rateLimit: { list: { limit: 20, windowMs: 60_000 } },
    });
    let count = 0;
    for await (const _ of verify.sessions.iterate({ limit: 1 })) {
      count += 1;
      if (count === 25) break;
    }
    expect(transport.requests).toHaveLength(25);
    // 20 immediately, then the rest once the first has left the 60 s window (strict sliding window).
    expect(clock.sleeps).toEqual([60_001]);
  });
});
