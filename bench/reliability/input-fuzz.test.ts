import {
  createVerifyClient,
  maskPhoneNumber,
  parseCallback,
  type VerifyClient,
  VerifyError,
  validateSignatureV2,
  validateSignatureV3,
  verifyCallback,
} from '@plivo-verify/core';
import { type RunningSandbox, startSandbox } from '@plivo-verify/sandbox';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Whatever a caller (or a JSON body, an n8n field, an action input) hands core, the only thing it may throw is
// a VerifyError: no TypeError from deep inside, no zod error, no crash. Inputs that pass validation go to a real
// sandbox, so the whole path is exercised.
const everything = {
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withSparseArray: true,
  withBoxedValues: true,
  withTypedArray: true,
};
const anything = fc.anything({ ...everything, withNullPrototype: true });
const plausible = fc.oneof(
  anything,
  fc.string(),
  fc.integer(),
  fc.constantFrom('', null, '+14155550100', '14155550100', 'sms', 'voice', 'GET', 'POST', 'en_US', 6, '6'),
);
const fields = (names: readonly string[]) =>
  fc.record(Object.fromEntries(names.map((name) => [name, plausible])), { requiredKeys: [] });

const CREATE = ['recipient', 'app_uuid', 'channel', 'url', 'method', 'locale', 'brand_name', 'app_hash'];
const CREATE_MORE = ['code_length', 'dtmf', 'fraud_check'];
const LIST = ['app_uuid', 'status', 'recipient', 'subaccount', 'limit', 'offset', 'session_time', 'session_time__gt'];
const LIST_MORE = ['session_time__gte', 'session_time__lt', 'session_time__lte', 'country', 'alias', 'brand_name'];

/** Runs `run`; true when it succeeded, false for a VerifyError, and rethrows anything else. */
async function onlyVerifyErrors(run: () => unknown): Promise<boolean> {
  try {
    await run();
    return true;
  } catch (error) {
    if (!VerifyError.isInstance(error)) throw error;
    return false;
  }
}

describe('input fuzz: core throws nothing but a VerifyError', () => {
  let sandbox: RunningSandbox;
  let client: VerifyClient;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, rateLimit: false, timeouts: { keepAliveMs: 65_000 } });
    client = createVerifyClient({
      authId: sandbox.authId,
      authToken: sandbox.authToken,
      baseUrl: sandbox.url,
      rateLimit: false,
      retry: false,
      timeoutMs: 5_000,
    });
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  const settings = { numRuns: 300, seed: 20261126 };

  it('createVerifyClient(options)', async () => {
    const options = fc.oneof(
      anything,
      fields(['authId', 'authToken', 'baseUrl', 'timeoutMs', 'retry', 'rateLimit', 'transport', 'clock']),
    );
    await fc.assert(
      fc.asyncProperty(options, async (o) => {
        await onlyVerifyErrors(() => createVerifyClient(o as never));
      }),
      settings,
    );
  });

  it('sessions.create(params)', async () => {
    const nearlyValid = fc.record(
      {
        recipient: fc.stringMatching(/^\+1415555[0-9]{4}$/),
        channel: fc.constantFrom('sms', 'voice', '', null),
        code_length: fc.oneof(fc.integer({ min: 3, max: 9 }), fc.constant(null)),
        locale: fc.constantFrom('en', 'en_US', 'xx', ''),
      },
      { requiredKeys: ['recipient'] },
    );
    const params = fc.oneof(anything, fields([...CREATE, ...CREATE_MORE]), nearlyValid);
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(params, async (p) => {
        if (await onlyVerifyErrors(() => client.sessions.create(p as never))) sent += 1;
      }),
      settings,
    );
    expect(sent).toBeGreaterThan(0); // some inputs were valid and went all the way to the sandbox
  });

  it('sessions.validate(sessionUuid, otp) and sessions.get(sessionUuid)', async () => {
    const uuid = fc.oneof(anything, fc.uuid(), fc.string());
    const otp = fc.oneof(anything, fc.stringMatching(/^[0-9]{4,8}$/), fc.string());
    await fc.assert(
      fc.asyncProperty(uuid, otp, async (u, o) => {
        await onlyVerifyErrors(() => client.sessions.validate(u as never, o as never));
        await onlyVerifyErrors(() => client.sessions.get(u as never));
      }),
      settings,
    );
  });

  it('sessions.list(filters) and the first page of sessions.iterate(filters)', async () => {
    const filters = fc.oneof(anything, fields([...LIST, ...LIST_MORE]));
    let listed = 0;
    await fc.assert(
      fc.asyncProperty(filters, async (f) => {
        if (await onlyVerifyErrors(() => client.sessions.list(f as never))) listed += 1;
        await onlyVerifyErrors(() => client.sessions.iterate(f as never).next());
      }),
      settings,
    );
    expect(listed).toBeGreaterThan(0);
  });

  it('parseCallback(params)', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.array(fc.string()), anything);
    const names = ['SessionUUID', 'SessionStatus', 'Channel', 'ChannelStatus', 'Recipient', 'RequestTime'];
    const params = fc.oneof(
      anything,
      fc.string(),
      fc.dictionary(fc.oneof(fc.string(), fc.constantFrom(...names)), value),
      fc.record(Object.fromEntries(names.map((name) => [name, value])), { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(params, (p) => {
        try {
          parseCallback(p as never);
        } catch (error) {
          expect(VerifyError.isInstance(error), String(error)).toBe(true);
        }
      }),
      settings,
    );
  });

  it('signature checks and masking never throw on any strings', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'binary' }),
        fc.string(),
        fc.dictionary(fc.string(), fc.string()),
        (url, signature, token, params) => {
          const input = { url, nonce: token, authToken: token, signature };
          expect(typeof validateSignatureV2(input)).toBe('boolean');
          expect(typeof validateSignatureV3({ ...input, method: 'POST', params })).toBe('boolean');
          expect(typeof maskPhoneNumber(url)).toBe('string');
        },
      ),
      settings,
    );
  });

  it('verifyCallback never throws, whatever it is handed', () => {
    const request = fc.oneof(
      anything,
      fields(['method', 'url', 'headers', 'body', 'authToken']),
      fc.record({
        method: fc.constantFrom('GET', 'POST', 'post', 'PUT'),
        url: fc.oneof(fc.webUrl({ withQueryParameters: true }), fc.string()),
        headers: fc.oneof(
          anything,
          fc.dictionary(
            fc.constantFrom('x-plivo-signature-v3', 'X-Plivo-Signature-V3-Nonce', 'x-plivo-signature-v2', 'x'),
            fc.oneof(fc.string(), fc.array(fc.string()), anything),
          ),
        ),
        body: fc.oneof(anything, fc.string(), fc.json()),
        authToken: fc.oneof(fc.string(), anything),
      }),
    );
    fc.assert(
      fc.property(request, (r) => {
        const result = verifyCallback(r as never);
        expect(typeof result.valid).toBe('boolean');
      }),
      settings,
    );
  });

  it('sessions.findAttempts(query)', async () => {
    const query = fc.oneof(
      anything,
      fields(['recipient', 'since', 'skewMs']),
      fc.record({ recipient: fc.constantFrom('+14155550100', '14155550100'), since: fc.oneof(fc.date(), fc.string()) }),
    );
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        await onlyVerifyErrors(() => client.sessions.findAttempts(q as never));
      }),
      { ...settings, numRuns: 100 },
    );
  });
});
