import { createSessionParamsSchema, describeFields, validateSessionParamsSchema } from '@plivo-verify/core/pure';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY, startService, type TestService } from './__fixtures__/service.js';
import { memoryStore } from './memory-store.js';

const FIELDS = ['recipient', 'channel', 'app_uuid', 'locale', 'brand_name', 'code_length', 'otp', 'url', 'method', 'x'];

const value = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('+14155550100', '14155550100', 'sms', 'voice', 'en_US', '123456', ''),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
);
const randomObject = fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 12 })), value, {
  maxKeys: 6,
});
// Sends that are mostly valid, so the "only valid input gets through" clauses below are exercised (random
// dictionaries almost never make a valid send), with a stray field now and then.
const sendObject = fc.record(
  {
    // Distinct numbers: Plivo (and the sandbox) refuse a session that has had too many attempts.
    recipient: fc.oneof(
      fc.integer({ min: 1000, max: 9999 }).map((n) => `+1415555${n}`),
      fc.integer({ min: 1000, max: 9999 }).map((n) => `+1 (628) 555-${n}`),
      fc.constant('+1415'),
    ),
    channel: fc.constantFrom('sms', 'voice', 'email'),
    code_length: fc.oneof(fc.integer({ min: 3, max: 9 }), fc.constantFrom('6', '6x')),
    locale: fc.constantFrom('en_US', 'en', 'xx_XX_Y'),
  },
  { requiredKeys: ['recipient'] },
);
const bodyObject = fc.oneof({ weight: 1, arbitrary: randomObject }, { weight: 2, arbitrary: sendObject });
const contentType = fc.constantFrom(
  'application/json',
  'application/x-www-form-urlencoded',
  'text/plain',
  '',
  'application/json; charset=utf-8',
);
const auth = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ authorization: `Bearer ${API_KEY}` }) },
  { weight: 1, arbitrary: fc.record({ authorization: fc.string({ maxLength: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ 'x-api-key': fc.string({ maxLength: 40 }) }) },
);
// A random webhook-signature fails verification (401) before anything else is looked at, so it comes now and then.
const extraHeaders = fc
  .tuple(
    fc.record(
      {
        'idempotency-key': fc.oneof(fc.uuid(), fc.string({ maxLength: 300 })),
        'webhook-id': fc.string({ maxLength: 20 }),
        'webhook-timestamp': fc.string({ maxLength: 12 }),
      },
      { requiredKeys: [] },
    ),
    fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.string({ maxLength: 40 }) }),
  )
  .map(
    ([headers, signature]): Record<string, string> =>
      signature === null ? headers : { ...headers, 'webhook-signature': signature },
  );

function encode(body: Record<string, unknown>, type: string, raw: boolean): string {
  if (raw) return JSON.stringify(body).slice(0, -1); // truncated JSON
  if (type.includes('form'))
    return new URLSearchParams(Object.entries(body).map(([k, v]): [string, string] => [k, String(v)])).toString();
  return JSON.stringify(body);
}

/**
 * What the service makes of a body (its documented leniency for low-code platforms, which send numbers as
 * strings): a string value of an integer or boolean field becomes that type; a form body is all strings.
 */
function serviceInput(
  body: Record<string, unknown>,
  encoded: string,
  type: string,
  schema: typeof createSessionParamsSchema | typeof validateSessionParamsSchema,
) {
  const input: Record<string, unknown> = type.includes('form')
    ? Object.fromEntries(new URLSearchParams(encoded))
    : { ...body };
  for (const field of describeFields(schema)) {
    const raw = input[field.name];
    if (typeof raw !== 'string') continue;
    if (field.type === 'integer' && /^-?\d{1,15}$/.test(raw.trim())) input[field.name] = Number(raw.trim());
    if (field.type === 'boolean' && (raw === 'true' || raw === 'false')) input[field.name] = raw === 'true';
  }
  return input;
}

/** Whether the input of a request is valid by core's schemas (the path's session_uuid wins over the body's). */
function validInput(route: string, body: Record<string, unknown>, encoded: string, type: string, uuid: string) {
  if (route === 'get')
    return validateSessionParamsSchema.pick({ session_uuid: true }).safeParse({ session_uuid: uuid }).success;
  const schema = route === 'send' ? createSessionParamsSchema : validateSessionParamsSchema;
  const input = serviceInput(body, encoded, type, schema);
  return schema.safeParse(route === 'check' ? { ...input, session_uuid: uuid } : input).success;
}

describe('fuzz: random bodies and headers', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startService(memoryStore(), {
      limits: { perKey: false, perRecipient: false },
      signingSecret: `whsec_${Buffer.from('a-fuzz-signing-secret-32-bytes!!').toString('base64')}`,
    });
  });
  afterAll(() => service.sandbox.close());

  it('only 4xx problem+json for invalid input, never 5xx, never an upstream call for it', async () => {
    const before = (await (await fetch(`${service.sandbox.url}/__sandbox/requests`)).json()) as { requests: unknown[] };
    let accepted = 0;
    let acceptedForms = 0;
    let validInputs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('send', 'check', 'get'),
        bodyObject,
        contentType,
        fc.boolean(),
        auth,
        extraHeaders,
        fc.string({ maxLength: 40 }),
        async (route, body, type, truncated, authHeaders, extra, pathPart) => {
          const uuid = pathPart || 'x';
          const path =
            route === 'send'
              ? '/v1/sessions'
              : route === 'check'
                ? `/v1/sessions/${encodeURIComponent(uuid)}/validate`
                : `/v1/sessions/${encodeURIComponent(uuid)}`;
          const method = route === 'get' ? 'GET' : 'POST';
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries({ ...authHeaders, ...extra })) {
            if (/^[\t\x20-\x7e]*$/.test(v)) headers[k] = v;
          }
          if (!headers.authorization && !headers['x-api-key']) headers.authorization = '';
          if (type) headers['content-type'] = type;
          const encoded = encode(body, type, truncated);
          const init = method === 'POST' ? { body: encoded, headers } : { headers };
          const valid = validInput(route, body, encoded, type, uuid);
          if (valid) validInputs += 1;
          const response = await service.call(method, path, init);
          expect(response.status).toBeLessThan(500);
          if (response.status >= 300) {
            expect(response.status).toBeGreaterThanOrEqual(400);
            expect(response.headers.get('content-type')).toBe('application/problem+json');
            const problem = (await response.json()) as { status: number; title: string };
            expect(problem.status).toBe(response.status);
          } else {
            // Only input the core schemas accept may get through.
            expect(valid).toBe(true);
            accepted += 1;
            if (route === 'send' && type.includes('form')) acceptedForms += 1;
          }
        },
      ),
      { numRuns: 2000 },
    );
    const after = (await (await fetch(`${service.sandbox.url}/__sandbox/requests`)).json()) as { requests: unknown[] };
    // Both clauses ran: valid JSON and valid form sends got through (a fuzz that never passes proves nothing).
    expect(accepted - acceptedForms).toBeGreaterThan(0);
    expect(acceptedForms).toBeGreaterThan(0);
    // Every upstream call belongs to a request whose input was valid (Plivo may still refuse some of those).
    expect(after.requests.length - before.requests.length).toBeLessThanOrEqual(validInputs);
  });
});
