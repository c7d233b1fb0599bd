import { createSessionParamsSchema, validateSessionParamsSchema } from '@plivo-verify/core/pure';
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
const bodyObject = fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 12 })), value, {
  maxKeys: 6,
});
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
const extraHeaders = fc.record(
  {
    'idempotency-key': fc.string({ maxLength: 300 }),
    'webhook-signature': fc.string({ maxLength: 40 }),
    'webhook-id': fc.string({ maxLength: 20 }),
    'webhook-timestamp': fc.string({ maxLength: 12 }),
  },
  { requiredKeys: [] },
);

function encode(body: Record<string, unknown>, type: string, raw: boolean): string {
  if (raw) return JSON.stringify(body).slice(0, -1); // truncated JSON
  if (type.includes('form'))
    return new URLSearchParams(Object.entries(body).map(([k, v]): [string, string] => [k, String(v)])).toString();
  return JSON.stringify(body);
}

describe('fuzz: random bodies and headers', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startService(memoryStore(), {
      limits: { perKey: false, perRecipient: false },
      signingSecret: 'whsec_c2VjcmV0',
    });
  });
  afterAll(() => service.sandbox.close());

  it('only 4xx problem+json for invalid input, never 5xx, never an upstream call for it', async () => {
    const before = (await (await fetch(`${service.sandbox.url}/__sandbox/requests`)).json()) as { requests: unknown[] };
    let accepted = 0;
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
          const uuid = encodeURIComponent(pathPart) || 'x';
          const path =
            route === 'send'
              ? '/v1/sessions'
              : route === 'check'
                ? `/v1/sessions/${uuid}/validate`
                : `/v1/sessions/${uuid}`;
          const method = route === 'get' ? 'GET' : 'POST';
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries({ ...authHeaders, ...extra })) {
            if (/^[\t\x20-\x7e]*$/.test(v)) headers[k] = v;
          }
          if (!headers.authorization && !headers['x-api-key']) headers.authorization = '';
          if (type) headers['content-type'] = type;
          const init = method === 'POST' ? { body: encode(body, type, truncated), headers } : { headers };
          const response = await service.call(method, path, init);
          expect(response.status).toBeLessThan(500);
          if (response.status >= 300) {
            expect(response.status).toBeGreaterThanOrEqual(400);
            expect(response.headers.get('content-type')).toBe('application/problem+json');
            const problem = (await response.json()) as { status: number; title: string };
            expect(problem.status).toBe(response.status);
          } else {
            // Only input the core schemas accept may get through.
            const schema = route === 'send' ? createSessionParamsSchema : validateSessionParamsSchema;
            expect(route === 'get' || schema.safeParse(body).success || type.includes('form')).toBe(true);
            accepted += 1;
          }
        },
      ),
      { numRuns: 2000 },
    );
    const after = (await (await fetch(`${service.sandbox.url}/__sandbox/requests`)).json()) as { requests: unknown[] };
    // Every upstream call belongs to a request that passed validation.
    expect(after.requests.length - before.requests.length).toBeLessThanOrEqual(accepted);
  });
});
