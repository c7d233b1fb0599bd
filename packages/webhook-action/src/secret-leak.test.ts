import { startSandbox } from '@plivo-verify/sandbox';
import { describe, expect, it } from 'vitest';
import { startService } from './__fixtures__/service.js';
import { memoryStore } from './memory-store.js';

const AUTH_ID = 'MALEAKTEST0000000001';
const AUTH_TOKEN = 'leak-test-auth-token-Zq9';
const RECIPIENT = '+14155557777';

describe('no secret in any response', () => {
  it('auth token, OTP and full phone number never appear in bodies or headers, on every route and status', async () => {
    const sandbox = await startSandbox({ port: 0, accounts: [{ authId: AUTH_ID, authToken: AUTH_TOKEN }] });
    const service = await startService(
      memoryStore(),
      {
        limits: {
          perKey: { limit: 40, windowMs: 60_000 },
          perRecipient: { limit: 2, windowMs: 3_600_000 },
          allowedCallingCodes: ['1'],
        },
      },
      sandbox,
    );
    const seen: string[] = [];
    const record = async (response: Response) => {
      seen.push(`${response.status} ${JSON.stringify([...response.headers])} ${await response.clone().text()}`);
      return response;
    };
    try {
      const created = await record(
        await service.call('POST', '/v1/sessions', { body: { recipient: RECIPIENT, url: 'https://x.example/cb' } }),
      );
      const sent = await record(await service.call('POST', '/v1/sessions', { body: { recipient: RECIPIENT } }));
      const { session_uuid } = (await sent.json()) as { session_uuid: string };
      const code = await service.codeFor(session_uuid);
      const wrong = code === '999999' ? '888888' : '999999';
      await record(await service.call('POST', `/v1/sessions/${session_uuid}/validate`, { body: { otp: wrong } }));
      await record(
        await service.call('POST', `/v1/sessions/${session_uuid}/validate?strict=true`, { body: { otp: wrong } }),
      );
      await record(await service.call('POST', `/v1/sessions/${session_uuid}/validate`, { body: { otp: `${code}x` } }));
      await record(await service.call('POST', `/v1/sessions/${session_uuid}/validate`, { body: { otp: code } }));
      await record(await service.call('POST', `/v1/sessions/${session_uuid}/validate`, { body: { otp: code } }));
      await record(await service.call('GET', `/v1/sessions/${session_uuid}`));
      await record(await service.call('POST', '/v1/sessions', { body: { recipient: RECIPIENT } })); // per-recipient 429
      await record(
        await service.call('POST', '/v1/sessions', { body: { recipient: '+447700900123', colour: RECIPIENT } }),
      );
      await record(await service.call('POST', '/v1/sessions', { body: { recipient: '+917700900123' } }));
      await record(await service.call('POST', '/v1/sessions', { body: { recipient: `${RECIPIENT}0000000` } }));
      await record(
        await service.call('POST', '/v1/sessions', {
          body: { recipient: RECIPIENT },
          headers: { authorization: AUTH_TOKEN },
        }),
      );
      await fetch(`${sandbox.url}/__sandbox/faults`, {
        method: 'POST',
        body: JSON.stringify({ faults: [{ fault: 'reset-after', probability: 1 }] }),
        headers: { 'content-type': 'application/json' },
      });
      await record(await service.call('POST', '/v1/sessions', { body: { recipient: '+14155558888' } }));
      await record(await service.call('POST', `/v1/sessions/${session_uuid}/validate`, { body: { otp: code } }));
      await record(await service.call('GET', '/openapi.json'));
      expect(created.status).toBe(201);
      expect(seen.length).toBeGreaterThan(14);
      const statuses = new Set(seen.map((line) => line.slice(0, 3)));
      for (const status of ['200', '201', '401', '403', '422', '429', '502']) expect(statuses).toContain(status);
      for (const line of seen) {
        expect(line).not.toContain(AUTH_TOKEN);
        // Every number this test sends, not only the main one.
        for (const number of [RECIPIENT.slice(1), '447700900123', '917700900123', '14155558888'])
          expect(line).not.toContain(number);
        expect(line).not.toMatch(new RegExp(`(?<!\\d)${code}(?!\\d)`));
        expect(line).not.toMatch(/at .+\.(ts|js|mjs):\d+/); // no stack traces
      }
    } finally {
      await sandbox.close();
    }
  });
});
