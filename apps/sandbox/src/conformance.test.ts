import { describe, expect, it } from 'vitest';
import { manualClock, type RawAnswer, type rawApi, sandboxFor } from './__fixtures__/raw-api.js';
import { DEFAULT_APP } from './options.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const APP2 = {
  app_uuid: '11111111-2222-4333-8444-555555555555',
  alias: 'signup',
  code_length: 8,
  expiry_seconds: 60,
  max_attempts: 2,
  brand_name: 'Acme',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: Plivo template placeholders
  template: 'Code ${code} for ${brand}',
};

describe('create', () => {
  it('answers 202 with api_id, message and session_uuid', async () => {
    const { api } = await sandboxFor();
    const answer = await api.create({ recipient: '+14155550100' });
    expect(answer.status).toBe(202);
    expect(answer.body).toEqual({
      api_id: expect.stringMatching(UUID),
      message: 'Session initiated',
      session_uuid: expect.stringMatching(UUID),
    });
    expect(answer.headers.get('content-type')).toBe('application/json');
  });

  it('reuses the open session of a recipient: same uuid, same code, attempts and charges grow', async () => {
    const { api } = await sandboxFor();
    const first = await api.create({ recipient: '14155550100' });
    const second = await api.create({ recipient: '+14155550100', channel: 'voice' });
    expect(second.body.session_uuid).toBe(first.body.session_uuid);
    const messages = (await api.control('GET', `messages?session_uuid=${first.body.session_uuid}`)).body.messages;
    expect(messages).toHaveLength(2);
    expect(messages[0].code).toBe(messages[1].code);
    expect(messages[0].channel).toBe('voice');
    const session = (await api.get(first.body.session_uuid)).body;
    expect(session.count).toBe(2);
    expect(session.channel).toBe('voice');
    expect(session.attempt_details.map((a: { channel: string }) => a.channel)).toEqual(['sms', 'voice']);
    expect(session.charges.attempt_charges).toHaveLength(2);
    expect(session.charges.total_charge).toBe('0.05400');
  });

  it('a different app starts its own session (reuse key is recipient + app)', async () => {
    const { api } = await sandboxFor({ apps: [APP2] });
    const a = await api.create({ recipient: '14155550100' });
    const b = await api.create({ recipient: '14155550100', app_uuid: APP2.app_uuid });
    expect(b.body.session_uuid).not.toBe(a.body.session_uuid);
  });

  it('reuse by recipient alone is configurable', async () => {
    const { api } = await sandboxFor({ apps: [APP2], reuseKey: 'recipient' });
    const a = await api.create({ recipient: '14155550100' });
    const b = await api.create({ recipient: '14155550100', app_uuid: APP2.app_uuid });
    expect(b.body.session_uuid).toBe(a.body.session_uuid);
  });

  it('after verification the next create starts a new session', async () => {
    const { api } = await sandboxFor();
    const first = await api.create({ recipient: '14155550100' });
    await api.validate(first.body.session_uuid, await api.codeOf(first.body.session_uuid));
    const next = await api.create({ recipient: '14155550100' });
    expect(next.body.session_uuid).not.toBe(first.body.session_uuid);
  });

  it('after expiry the session is expired and the next create starts a new one', async () => {
    const clock = manualClock();
    const { api } = await sandboxFor({ now: clock.now });
    const first = await api.create({ recipient: '14155550100' });
    clock.advance(DEFAULT_APP.expiry_seconds * 1000);
    expect((await api.get(first.body.session_uuid)).body.status).toBe('expired');
    const next = await api.create({ recipient: '14155550100' });
    expect(next.body.session_uuid).not.toBe(first.body.session_uuid);
  });

  it('the control plane can move time forward', async () => {
    const { api } = await sandboxFor();
    const first = await api.create({ recipient: '14155550100' });
    await api.control('POST', 'clock', { advance_ms: 601_000 });
    expect((await api.get(first.body.session_uuid)).body.status).toBe('expired');
  });

  it("caps attempts at the app's max_attempts", async () => {
    const { api } = await sandboxFor({ apps: [APP2] });
    await api.create({ recipient: '14155550100', app_uuid: APP2.app_uuid });
    await api.create({ recipient: '14155550100', app_uuid: APP2.app_uuid });
    const third = await api.create({ recipient: '14155550100', app_uuid: APP2.app_uuid });
    expect(third.status).toBe(400);
    expect(third.body.error).toMatch(/maximum attempts/);
  });

  it('draws every digit uniformly, so codes start with 0 as often as with any other digit', async () => {
    const { api } = await sandboxFor({ rateLimit: false });
    // 10 at a time: 400 one by one took over 30 s when every package's tests ran at once on 2 cores.
    for (let i = 0; i < 400; i += 10) {
      await Promise.all(
        Array.from({ length: 10 }, (_, j) =>
          api.create({ recipient: `1415555${String(i + j).padStart(4, '0')}`, code_length: 4 }),
        ),
      );
    }
    const codes: string[] = (await api.control('GET', 'messages?limit=400')).body.messages.map(
      (m: { code: string }) => m.code,
    );
    expect(codes).toHaveLength(400);
    const first = new Map<string, number>();
    for (const code of codes) first.set(code[0] as string, (first.get(code[0] as string) ?? 0) + 1);
    // Expected 40 per digit; below 12 for any digit has a chance under 1e-9 with a uniform draw.
    for (const digit of '0123456789') expect(first.get(digit) ?? 0, `first digit ${digit}`).toBeGreaterThanOrEqual(12);
  }, 120_000);

  it('code_length comes from the request, else the app; 0 and null mean the app default', async () => {
    const { api } = await sandboxFor({ apps: [APP2] });
    const fromRequest = await api.create({ recipient: '14155550101', code_length: 4 });
    expect(await api.codeOf(fromRequest.body.session_uuid)).toMatch(/^\d{4}$/);
    const fromApp = await api.create({ recipient: '14155550102', app_uuid: APP2.app_uuid, code_length: 0 });
    expect(await api.codeOf(fromApp.body.session_uuid)).toMatch(/^\d{8}$/);
    const fromDefault = await api.create({ recipient: '14155550103', code_length: null, url: null, method: null });
    expect(fromDefault.status).toBe(202);
    expect(await api.codeOf(fromDefault.body.session_uuid)).toMatch(/^\d{6}$/);
  });

  it('renders the app template with brand name, and appends app_hash to SMS only', async () => {
    const { api } = await sandboxFor({ apps: [APP2] });
    await api.create({
      recipient: '14155550100',
      app_uuid: APP2.app_uuid,
      brand_name: 'Zeta',
      app_hash: 'FA+9qCX9VSu',
    });
    const [sms] = (await api.control('GET', 'messages?recipient=%2B14155550100')).body.messages;
    expect(sms.text).toBe(`Code ${sms.code} for Zeta\n\nFA+9qCX9VSu`);
    await api.create({ recipient: '14155550111', channel: 'voice' });
    const [voice] = (await api.control('GET', 'messages?recipient=14155550111')).body.messages;
    expect(voice.text).toBe(`Your Sandbox verification code is ${voice.code.split('').join(' ')}`);
  });

  it.each([
    [{}, /recipient is required/],
    [{ recipient: 'abc' }, /invalid recipient/],
    [{ recipient: '14155550100', channel: 'email' }, /invalid channel/],
    [{ recipient: '14155550100', url: 'not a url' }, /invalid url/],
    [{ recipient: '14155550100', url: 'https://e.com', method: 'PUT' }, /invalid method/],
    [{ recipient: '14155550100', code_length: 9 }, /code_length/],
    [{ recipient: '14155550100', locale: 'english' }, /invalid locale/],
    [{ recipient: '14155550100', app_uuid: '99999999-2222-4333-8444-555555555555' }, /invalid app_uuid/],
  ])('rejects %j with a Plivo-shaped 400', async (body, error) => {
    const { api } = await sandboxFor();
    const answer = await api.create(body);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ api_id: expect.stringMatching(UUID), error: expect.stringMatching(error) });
  });

  it('answers 403 for destinations blocked by geo permissions', async () => {
    const { api } = await sandboxFor({ blockedCountries: ['IN'] });
    const answer = await api.create({ recipient: '+918707046406' });
    expect(answer.status).toBe(403);
    expect(answer.body.error).toMatch(/geo permissions/);
  });
});

describe('validate', () => {
  it('a correct code answers 200 with the exact success message and verifies the session', async () => {
    const { api } = await sandboxFor();
    const { session_uuid } = (await api.create({ recipient: '14155550100' })).body;
    const answer = await api.validate(session_uuid, await api.codeOf(session_uuid));
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      api_id: expect.stringMatching(UUID),
      message: 'session validated successfully.',
      session_uuid,
    });
    const session = (await api.get(session_uuid)).body;
    expect(session.status).toBe('verified');
    expect(session.charges.validation_charge).toBe('0.05000');
    expect(session.charges.total_charge).toBe('0.07100');
  });

  it('a wrong code answers 400 { api_id, error } and leaves the session in progress', async () => {
    const { api } = await sandboxFor();
    const { session_uuid } = (await api.create({ recipient: '14155550100' })).body;
    const code = await api.codeOf(session_uuid);
    const answer = await api.validate(session_uuid, code === '000000' ? '111111' : '000000');
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ api_id: expect.stringMatching(UUID), error: 'Invalid OTP' });
    expect((await api.get(session_uuid)).body.status).toBe('in-progress');
  });

  /** A new session whose code does (or does not) start with 0; one in ten does. */
  async function sessionWhoseCode(api: ReturnType<typeof rawApi>, leadingZero: boolean) {
    for (let i = 0; i < 200; i += 1) {
      const { session_uuid } = (await api.create({ recipient: `1415555${String(i).padStart(4, '0')}` })).body;
      const code = await api.codeOf(session_uuid);
      if (code.startsWith('0') === leadingZero) return { session_uuid, code };
    }
    throw new Error('no such code in 200 sessions');
  }

  it('accepts the code as a number (the node SDK passes numbers through)', async () => {
    const { api } = await sandboxFor({ rateLimit: false });
    const { session_uuid, code } = await sessionWhoseCode(api, false);
    expect((await api.validate(session_uuid, Number(code))).status).toBe(200);
  });

  it('a code with a leading 0 passed as a number has lost it and is refused, as Plivo would', async () => {
    const { api } = await sandboxFor({ rateLimit: false });
    const { session_uuid, code } = await sessionWhoseCode(api, true);
    expect(await api.validate(session_uuid, Number(code))).toMatchObject({
      status: 400,
      body: { error: 'Invalid OTP' },
    });
    expect((await api.validate(session_uuid, code)).status).toBe(200);
  });

  it('an already verified session answers 400', async () => {
    const { api } = await sandboxFor();
    const { session_uuid } = (await api.create({ recipient: '14155550100' })).body;
    const code = await api.codeOf(session_uuid);
    await api.validate(session_uuid, code);
    const again = await api.validate(session_uuid, code);
    expect(again.status).toBe(400);
    expect(again.body.error).toMatch(/already validated/);
  });

  it('an expired session answers 400 even with the right code', async () => {
    const clock = manualClock();
    const { api } = await sandboxFor({ now: clock.now });
    const { session_uuid } = (await api.create({ recipient: '14155550100' })).body;
    const code = await api.codeOf(session_uuid);
    clock.advance(600_000);
    const answer = await api.validate(session_uuid, code);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/expired/);
  });

  it('allows at most 10 validations per session, then refuses even the right code', async () => {
    const { api } = await sandboxFor();
    const { session_uuid } = (await api.create({ recipient: '14155550100' })).body;
    const code = await api.codeOf(session_uuid);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 10; i += 1) expect((await api.validate(session_uuid, wrong)).body.error).toBe('Invalid OTP');
    const eleventh = await api.validate(session_uuid, code);
    expect(eleventh.status).toBe(400);
    expect(eleventh.body.error).toMatch(/maximum validation attempts/);
  });

  it('a missing otp answers 400', async () => {
    const { api } = await sandboxFor();
    const { session_uuid } = (await api.create({ recipient: '14155550100' })).body;
    const answer = await api.call('POST', `${api.base}${session_uuid}/`, { body: {} });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/otp is required/);
  });
});

describe('get', () => {
  it('returns the documented session object', async () => {
    const { api } = await sandboxFor();
    const { session_uuid } = (await api.create({ recipient: '+918707046406', brand_name: 'Acme' })).body;
    const answer = await api.get(session_uuid);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      api_id: expect.stringMatching(UUID),
      session_uuid,
      app_uuid: DEFAULT_APP.app_uuid,
      alias: 'default_verify_app',
      recipient: '918707046406',
      channel: 'sms',
      status: 'in-progress',
      count: 1,
      locale: 'en',
      requestor_ip: '127.0.0.1',
      destination_country_iso2: 'IN',
      destination_network: null,
      attempt_details: [
        {
          channel: 'sms',
          attempt_uuid: expect.stringMatching(UUID),
          status: 'delivered',
          time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/),
          brand_name: 'Acme',
          app_hash: '',
          code_length: 6,
          dtmf: null,
          fraud_check: '',
        },
      ],
      charges: {
        total_charge: '0.02100',
        validation_charge: '0.00000',
        attempt_charges: [{ attempt_uuid: expect.stringMatching(UUID), channel: 'sms', charge: '0.02100' }],
      },
      created_at: expect.stringMatching(/Z$/),
      updated_at: expect.stringMatching(/Z$/),
    });
  });

  it('answers 404 for an unknown session and 400 for a malformed id, trailing slash optional', async () => {
    const { api } = await sandboxFor();
    expect((await api.get('8e712097-8090-4644-81e7-8f4265d8354e')).status).toBe(404);
    expect((await api.get('not-a-uuid')).status).toBe(400);
    const { session_uuid } = (await api.create({ recipient: '14155550100' })).body;
    expect((await api.call('GET', `${api.base}${session_uuid}`)).status).toBe(200);
    expect((await api.call('POST', api.base.replace(/\/$/, ''), { body: { recipient: '14155550100' } })).status).toBe(
      202,
    );
  });

  it("does not show one account's sessions to another", async () => {
    const other = { authId: 'MAOTHER0000000000001', authToken: 'other-token' };
    const { sandbox, api } = await sandboxFor({
      accounts: [{ authId: 'MASANDBOX00000000001', authToken: 'sandbox-auth-token' }, other],
    });
    const { session_uuid } = (await api.create({ recipient: '14155550100' })).body;
    const auth = `Basic ${Buffer.from(`${other.authId}:${other.authToken}`).toString('base64')}`;
    const answer = await fetch(`${sandbox.url}/v1/Account/${other.authId}/Verify/Session/${session_uuid}/`, {
      headers: { authorization: auth },
    });
    expect(answer.status).toBe(404);
  });

  it("never reuses another account's open session to the same recipient, and each keeps its own", async () => {
    const other = { authId: 'MAOTHER0000000000001', authToken: 'other-token' };
    const { sandbox, api } = await sandboxFor({
      accounts: [{ authId: 'MASANDBOX00000000001', authToken: 'sandbox-auth-token' }, other],
    });
    const createAsOther = async () => {
      const answer = await fetch(`${sandbox.url}/v1/Account/${other.authId}/Verify/Session/`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${other.authId}:${other.authToken}`).toString('base64')}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ recipient: '14155550100' }),
      });
      return ((await answer.json()) as { session_uuid: string }).session_uuid;
    };
    const mine = (await api.create({ recipient: '14155550100' })).body.session_uuid;
    const theirs = await createAsOther();
    expect(theirs).not.toBe(mine);
    expect(await createAsOther()).toBe(theirs);
    expect((await api.create({ recipient: '14155550100' })).body.session_uuid).toBe(mine);
    // Verifying mine closes only mine: the other account's session is still the one it reuses.
    await api.validate(mine, await api.codeOf(mine));
    expect(await createAsOther()).toBe(theirs);
    expect((await api.create({ recipient: '14155550100' })).body.session_uuid).not.toBe(mine);
  });
});

describe('list', () => {
  async function seeded() {
    const clock = manualClock();
    const setup = await sandboxFor({ now: clock.now, apps: [APP2], rateLimit: { list: false } });
    const { api } = setup;
    const uuids: string[] = [];
    const recipients = ['14155550100', '918707046406', '447700900123', '14155550101', '33612345678'];
    for (const [i, recipient] of recipients.entries()) {
      const body =
        i === 1 ? { recipient, app_uuid: APP2.app_uuid, brand_name: 'Zeta', app_hash: 'FA+9qCX9VSu' } : { recipient };
      uuids.push((await api.create(body)).body.session_uuid);
      clock.advance(60_000);
    }
    await api.validate(uuids[3] ?? '', await api.codeOf(uuids[3] ?? ''));
    return { ...setup, clock, uuids };
  }
  const ids = (answer: { body: { sessions: Array<{ session_uuid: string }> } }) =>
    answer.body.sessions.map((s) => s.session_uuid);

  it('returns sessions newest first under `sessions` with meta', async () => {
    const { api, uuids } = await seeded();
    const answer = await api.list();
    expect(answer.status).toBe(200);
    expect(ids(answer)).toEqual([...uuids].reverse());
    expect(answer.body.meta).toEqual({ limit: 20, offset: 0, next: null, previous: null });
    expect(answer.body.sessions[0].api_id).toBeUndefined();
    expect(answer.body.objects).toBeUndefined();
  });

  it('pages with limit and offset, linking next and previous', async () => {
    const { api, uuids, sandbox } = await seeded();
    const first = await api.list('limit=2&status=in-progress');
    expect(first.body.sessions).toHaveLength(2);
    expect(first.body.meta.next).toBe(
      `/v1/Account/${sandbox.authId}/Verify/Session/?status=in-progress&limit=2&offset=2`,
    );
    expect(first.body.meta.previous).toBeNull();
    const second = await api.list('limit=2&offset=2&status=in-progress');
    // Session 1 used APP2 (60 s expiry) and has expired; 3 is verified.
    expect(ids(second)).toEqual([uuids[0]]);
    expect(second.body.meta.next).toBeNull();
    expect(second.body.meta.previous).toBe(
      `/v1/Account/${sandbox.authId}/Verify/Session/?status=in-progress&limit=2&offset=0`,
    );
  });

  it.each([
    ['status=verified', [3]],
    ['recipient=%2B918707046406', [1]],
    ['recipient=918707046406', [1]],
    [`app_uuid=${APP2.app_uuid}`, [1]],
    ['alias=signup', [1]],
    ['country=GB', [2]],
    ['country=us', [3, 0]],
    ['brand_name=Zeta', [1]],
    ['app_hash=FA%2B9qCX9VSu', [1]],
    ['session_time__gt=2026-11-26%2012%3A02%3A00', [4, 3]],
    ['session_time__gte=2026-11-26%2012%3A02%3A00', [4, 3, 2]],
    ['session_time__lt=2026-11-26%2012%3A01%3A00', [0]],
    ['session_time__lte=2026-11-26%2012%3A01%3A00', [1, 0]],
    ['session_time__gte=2026-11-26%2012:01&session_time__lt=2026-11-26%2012:03:00.000000', [2, 1]],
    ['session_time=2026-11-26%2012%3A04%3A00', [4]],
    ['BrandName=&AppHash=&session_time_gt=', [4, 3, 2, 1, 0]],
  ])('filters by %s', async (query, expected) => {
    const { api, uuids } = await seeded();
    const answer = await api.list(query);
    expect(answer.status).toBe(200);
    expect(ids(answer)).toEqual(expected.map((i) => uuids[i]));
  });

  it('defaults to the last 24 hours when no time filter is given', async () => {
    const { api, clock, uuids } = await seeded();
    clock.advance(24 * 3_600_000);
    expect(ids(await api.list())).toEqual([]);
    expect(ids(await api.list('session_time__gte=2026-11-26%2000%3A00'))).toHaveLength(uuids.length);
  });

  it.each([
    'limit=0',
    'limit=21',
    'limit=x',
    'offset=-1',
    'status=pending',
    'session_time__gt=yesterday',
    'recipient=abc',
  ])('rejects %s with 400', async (query) => {
    const { api } = await sandboxFor();
    const answer = await api.list(query);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toEqual(expect.any(String));
  });
});

describe('subaccounts', () => {
  const main = { authId: 'MAMAIN00000000000001', authToken: 'main-token' };
  const sub = { authId: 'SASUB000000000000001', authToken: 'sub-token', parentAuthId: main.authId };
  const other = { authId: 'SAOTHER0000000000001', authToken: 'other-token' };
  const basic = (a: { authId: string; authToken: string }) =>
    `Basic ${Buffer.from(`${a.authId}:${a.authToken}`).toString('base64')}`;

  it("a main account lists its own and its subaccounts' sessions; `subaccount` narrows to one", async () => {
    const { sandbox } = await sandboxFor({ accounts: [main, sub, other] });
    const call = async (
      account: typeof main,
      method: string,
      query = '',
      body?: unknown,
    ): Promise<Pick<RawAnswer, 'status' | 'body'>> => {
      const response = await fetch(`${sandbox.url}/v1/Account/${account.authId}/Verify/Session/${query}`, {
        method,
        headers: { authorization: basic(account), 'content-type': 'application/json' },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return { status: response.status, body: await response.json() };
    };
    const mine = (await call(main, 'POST', '', { recipient: '14155550100' })).body.session_uuid;
    const subs = (await call(sub, 'POST', '', { recipient: '14155550101' })).body.session_uuid;
    await call(other, 'POST', '', { recipient: '14155550102' });
    const uuids = (answer: { body: { sessions: Array<{ session_uuid: string }> } }) =>
      answer.body.sessions.map((s) => s.session_uuid);
    expect(uuids(await call(main, 'GET'))).toEqual([subs, mine]);
    expect(uuids(await call(main, 'GET', `?subaccount=${sub.authId}`))).toEqual([subs]);
    expect(uuids(await call(main, 'GET', `?subaccount=${other.authId}`))).toEqual([]);
    expect(uuids(await call(sub, 'GET'))).toEqual([subs]);
    expect((await call(main, 'GET', '?subaccount=MAXX')).status).toBe(400);
    // Get follows the same rule as list: the main account reaches its subaccount's session, nobody else does.
    expect((await call(main, 'GET', `${subs}/`)).status).toBe(200);
    expect((await call(other, 'GET', `${subs}/`)).status).toBe(404);
    expect((await call(sub, 'GET', `${mine}/`)).status).toBe(404);
  });
});

describe('auth', () => {
  it('answers 401 without, or with wrong, credentials and when the path account differs', async () => {
    const { sandbox, api } = await sandboxFor();
    const noAuth = await fetch(api.base, { method: 'POST', body: '{}' });
    expect(noAuth.status).toBe(401);
    expect(await noAuth.json()).toEqual({ api_id: expect.stringMatching(UUID), error: 'authentication failed' });
    const wrong = `Basic ${Buffer.from(`${sandbox.authId}:nope`).toString('base64')}`;
    expect((await api.call('GET', api.base, { headers: { authorization: wrong } })).status).toBe(401);
    const otherPath = api.base.replace(sandbox.authId, 'MAXXXXXXXXXXXXXXXXXX');
    expect((await api.call('GET', otherPath)).status).toBe(401);
  });
});

describe('rate limits', () => {
  const GET_MISSING = '8e712097-8090-4644-81e7-8f4265d8354e';

  it('answers 429 past 300 requests in any 5 s (a sliding window), with a truthful Retry-After', async () => {
    const clock = manualClock();
    const { api } = await sandboxFor({ now: clock.now });
    clock.advance(4_900); // not at a round boundary: a fixed 5 s window would reset at 5.000 s
    for (let i = 0; i < 300; i += 1) expect((await api.get(GET_MISSING)).status).toBe(404);
    const limited = await api.get(GET_MISSING);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('5');
    expect(limited.body.error).toMatch(/300 requests/);
    // Half the window later the 300 are still inside it (a token bucket would have refilled 150 by now).
    clock.advance(2_500);
    const still = await api.get(GET_MISSING);
    expect(still.status).toBe(429);
    expect(still.headers.get('retry-after')).toBe('3');
    clock.advance(2_500);
    expect((await api.get(GET_MISSING)).status).toBe(404);
  });

  it('counts only accepted requests: refused ones do not extend the wait', async () => {
    const clock = manualClock();
    const { api } = await sandboxFor({ now: clock.now });
    for (let i = 0; i < 300; i += 1) await api.get(GET_MISSING);
    clock.advance(1_000);
    for (let i = 0; i < 5; i += 1) expect((await api.get(GET_MISSING)).status).toBe(429);
    clock.advance(4_000);
    expect((await api.get(GET_MISSING)).status).toBe(404);
  });

  it('answers 429 past 20 list calls in any 60 s, says how long to wait, and recovers', async () => {
    const clock = manualClock();
    const { api } = await sandboxFor({ now: clock.now });
    for (let i = 0; i < 20; i += 1) expect((await api.list()).status).toBe(200);
    const limited = await api.list();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(limited.body.error).toMatch(/20 requests per minute/);
    clock.advance(30_000); // a token bucket would allow 10 more now; Plivo's documented limit does not
    const half = await api.list();
    expect(half.status).toBe(429);
    expect(half.headers.get('retry-after')).toBe('30');
    clock.advance(30_000);
    expect((await api.list()).status).toBe(200);
  });

  it('each limit can be switched off', async () => {
    const { api } = await sandboxFor({ rateLimit: false });
    for (let i = 0; i < 25; i += 1) expect((await api.list()).status).toBe(200);
  });
});

describe('control plane', () => {
  it('lists inbox messages by recipient and session, newest first, with session status', async () => {
    const { api } = await sandboxFor();
    const a = (await api.create({ recipient: '14155550100' })).body.session_uuid;
    const b = (await api.create({ recipient: '14155550199' })).body.session_uuid;
    const all = (await api.control('GET', 'messages')).body.messages;
    expect(all.map((m: { session_uuid: string }) => m.session_uuid)).toEqual([b, a]);
    expect(all[0]).toMatchObject({ channel: 'sms', recipient: '14155550199', session_status: 'in-progress' });
    expect(all[0].code).toMatch(/^\d{6}$/);
    expect(all[0].time).toEqual(expect.any(String));
    expect((await api.control('GET', 'messages?recipient=%2B14155550100')).body.messages).toHaveLength(1);
  });

  it('messages: the newest 100 by default, up to 2,000 with limit', async () => {
    const { api } = await sandboxFor({ rateLimit: false });
    for (let i = 0; i < 120; i += 1) await api.create({ recipient: `1415555${String(i).padStart(4, '0')}` });
    const page = (await api.control('GET', 'messages')).body.messages;
    expect(page).toHaveLength(100);
    expect(page[0].recipient).toBe('14155550119');
    expect((await api.control('GET', 'messages?limit=2000')).body.messages).toHaveLength(120);
    expect((await api.control('GET', 'messages?limit=0')).status).toBe(400);
    expect((await api.control('GET', 'messages?limit=2001')).body.error).toMatch(/^limit: /);
  });

  it('configures apps and resets state', async () => {
    const { api } = await sandboxFor();
    const app = await api.control('POST', 'apps', { app_uuid: APP2.app_uuid, code_length: 4, alias: 'x' });
    expect(app.body).toMatchObject({ app_uuid: APP2.app_uuid, code_length: 4, alias: 'x', expiry_seconds: 600 });
    const { session_uuid } = (await api.create({ recipient: '14155550100', app_uuid: APP2.app_uuid })).body;
    expect(await api.codeOf(session_uuid)).toMatch(/^\d{4}$/);
    expect((await api.control('POST', 'reset')).status).toBe(200);
    expect((await api.control('GET', 'messages')).body.messages).toEqual([]);
    expect((await api.get(session_uuid)).status).toBe(404);
  });

  it('keeps ended sessions for 90 days of sandbox time by default, like Plivo', async () => {
    const clock = manualClock();
    const { api } = await sandboxFor({ now: clock.now });
    const { session_uuid } = (await api.create({ recipient: '14155550100' })).body;
    await api.validate(session_uuid, await api.codeOf(session_uuid));
    await api.control('POST', 'clock', { advance_ms: 2 * 86_400_000 });
    expect((await api.get(session_uuid)).body.status).toBe('verified');
    const listed = await api.list(`session_time__gte=${encodeURIComponent('2026-11-26 00:00')}`);
    expect(listed.body.sessions.map((s: { session_uuid: string }) => s.session_uuid)).toEqual([session_uuid]);
    await api.control('POST', 'clock', { advance_ms: 88 * 86_400_000 + 60_000 });
    expect((await api.get(session_uuid)).status).toBe(404);
  });

  it('prunes ended sessions after the retention window and caps the total', async () => {
    const clock = manualClock();
    const { api } = await sandboxFor({ now: clock.now, retentionMs: 1_000, maxSessions: 300, rateLimit: false });
    const first = (await api.create({ recipient: '14155550100' })).body.session_uuid;
    clock.advance(601_000 + 1_000);
    await api.control('POST', 'clock', { advance_ms: 1 });
    expect((await api.get(first)).status).toBe(404);
    for (let i = 0; i < 400; i += 1) await api.create({ recipient: `1415555${String(i).padStart(4, '0')}` });
    const health = (await api.control('GET', 'health')).body;
    expect(health.sessions).toBeLessThanOrEqual(300);
  });
});
