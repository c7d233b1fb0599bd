import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fakeClock } from './__fixtures__/fake-clock.js';
import { AUTH_ID, fakeTransport, json, SESSION_UUID } from './__fixtures__/fake-transport.js';
import { send, startLoopback } from './__fixtures__/loopback-server.js';
import { testClient } from './__fixtures__/test-client.js';
import { TransportError } from './transport.js';
import { createVerifyClientWith, type VerifyClient } from './verify-client.js';

const TOKEN = 'tok_9f8e7d6c5b4a39281706';
const OTP = '864209';
const PHONE = '14155550123';

// A hostile server that echoes every secret it saw back in its error text.
const echo = `bad otp ${OTP} for +${PHONE} (token ${TOKEN})`;

function surfaces(error: unknown): string[] {
  const record = error as Record<string, unknown>;
  return [String(record.message), String(error), JSON.stringify(error), inspect(error, { depth: 5 })];
}

function expectClean(error: unknown): void {
  expect(error).toBeInstanceOf(Error);
  for (const text of surfaces(error)) {
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(OTP);
    expect(text).not.toContain(PHONE);
  }
}

const calls: Array<[string, (client: VerifyClient) => Promise<unknown>]> = [
  ['create', (c) => c.sessions.create({ recipient: `+${PHONE}` })],
  ['validate', (c) => c.sessions.validate(SESSION_UUID, OTP)],
  ['get', (c) => c.sessions.get(SESSION_UUID)],
  ['list', (c) => c.sessions.list({ recipient: PHONE })],
];

const statuses = [400, 401, 403, 404, 405, 422, 429, 500, 502, 503];

describe('no secret in any error', () => {
  for (const [name, call] of calls) {
    it.each(statuses)(`${name}: HTTP %i echoing secrets`, async (status) => {
      const transport = fakeTransport(json(status, { api_id: 'x', error: echo }));
      const client = createVerifyClientWith({ authId: AUTH_ID, authToken: TOKEN, transport, clock: fakeClock() });
      const outcome = await call(client).then(
        (value) => value,
        (error: unknown) => error,
      );
      if (outcome instanceof Error) expectClean(outcome);
      else {
        // validate resolves a 400 as valid: false; its message is scrubbed too.
        expect(JSON.stringify(outcome)).not.toContain(OTP);
        expect(JSON.stringify(outcome)).not.toContain(TOKEN);
      }
    });

    it(`${name}: transport failures before and after sending`, async () => {
      for (const phase of ['sent', 'not-sent'] as const) {
        const transport = fakeTransport(new TransportError('ECONNRESET', { phase }));
        const client = createVerifyClientWith({
          authId: AUTH_ID,
          authToken: TOKEN,
          transport,
          clock: fakeClock(),
          retry: false,
        });
        expectClean(await call(client).catch((error: unknown) => error));
      }
    });

    it(`${name}: a foreign transport error carrying the request is not kept`, async () => {
      const leaky = Object.assign(new Error(`request failed Authorization: ${TOKEN} otp=${OTP}`), {
        config: { auth: TOKEN },
      });
      const client = createVerifyClientWith({
        authId: AUTH_ID,
        authToken: TOKEN,
        transport: fakeTransport(leaky),
        clock: fakeClock(),
        retry: false,
      });
      expectClean(await call(client).catch((error: unknown) => error));
    });

    it(`${name}: a non-JSON answer`, async () => {
      const transport = fakeTransport({ status: 200, headers: {}, body: `<html>${echo}</html>` });
      const client = createVerifyClientWith({ authId: AUTH_ID, authToken: TOKEN, transport, clock: fakeClock() });
      expectClean(await call(client).catch((error: unknown) => error));
    });
  }

  it('validation errors do not echo the rejected OTP or the token', async () => {
    const client = createVerifyClientWith({
      authId: AUTH_ID,
      authToken: TOKEN,
      transport: fakeTransport(json(200, {})),
      clock: fakeClock(),
    });
    expectClean(await client.sessions.validate('not-a-uuid', `${OTP}x`).catch((error: unknown) => error));
    expectClean(await client.sessions.create({ recipient: `+${PHONE}`, code_length: 99 }).catch((e: unknown) => e));
  });

  it('axios errors from a real socket reset keep no request config', async () => {
    const server = await startLoopback((_req, res) => res.socket?.destroy());
    try {
      const client = testClient({ authToken: TOKEN, baseUrl: server.url });
      for (const [, call] of calls) expectClean(await call(client).catch((error: unknown) => error));
      const basic = Buffer.from(`${AUTH_ID}:${TOKEN}`).toString('base64');
      const error = await client.sessions.get(SESSION_UUID).catch((e: unknown) => e);
      for (const text of surfaces(error)) expect(text).not.toContain(basic);
    } finally {
      await server.close();
    }
  });

  it('a real 401 over HTTP does not echo the token', async () => {
    const server = await startLoopback((_req, res) => send(res, 401, { error: `bad token ${TOKEN}` }));
    try {
      const client = testClient({ authToken: TOKEN, baseUrl: server.url });
      expectClean(await client.sessions.create({ recipient: PHONE }).catch((error: unknown) => error));
    } finally {
      await server.close();
    }
  });

  describe('encoded forms of the token (an echoing server or proxy)', () => {
    // Characters that URL-encoding and base64 both change.
    const SPECIAL = 'tok/9f+8e=7d&6c?5b';
    const forms = (authId: string) => {
      const basic = Buffer.from(`${authId}:${SPECIAL}`).toString('base64');
      return [SPECIAL, encodeURIComponent(SPECIAL), basic, basic.replace(/=+$/, ''), encodeURIComponent(basic)];
    };

    it.each([400, 401, 403, 429, 500, 503])(
      'HTTP %i echoing the Authorization header and the encoded token',
      async (status) => {
        const server = await startLoopback((req, res) =>
          send(res, status, {
            error: `you sent ${String(req.headers.authorization)} token=${encodeURIComponent(SPECIAL)} b64=${encodeURIComponent(
              String(req.headers.authorization).slice(6),
            )}`,
          }),
        );
        try {
          const client = testClient({ authToken: SPECIAL, baseUrl: server.url, retry: false });
          for (const [name, call] of calls) {
            const outcome = await call(client).catch((error: unknown) => error);
            const texts = outcome instanceof Error ? surfaces(outcome) : [JSON.stringify(outcome), inspect(outcome)];
            for (const text of texts) {
              for (const form of forms(AUTH_ID)) expect(text, `${name} ${status}`).not.toContain(form);
            }
          }
        } finally {
          await server.close();
        }
      },
    );

    it('the Basic credential echoed in URL-safe base64 (a proxy logging it in a URL) is cut', async () => {
      // `:tok>…?` encodes with a `/`, so the URL-safe alphabet differs from the standard one right in the token.
      const token = 'tok>9f8e7d6c5b4a3928?';
      const urlSafe = btoa(`${AUTH_ID}:${token}`).replace(/\+/g, '-').replace(/\//g, '_');
      expect(urlSafe).toContain('_');
      const transport = fakeTransport(json(400, { error: `rejected credential ${urlSafe} in callback url` }));
      const outcome = await testClient({ authToken: token, transport })
        .sessions.create({ recipient: `+${PHONE}` })
        .catch((error: unknown) => error);
      for (const text of surfaces(outcome)) {
        expect(text).toContain('rejected credential [redacted] in callback url');
        expect(text).not.toContain(urlSafe.slice(-16));
      }
    });

    it('a form that contains another is cut whole, leaving no piece of it behind', async () => {
      // URL-encoding a token that ends in `%` gives the token plus `25`: cutting the raw token first leaves `25`.
      const token = 'tok_9f8e7d6c5b4a3928%';
      const transport = fakeTransport(json(400, { error: `bad token=${encodeURIComponent(token)} in query` }));
      const outcome = await testClient({ authToken: token, transport })
        .sessions.create({ recipient: `+${PHONE}` })
        .catch((error: unknown) => error);
      for (const text of surfaces(outcome).slice(0, 2)) expect(text).toContain('bad token=[redacted] in query');
    });
  });

  it('a 4-digit code in a server text is masked (Plivo codes can have 4 digits)', async () => {
    const transport = fakeTransport(json(400, { error: 'code 4821 is still pending for this number' }));
    const outcome = await testClient({ transport })
      .sessions.create({ recipient: `+${PHONE}` })
      .catch((error: unknown) => error);
    expect(outcome).toMatchObject({ code: 'validation', issues: [{ field: 'request' }] });
    for (const text of surfaces(outcome)) {
      expect(text).not.toContain('4821');
      expect(text).toContain('code [redacted] is still pending');
    }
  });
});
