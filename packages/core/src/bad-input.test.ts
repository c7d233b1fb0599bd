import { describe, expect, it } from 'vitest';
import { fakeClock } from './__fixtures__/fake-clock.js';
import { AUTH_ID, AUTH_TOKEN, CREATED, fakeTransport, SESSION_UUID } from './__fixtures__/fake-transport.js';
import { testClient } from './__fixtures__/test-client.js';
import { slidingWindowLimiter } from './rate-limiter.js';
import { createVerifyClientWith, type VerifyClient } from './verify-client.js';
import { VerifyValidationError } from './verify-error.js';

type Case = readonly [label: string, field: string, call: (client: VerifyClient) => Promise<unknown>];

const R = '+14155550100';
const cases: Case[] = [
  // create
  ['missing recipient', 'recipient', (c) => c.sessions.create({} as never)],
  ['recipient not a string', 'recipient', (c) => c.sessions.create({ recipient: 14155550100 as never })],
  ['recipient with letters', 'recipient', (c) => c.sessions.create({ recipient: '+1415CALLNOW' })],
  ['recipient too short', 'recipient', (c) => c.sessions.create({ recipient: '+12345' })],
  ['recipient too long', 'recipient', (c) => c.sessions.create({ recipient: '+1234567890123456' })],
  ['recipient starting with 0', 'recipient', (c) => c.sessions.create({ recipient: '04155550100' })],
  ['empty recipient', 'recipient', (c) => c.sessions.create({ recipient: '' })],
  ['channel email', 'channel', (c) => c.sessions.create({ recipient: R, channel: 'email' as never })],
  ['channel in upper case', 'channel', (c) => c.sessions.create({ recipient: R, channel: 'SMS' as never })],
  ['relative callback url', 'url', (c) => c.sessions.create({ recipient: R, url: '/status' })],
  ['ftp callback url', 'url', (c) => c.sessions.create({ recipient: R, url: 'ftp://example.com/x' })],
  ['method PUT', 'method', (c) => c.sessions.create({ recipient: R, url: 'https://e.com', method: 'PUT' as never })],
  ['method without url', 'method', (c) => c.sessions.create({ recipient: R, method: 'POST' })],
  ['locale en-US', 'locale', (c) => c.sessions.create({ recipient: R, locale: 'en-US' })],
  ['locale english', 'locale', (c) => c.sessions.create({ recipient: R, locale: 'english' })],
  [
    'callback url over 2,048 characters',
    'url',
    (c) => c.sessions.create({ recipient: R, url: `https://e.com/${'a'.repeat(2_040)}` }),
  ],
  ['dtmf 10', 'dtmf', (c) => c.sessions.create({ recipient: R, channel: 'voice', dtmf: 10 })],
  ['dtmf -1', 'dtmf', (c) => c.sessions.create({ recipient: R, channel: 'voice', dtmf: -1 })],
  ['iterate(null)', 'filters', (c) => c.sessions.iterate(null as never).next()],
  ['list(null)', 'filters', (c) => c.sessions.list(null as never)],
  ['findAttempts without since', 'query.since', (c) => c.sessions.findAttempts({ recipient: R } as never)],
  [
    'findAttempts with an impossible since',
    'query.since',
    (c) => c.sessions.findAttempts({ recipient: R, since: '2026-02-30T00:00:00Z' }),
  ],
  ['code_length 3', 'code_length', (c) => c.sessions.create({ recipient: R, code_length: 3 })],
  ['code_length 9', 'code_length', (c) => c.sessions.create({ recipient: R, code_length: 9 })],
  ['code_length 6.5', 'code_length', (c) => c.sessions.create({ recipient: R, code_length: 6.5 })],
  ['code_length "6"', 'code_length', (c) => c.sessions.create({ recipient: R, code_length: '6' as never })],
  ['app_uuid not a uuid', 'app_uuid', (c) => c.sessions.create({ recipient: R, app_uuid: 'my-app' })],
  [
    'app_hash with voice',
    'app_hash',
    (c) => c.sessions.create({ recipient: R, channel: 'voice', app_hash: 'FA+9qCX9VSu' }),
  ],
  ['app_hash malformed', 'app_hash', (c) => c.sessions.create({ recipient: R, app_hash: 'short' })],
  ['dtmf with sms', 'dtmf', (c) => c.sessions.create({ recipient: R, dtmf: 1 })],
  [
    'fraud_check with voice',
    'fraud_check',
    (c) => c.sessions.create({ recipient: R, channel: 'voice', fraud_check: 'disabled' }),
  ],
  ['empty brand_name', 'brand_name', (c) => c.sessions.create({ recipient: R, brand_name: '  ' })],
  ['unknown field', 'recepient', (c) => c.sessions.create({ recipient: R, recepient: R } as never)],
  // validate
  ['session uuid not a uuid', 'session_uuid', (c) => c.sessions.validate('abc', '123456')],
  ['otp with letters', 'otp', (c) => c.sessions.validate(SESSION_UUID, '12ab56')],
  ['otp too short', 'otp', (c) => c.sessions.validate(SESSION_UUID, '123')],
  ['otp too long', 'otp', (c) => c.sessions.validate(SESSION_UUID, '123456789')],
  ['otp as a number', 'otp', (c) => c.sessions.validate(SESSION_UUID, 123456 as never)],
  ['otp missing', 'otp', (c) => c.sessions.validate(SESSION_UUID, undefined as never)],
  // get
  ['get with empty uuid', 'session_uuid', (c) => c.sessions.get('')],
  ['get with a path in the uuid', 'session_uuid', (c) => c.sessions.get('../../Call')],
  // list
  ['limit 0', 'filters.limit', (c) => c.sessions.list({ limit: 0 })],
  ['limit 21', 'filters.limit', (c) => c.sessions.list({ limit: 21 })],
  ['offset -1', 'filters.offset', (c) => c.sessions.list({ offset: -1 })],
  ['status unknown', 'filters.status', (c) => c.sessions.list({ status: 'pending' as never })],
  [
    'session_time impossible date (month 13)',
    'filters.session_time__gt',
    (c) => c.sessions.list({ session_time__gt: '2026-13-01 00:00' }),
  ],
  [
    'session_time on 31 February',
    'filters.session_time__lt',
    (c) => c.sessions.list({ session_time__lt: '2026-02-31T10:00:00Z' }),
  ],
  ['session_time invalid Date', 'filters.session_time', (c) => c.sessions.list({ session_time: new Date(Number.NaN) })],
  [
    'session_time impossible date',
    'filters.session_time__gt',
    (c) => c.sessions.list({ session_time__gt: '2026-13-45 99:99' }),
  ],
  [
    'single-underscore time filter',
    'filters.session_time_gt',
    (c) => c.sessions.list({ session_time_gt: '2026-11-01 00:00' } as never),
  ],
  ['invalid Date', 'filters.session_time__lt', (c) => c.sessions.list({ session_time__lt: new Date('nope') })],
  ['subaccount not SA', 'filters.subaccount', (c) => c.sessions.list({ subaccount: 'MAXXXXXXXXXXXXXXXXXX' })],
  ['country of three letters', 'filters.country', (c) => c.sessions.list({ country: 'USA' })],
  ['list recipient malformed', 'filters.recipient', (c) => c.sessions.list({ recipient: 'nobody' })],
];

describe('bad input never reaches the network', () => {
  it.each(cases)('%s → names %s', async (_label, field, call) => {
    const transport = fakeTransport(CREATED);
    const client = testClient({ transport, clock: fakeClock() });
    const error = await call(client).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(VerifyValidationError.isInstance(error)).toBe(true);
    const validation = error as VerifyValidationError;
    expect(validation.source).toBe('client');
    expect(validation.issues.map((issue) => issue.field)).toContain(field);
    expect(validation.message).toContain(field);
    expect(transport.requests).toHaveLength(0);
  });

  it('suggests the double-underscore spelling for single-underscore time filters', async () => {
    const client = testClient({
      transport: fakeTransport(CREATED),
      clock: fakeClock(),
    });
    await expect(client.sessions.list({ session_time_gte: '2026-11-01 00:00' } as never)).rejects.toThrow(
      'did you mean session_time__gte?',
    );
  });

  it('never echoes an unknown key that carries a number, and takes no hint from Object.prototype', async () => {
    const transport = fakeTransport(CREATED);
    const client = testClient({ transport, clock: fakeClock() });
    const error = await client.sessions.list({ '+14155550100': 1, constructor: 1 } as never).then(
      () => undefined,
      (caught: unknown) => caught as VerifyValidationError,
    );
    expect(error?.message).not.toContain('14155550100');
    expect(error?.message).not.toContain('did you mean');
    expect(error?.issues.map((issue) => issue.field)).toEqual([
      'filters.(unrecognised key, not shown)',
      'filters.constructor',
    ]);
    expect(transport.requests).toHaveLength(0);
  });
});

describe('a misspelt client option', () => {
  it('is refused with the name it probably meant', () => {
    expect(() =>
      createVerifyClientWith({
        authId: AUTH_ID,
        authToken: AUTH_TOKEN,
        transport: fakeTransport(CREATED),
        clock: fakeClock(),
        timeout: 5_000,
      } as never),
    ).toThrow(/options\.timeout: unknown field; did you mean timeoutMs\?/);
  });
});

describe('client options are checked at construction', () => {
  const base = { authId: AUTH_ID, authToken: AUTH_TOKEN, transport: fakeTransport(CREATED), clock: fakeClock() };
  it.each([
    ['authId of the wrong shape', { authId: 'XX123' }, 'options.authId'],
    ['authId too short', { authId: 'MA123' }, 'options.authId'],
    ['empty authToken', { authToken: '' }, 'options.authToken'],
    ['authToken with a pasted newline', { authToken: 'abc\n' }, 'options.authToken'],
    ['relative baseUrl', { baseUrl: 'api.plivo.com' }, 'options.baseUrl'],
    // Paths are appended to the text: these would send requests elsewhere, or (credentials) fail before sending.
    ['baseUrl with a query', { baseUrl: 'https://api.plivo.com/?x=1' }, 'options.baseUrl'],
    ['baseUrl with a fragment', { baseUrl: 'https://api.plivo.com/#frag' }, 'options.baseUrl'],
    ['baseUrl with credentials', { baseUrl: 'https://user:pw@api.plivo.com' }, 'options.baseUrl'],
    [
      'baseUrl with the account path (SDK style)',
      { baseUrl: `https://api.plivo.com/v1/Account/${AUTH_ID}` },
      'options.baseUrl',
    ],
    ['negative timeout', { timeoutMs: -1 }, 'options.timeoutMs'],
    ['timeout of 2^31 ms (Node would clamp it to 1 ms)', { timeoutMs: 2 ** 31 }, 'options.timeoutMs'],
    ['timeout over 10 minutes', { timeoutMs: 600_001 }, 'options.timeoutMs'],
    ['retry.maxAttempts NaN', { retry: { maxAttempts: Number.NaN } }, 'options.retry'],
    ['retry.baseDelayMs negative', { retry: { baseDelayMs: -1 } }, 'options.retry'],
    [
      'rateLimit.list.windowMs 0',
      { rateLimit: { list: { limit: 1, windowMs: 0 } } },
      'options.rateLimit.list.windowMs',
    ],
    ['a transport that is not a function', { transport: 'axios' as never }, 'options.transport'],
    ['no clock (pure entry)', { clock: undefined as never }, 'options.clock'],
    ['no transport (pure entry)', { transport: undefined as never }, 'options.transport'],
    // An unknown option would be a silent no-op: refused, with the likely name.
    ['a misspelt option (timeout)', { timeout: 5_000 } as never, 'options.timeout'],
  ])('%s', (_label, change, field) => {
    const error = (() => {
      try {
        createVerifyClientWith({ ...base, ...change });
      } catch (e) {
        return e;
      }
    })();
    expect(VerifyValidationError.isInstance(error)).toBe(true);
    expect(String((error as Error).message)).toContain(field);
    expect(String((error as Error).message)).not.toContain('may have been processed');
  });

  it('the Node createVerifyClient without options is a validation error, not a TypeError', async () => {
    const { createVerifyClient } = await import('./create-verify-client.js');
    for (const options of [undefined, null]) {
      const error = (() => {
        try {
          createVerifyClient(options as never);
        } catch (e) {
          return e;
        }
      })();
      expect(VerifyValidationError.isInstance(error)).toBe(true);
      expect((error as VerifyValidationError).issues[0]?.field).toBe('options');
    }
  });

  it('timeoutMs of exactly 10 minutes is accepted', () => {
    expect(() => createVerifyClientWith({ ...base, timeoutMs: 600_000 })).not.toThrow();
  });

  it('accepts subaccount Auth IDs', () => {
    expect(() => createVerifyClientWith({ ...base, authId: 'SAXXXXXXXXXXXXXXXXXX' })).not.toThrow();
  });
});

describe('nested client options are as strict as the top level, with the same hints', () => {
  const base = { authId: AUTH_ID, authToken: AUTH_TOKEN, transport: fakeTransport(CREATED), clock: fakeClock() };
  const refusal = (change: object): string => {
    try {
      createVerifyClientWith({ ...base, ...change } as never);
    } catch (error) {
      expect(VerifyValidationError.isInstance(error)).toBe(true);
      return (error as Error).message;
    }
    throw new Error('accepted');
  };

  it.each([
    [
      'rateLimit.acount',
      { rateLimit: { acount: false } },
      'options.rateLimit.acount: unknown field; did you mean account?',
    ],
    [
      'rateLimit.List (case)',
      { rateLimit: { List: false } },
      'options.rateLimit.List: unknown field; did you mean list?',
    ],
    [
      'rateLimit.account.maxQueu',
      { rateLimit: { account: { limit: 1, windowMs: 1_000, maxQueu: 5 } } },
      'options.rateLimit.account.maxQueu: unknown field; did you mean maxQueue?',
    ],
    [
      'rateLimit.list.window',
      { rateLimit: { list: { limit: 1, windowMs: 1_000, window: 5 } } },
      'options.rateLimit.list.window: unknown field; did you mean windowMs?',
    ],
    [
      'retry.maxAttemps',
      { retry: { maxAttemps: 3 } },
      'options.retry.maxAttemps: unknown field; did you mean maxAttempts?',
    ],
    [
      'retry.baseDelay',
      { retry: { baseDelay: 3 } },
      'options.retry.baseDelay: unknown field; did you mean baseDelayMs?',
    ],
    [
      'timoutMs (top level, no fixed hint)',
      { timoutMs: 5 },
      'options.timoutMs: unknown field; did you mean timeoutMs?',
    ],
  ])('%s', (_label, change, message) => {
    expect(refusal(change)).toContain(message);
  });

  it('a key close to nothing is refused without a guess', () => {
    const message = refusal({ rateLimit: { colour: 1 }, retry: false });
    expect(message).toContain('options.rateLimit.colour: unknown field');
    expect(message).not.toContain('did you mean');
  });

  it('a custom RateLimiter may carry its own properties', () => {
    const limiter = { acquire: async () => undefined, name: 'redis', windowMs: 5 };
    expect(() => createVerifyClientWith({ ...base, rateLimit: { account: limiter, list: false } })).not.toThrow();
  });

  it('slidingWindowLimiter refuses a misspelt option too', () => {
    expect(() => slidingWindowLimiter({ limit: 1, windowMs: 1_000, maxQeue: 0 } as never, fakeClock())).toThrow(
      'options.maxQeue: unknown field; did you mean maxQueue?',
    );
  });

  it('session parameters get the closest field name as well', async () => {
    const transport = fakeTransport(CREATED);
    const client = testClient({ transport, clock: fakeClock() });
    await expect(client.sessions.create({ recipient: R, recepient: R } as never)).rejects.toThrow(
      'recepient: unknown field; did you mean recipient?',
    );
    expect(transport.requests).toHaveLength(0);
  });
});
