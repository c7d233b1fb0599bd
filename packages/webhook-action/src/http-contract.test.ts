import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDIS_SKIP_NOTE } from './__fixtures__/redis-server.js';
import { API_KEY, startService, storeKinds, type TestService } from './__fixtures__/service.js';
import { signStandardWebhook } from './standard-webhooks.js';

const SECRET = `whsec_${Buffer.from('a-test-signing-secret-of-32-bytes!').toString('base64')}`;
let phoneCounter = 0;
/** A fresh US number per test, so per-recipient limits and session reuse never cross tests. */
const phone = () => `+1415555${String(1000 + (phoneCounter++ % 9000)).padStart(4, '0')}`;

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const body = (await response.json()) as Record<string, unknown>;
  expect(body.status).toBe(response.status);
  expect(typeof body.title).toBe('string');
  expect(typeof body.detail).toBe('string');
  expect(typeof body.retryable).toBe('boolean');
  return body;
}

async function setFaults(
  service: TestService,
  faults: Array<{ fault: string; probability: number; operation?: string }>,
) {
  const response = await fetch(`${service.sandbox.url}/__sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ faults }),
  });
  expect(response.ok).toBe(true);
}

for (const kind of storeKinds()) {
  if (!kind.available) console.log(REDIS_SKIP_NOTE);
  describe.skipIf(!kind.available)(`HTTP contract (${kind.name} store)`, () => {
    let service: TestService;
    beforeAll(async () => {
      service = await startService(await kind.create(), {
        signingSecret: SECRET,
        limits: { perKey: false, perRecipient: { limit: 3, windowMs: 3_600_000 }, allowedCallingCodes: ['1', '44'] },
      });
    });
    afterAll(async () => {
      await service.sandbox.close();
      await kind.stop();
    });

    it('serves health, OpenAPI 3.1 and Swagger 2.0 without auth', async () => {
      expect((await service.app.request('/healthz')).status).toBe(200);
      const openapi = (await (await service.app.request('/openapi.json')).json()) as Record<string, unknown>;
      expect(openapi.openapi).toBe('3.1.0');
      const swagger = (await (await service.app.request('https://verify.example.com/swagger.json')).json()) as Record<
        string,
        unknown
      >;
      expect(swagger).toMatchObject({ swagger: '2.0', host: 'verify.example.com', schemes: ['https'] });
    });

    it('sends a code from JSON: 201, Location, no phone number echoed', async () => {
      const recipient = phone();
      const response = await service.call('POST', '/v1/sessions', { body: { recipient, brand_name: 'Acme' } });
      expect(response.status).toBe(201);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body.session_uuid).toMatch(/^[0-9a-f-]{36}$/);
      expect(body.deduplicated).toBe(false);
      expect(response.headers.get('location')).toBe(`/v1/sessions/${String(body.session_uuid)}`);
      expect(JSON.stringify(body)).not.toContain(recipient.slice(1));
    });

    it('sends a code from a form body (numbers arrive as strings)', async () => {
      const response = await service.call('POST', '/v1/sessions', {
        form: { recipient: phone(), code_length: '4', channel: 'sms' },
      });
      expect(response.status).toBe(201);
      const { session_uuid } = (await response.json()) as { session_uuid: string };
      expect(await service.codeFor(session_uuid)).toMatch(/^\d{4}$/);
    });

    it('401 without a key, with a wrong key; X-API-Key works too', async () => {
      const none = await service.call('POST', '/v1/sessions', {
        body: { recipient: phone() },
        headers: { authorization: '' },
      });
      expect(none.status).toBe(401);
      expect(none.headers.get('www-authenticate')).toContain('Bearer');
      await problemOf(none);
      const wrong = await service.call('POST', '/v1/sessions', {
        body: { recipient: phone() },
        headers: { authorization: 'Bearer nope' },
      });
      expect(wrong.status).toBe(401);
      const almost = await service.call('GET', '/v1/sessions/4124e518-a8c9-4feb-8cff-d86636ba9234', {
        headers: { authorization: `Bearer ${API_KEY.slice(0, -1)}x` },
      });
      expect(almost.status).toBe(401);
      const viaHeader = await service.call('POST', '/v1/sessions', {
        body: { recipient: phone() },
        headers: { authorization: '', 'x-api-key': API_KEY },
      });
      expect(viaHeader.status).toBe(201);
    });

    it('422 names every bad field and never calls Plivo', async () => {
      const before = await service.creates();
      const response = await service.call('POST', '/v1/sessions', {
        body: { recipient: 'not a phone', code_length: 12, colour: 'red' },
      });
      expect(response.status).toBe(422);
      const body = await problemOf(response);
      const fields = (body.errors as Array<{ field: string; message: string }>).map((e) => e.field).sort();
      expect(fields).toEqual(['code_length', 'colour', 'recipient']);
      expect(JSON.stringify(body)).not.toContain('not a phone');
      const missing = await problemOf(await service.call('POST', '/v1/sessions', { body: {} }));
      expect(missing.errors).toEqual([{ field: 'recipient', message: 'is required' }]);
      // A value of the wrong type is not "required": it is told what was expected.
      const wrongType = await problemOf(
        await service.call('POST', '/v1/sessions', { body: { recipient: 14155550100, code_length: '6x' } }),
      );
      expect(wrongType.errors).toEqual([
        { field: 'recipient', message: expect.not.stringMatching(/required/) },
        { field: 'code_length', message: 'expected an integer from 4 to 8' },
      ]);
      expect(await service.creates()).toBe(before);
    });

    it('413 over 16 KiB, 415 for other content types, 400 for broken JSON', async () => {
      const big = await service.call('POST', '/v1/sessions', {
        body: { recipient: phone(), brand_name: 'x'.repeat(17 * 1024) },
      });
      expect(big.status).toBe(413);
      await problemOf(big);
      const text = await service.call('POST', '/v1/sessions', {
        body: 'recipient=1',
        headers: { 'content-type': 'text/plain' },
      });
      expect(text.status).toBe(415);
      await problemOf(text);
      const broken = await service.call('POST', '/v1/sessions', {
        body: '{"recipient":',
        headers: { 'content-type': 'application/json' },
      });
      expect(broken.status).toBe(400);
      await problemOf(broken);
    });

    it('404 for unknown routes and sessions, 405 for a wrong method', async () => {
      expect((await service.call('GET', '/nope')).status).toBe(404);
      const method = await service.call('DELETE', '/v1/sessions');
      expect(method.status).toBe(405);
      expect(method.headers.get('allow')).toBe('POST');
      await problemOf(method);
      const unknown = await service.call('GET', '/v1/sessions/4124e518-a8c9-4feb-8cff-d86636ba9234');
      expect(unknown.status).toBe(404);
      await problemOf(unknown);
    });

    it('check: wrong code is 200 {valid:false, reason}, strict=true is 422, right code is valid; get masks the number', async () => {
      const recipient = phone();
      const created = (await (await service.call('POST', '/v1/sessions', { body: { recipient } })).json()) as {
        session_uuid: string;
      };
      const code = await service.codeFor(created.session_uuid);
      const wrongCode = code === '000000' ? '111111' : '000000';
      const wrong = await service.call('POST', `/v1/sessions/${created.session_uuid}/validate`, {
        body: { otp: wrongCode },
      });
      expect(wrong.status).toBe(200);
      expect(await wrong.json()).toMatchObject({
        valid: false,
        reason: 'wrong_code',
        session_uuid: created.session_uuid,
      });
      const strict = await service.call('POST', `/v1/sessions/${created.session_uuid}/validate?strict=true`, {
        form: { otp: wrongCode },
      });
      expect(strict.status).toBe(422);
      expect(await problemOf(strict)).toMatchObject({ reason: 'wrong_code' });
      const right = await service.call('POST', `/v1/sessions/${created.session_uuid}/validate`, {
        body: { otp: code },
      });
      expect(right.status).toBe(200);
      const rightBody = await right.text();
      expect(JSON.parse(rightBody)).toMatchObject({ valid: true });
      expect(rightBody).not.toContain(code);
      const again = await service.call('POST', `/v1/sessions/${created.session_uuid}/validate`, {
        body: { otp: code },
      });
      expect(await again.json()).toMatchObject({ valid: false, reason: 'already_verified' });
      const got = await service.call('GET', `/v1/sessions/${created.session_uuid}`);
      expect(got.status).toBe(200);
      const session = (await got.json()) as Record<string, unknown>;
      expect(session).toMatchObject({ session_uuid: created.session_uuid, status: 'verified' });
      expect(session.recipient).toMatch(/^\+\d{2}\*+\d{4}$/);
      expect(JSON.stringify(session)).not.toContain(recipient.slice(1));
    });

    it('Idempotency-Key: replay, different body → 422, bad key → 400', async () => {
      const recipient = phone();
      const before = await service.creates();
      const headers = { 'idempotency-key': `"k-${recipient}"` };
      const first = await service.call('POST', '/v1/sessions', { body: { recipient }, headers });
      expect(first.status).toBe(201);
      const replay = await service.call('POST', '/v1/sessions', { body: { recipient }, headers });
      expect(replay.status).toBe(201);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(await replay.json()).toEqual(await first.json());
      // The same request as a form is the same payload.
      const asForm = await service.call('POST', '/v1/sessions', { form: { recipient }, headers });
      expect(asForm.headers.get('idempotent-replayed')).toBe('true');
      const other = await service.call('POST', '/v1/sessions', { body: { recipient, locale: 'en' }, headers });
      expect(other.status).toBe(422);
      await problemOf(other);
      expect(await service.creates()).toBe(before + 1);
      const bad = await service.call('POST', '/v1/sessions', {
        body: { recipient },
        headers: { 'idempotency-key': 'has space' },
      });
      expect(bad.status).toBe(400);
    });

    it('20 concurrent requests with one key → one create, the rest replays or 409', async () => {
      const recipient = phone();
      const before = await service.creates();
      const headers = { 'idempotency-key': crypto.randomUUID() };
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => service.call('POST', '/v1/sessions', { body: { recipient }, headers })),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
      expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
      const fresh = responses.filter((r) => r.status === 201 && r.headers.get('idempotent-replayed') !== 'true');
      expect(fresh).toHaveLength(1);
      for (const conflict of responses.filter((r) => r.status === 409)) {
        expect(conflict.headers.get('retry-after')).toBe('1');
        expect(await problemOf(conflict)).toMatchObject({ retryable: true });
      }
      expect(await service.creates()).toBe(before + 1);
    });

    it('a lost upstream reply (reset-after) retried with the same key sends no second code', async () => {
      const recipient = phone();
      const before = await service.creates();
      const headers = { 'idempotency-key': crypto.randomUUID() };
      await setFaults(service, [{ fault: 'reset-after', probability: 1, operation: 'create' }]);
      const first = await service.call('POST', '/v1/sessions', { body: { recipient }, headers });
      await setFaults(service, []);
      // The service looked the attempt up: the caller gets its session although Plivo's answer was lost.
      expect(first.status).toBe(201);
      const firstBody = (await first.json()) as Record<string, unknown>;
      expect(firstBody).toMatchObject({ reconciled: true });
      const retry = await service.call('POST', '/v1/sessions', { body: { recipient }, headers });
      expect(retry.status).toBe(201);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(await retry.json()).toEqual(firstBody);
      expect(await service.creates()).toBe(before + 1);
      const { messages } = (await fetch(
        `${service.sandbox.url}/__sandbox/messages?recipient=${recipient.slice(1)}`,
      ).then((r) => r.json())) as {
        messages: unknown[];
      };
      expect(messages).toHaveLength(1);
    });

    it("a lost reply is never reconciled with another app's session for the same number", async () => {
      const recipient = phone();
      const { sandbox } = service;
      for (const app_uuid of ['22222222-2222-4222-8222-222222222222', '00000000-0000-4000-8000-000000000001']) {
        const added = await fetch(`${sandbox.url}/__sandbox/apps`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ app_uuid }),
        });
        expect(added.ok).toBe(true);
      }
      const other = await fetch(`${sandbox.url}/v1/Account/${sandbox.authId}/Verify/Session/`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${sandbox.authId}:${sandbox.authToken}`).toString('base64')}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ recipient, app_uuid: '22222222-2222-4222-8222-222222222222' }),
      });
      expect(other.status).toBe(202);
      await setFaults(service, [{ fault: 'reset-before', probability: 1, operation: 'create' }]);
      const lost = await service.call('POST', '/v1/sessions', {
        body: { recipient, app_uuid: '00000000-0000-4000-8000-000000000001' },
        headers: { 'idempotency-key': crypto.randomUUID() },
      });
      await setFaults(service, []);
      // Plivo's 400 for an unknown app: the problem names the field but never the account's Auth ID.
      const unknownApp = await service.call('POST', '/v1/sessions', {
        body: { recipient, app_uuid: '33333333-3333-4333-8333-333333333333' },
      });
      expect(unknownApp.status).toBe(422);
      expect(await unknownApp.text()).not.toContain(sandbox.authId);
      expect(lost.status).toBe(502);
      expect(await problemOf(lost)).toMatchObject({ maybe_sent: true });
    });

    it('a lost reply whose attempt cannot be confirmed stays "maybe sent": 502, stored, never resent', async () => {
      const recipient = phone();
      const before = await service.creates();
      const headers = { 'idempotency-key': crypto.randomUUID() };
      // The create is processed but its answer lost, and the lookup (a list call) fails too.
      await setFaults(service, [
        { fault: 'reset-after', probability: 1, operation: 'create' },
        { fault: 'status=503', probability: 1, operation: 'list' },
      ]);
      const first = await service.call('POST', '/v1/sessions', { body: { recipient }, headers });
      await setFaults(service, []);
      expect(first.status).toBe(502);
      expect(await problemOf(first)).toMatchObject({ maybe_sent: true, retryable: false });
      const retry = await service.call('POST', '/v1/sessions', { body: { recipient }, headers });
      expect(retry.status).toBe(502);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(await service.creates()).toBe(before + 1);
    });

    it('Plivo 429 → 429 with Retry-After, and the key is freed so a retry really sends', async () => {
      const recipient = phone();
      const headers = { 'idempotency-key': crypto.randomUUID() };
      await setFaults(service, [{ fault: 'status=429', probability: 1, operation: 'create' }]);
      const limited = await service.call('POST', '/v1/sessions', { body: { recipient }, headers });
      await setFaults(service, []);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      await problemOf(limited);
      const retry = await service.call('POST', '/v1/sessions', { body: { recipient }, headers });
      expect(retry.status).toBe(201);
    });

    it('Plivo 5xx → 502 problem', async () => {
      await setFaults(service, [{ fault: 'status=503', probability: 1, operation: 'get' }]);
      const response = await service.call('GET', '/v1/sessions/4124e518-a8c9-4feb-8cff-d86636ba9234');
      await setFaults(service, []);
      expect(response.status).toBe(502);
      await problemOf(response);
    });

    it('per-recipient hourly limit → 429 with Retry-After and RateLimit headers', async () => {
      const recipient = phone();
      for (let i = 0; i < 3; i += 1)
        expect((await service.call('POST', '/v1/sessions', { body: { recipient } })).status).toBe(201);
      const refused = await service.call('POST', '/v1/sessions', { body: { recipient } });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(60);
      expect(refused.headers.get('ratelimit-policy')).toBe('"per-recipient";q=3;w=3600');
      expect(refused.headers.get('ratelimit')).toMatch(/^"per-recipient";r=0;t=\d+$/);
      await problemOf(refused);
    });

    it('country allowlist → 403 naming the recipient field, before any Plivo call', async () => {
      const before = await service.creates();
      const response = await service.call('POST', '/v1/sessions', { body: { recipient: '+918707046406' } });
      expect(response.status).toBe(403);
      const body = await problemOf(response);
      expect((body.errors as Array<{ field: string }>)[0]?.field).toBe('recipient');
      expect(JSON.stringify(body)).not.toContain('8707046406');
      expect(await service.creates()).toBe(before);
    });

    it('Standard Webhooks: a good signature authenticates; a changed body or an old timestamp is 401', async () => {
      const body = JSON.stringify({ recipient: phone() });
      const now = Math.floor(Date.now() / 1000);
      const id = `msg_${crypto.randomUUID()}`;
      const signature = await signStandardWebhook(SECRET, id, now, body);
      const signed = {
        authorization: '',
        'webhook-id': id,
        'webhook-timestamp': String(now),
        'webhook-signature': `v1,AAAA ${signature}`,
      };
      const good = await service.call('POST', '/v1/sessions', { body, headers: signed });
      expect(good.status).toBe(201);
      // webhook-id works as the idempotency key.
      const replay = await service.call('POST', '/v1/sessions', { body, headers: signed });
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      const tampered = await service.call('POST', '/v1/sessions', {
        body: body.replace('}', ',"locale":"en"}'),
        headers: signed,
      });
      expect(tampered.status).toBe(401);
      await problemOf(tampered);
      const oldTs = now - 3600;
      const stale = await service.call('POST', '/v1/sessions', {
        body,
        headers: {
          ...signed,
          'webhook-timestamp': String(oldTs),
          'webhook-signature': await signStandardWebhook(SECRET, id, oldTs, body),
        },
      });
      expect(stale.status).toBe(401);
      expect(((await stale.json()) as { detail: string }).detail).toContain('too old');
    });
  });
}

describe('dedupe window and per-key limit', () => {
  it('without a key, a repeat within the window returns the open session marked deduplicated', async () => {
    const service = await startService((await storeKinds()[0]?.create()) ?? (undefined as never), {
      dedupeWindowMs: 30_000,
    });
    try {
      const recipient = phone();
      const first = await service.call('POST', '/v1/sessions', { body: { recipient } });
      expect(first.status).toBe(201);
      const second = await service.call('POST', '/v1/sessions', { body: { recipient } });
      expect(second.status).toBe(200);
      const firstBody = (await first.json()) as { session_uuid: string };
      expect(await second.json()).toMatchObject({ session_uuid: firstBody.session_uuid, deduplicated: true });
      const voice = await service.call('POST', '/v1/sessions', { body: { recipient, channel: 'voice' } });
      expect(voice.status).toBe(201);
      expect(await service.creates()).toBe(2);
    } finally {
      await service.sandbox.close();
    }
  });

  it('per-API-key limit → 429 with Retry-After and RateLimit headers', async () => {
    const service = await startService((await storeKinds()[0]?.create()) ?? (undefined as never), {
      limits: { perKey: { limit: 2, windowMs: 60_000 } },
    });
    try {
      const uuid = '4124e518-a8c9-4feb-8cff-d86636ba9234';
      expect((await service.call('GET', `/v1/sessions/${uuid}`)).status).toBe(404);
      expect((await service.call('GET', `/v1/sessions/${uuid}`)).status).toBe(404);
      const refused = await service.call('GET', `/v1/sessions/${uuid}`);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.headers.get('ratelimit-policy')).toBe('"per-key";q=2;w=60');
      await problemOf(refused);
    } finally {
      await service.sandbox.close();
    }
  });
});
