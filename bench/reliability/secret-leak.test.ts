import { inspect } from 'node:util';
import { axiosTransport, createVerifyClient, type Transport, type VerifyClient } from '@plivo-verify/core';
import { type RunningSandbox, startSandbox } from '@plivo-verify/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretForms } from '../../packages/core/src/redact.js';

// Core's failing paths, end to end over real sockets, with a recognisable auth token, a real 8-digit code and a
// full phone number: none of them (nor the token or Basic credentials in any form core redacts) may show in anything a caller can see:
// messages, stacks, JSON, util.inspect with hidden fields and causes, results, or stdout/stderr.
const AUTH_ID = 'MALEAKTEST0000000001';
const TOKEN = 'LeakTok3n-Zq8Wx7Vy6Ut5';
const PHONE = '14155550123';
const DEFAULT_APP = '00000000-0000-4000-8000-000000000001';
const WRONG_OTP = '73917468';

function headerFault(fault: string): Transport {
  const real = axiosTransport();
  return (request) => real({ ...request, headers: { ...request.headers, 'x-sandbox-fault': fault } });
}

describe('secret-leak scan of core failing paths', () => {
  let sandbox: RunningSandbox;
  let otp: string;
  let sessionUuid: string;
  const captured: string[] = [];
  const surfaces: Array<[string, string]> = [];
  const secrets = () => [...secretForms(AUTH_ID, TOKEN), otp, WRONG_OTP, PHONE];

  const client = (options: Partial<Parameters<typeof createVerifyClient>[0]> = {}): VerifyClient =>
    createVerifyClient({ authId: AUTH_ID, authToken: TOKEN, baseUrl: sandbox.url, retry: false, ...options });

  /** Runs one failing path and keeps every view of its outcome. */
  async function scan(label: string, run: () => unknown): Promise<void> {
    try {
      const result = await run();
      surfaces.push([`${label} result`, `${JSON.stringify(result)} ${inspect(result, { depth: null })}`]);
    } catch (error) {
      const views = [
        String(error),
        (error as Error).stack ?? '',
        JSON.stringify(error),
        inspect(error, { depth: null, showHidden: true }),
      ];
      surfaces.push([`${label} error`, views.join('\n')]);
    }
  }

  beforeAll(async () => {
    sandbox = await startSandbox({
      port: 0,
      rateLimit: false,
      accounts: [{ authId: AUTH_ID, authToken: TOKEN }],
      apps: [{ app_uuid: DEFAULT_APP, alias: 'default_verify_app', code_length: 8 }],
    });
    const created = await client().sessions.create({ recipient: `+${PHONE}` });
    sessionUuid = created.session_uuid;
    const { messages } = (await fetch(`${sandbox.url}/__sandbox/messages?session_uuid=${sessionUuid}`).then((r) =>
      r.json(),
    )) as { messages: Array<{ code: string }> };
    otp = messages[0]?.code ?? '';
    expect(otp).toMatch(/^[0-9]{8}$/);

    // Everything written to stdout/stderr while the failing paths run is kept too.
    const out = process.stdout.write.bind(process.stdout);
    const err = process.stderr.write.bind(process.stderr);
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      captured.push(String(chunk));
      return out(chunk, ...rest);
    }) as typeof process.stdout.write;
    process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      captured.push(String(chunk));
      return err(chunk, ...rest);
    }) as typeof process.stderr.write;
    try {
      const calls = (c: VerifyClient, name: string) => [
        scan(`${name} create`, () => c.sessions.create({ recipient: `+${PHONE}` })),
        scan(`${name} validate`, () => c.sessions.validate(sessionUuid, otp)),
        scan(`${name} get`, () => c.sessions.get(sessionUuid)),
        scan(`${name} list`, () => c.sessions.list({ recipient: PHONE })),
      ];
      // Refused credentials: the sandbox knows another token for this account.
      const other = await startSandbox({ port: 0, rateLimit: false, accounts: [{ authId: AUTH_ID, authToken: 'x' }] });
      await Promise.all(calls(client({ baseUrl: other.url }), '401'));
      await other.close();
      // Every injected fault.
      for (const fault of ['status=500', 'status=503', 'status=429', 'reset-before', 'reset-after', 'timeout']) {
        await Promise.all(calls(client({ transport: headerFault(fault), timeoutMs: 300 }), fault));
      }
      // Nobody listening.
      await Promise.all(calls(client({ baseUrl: 'http://127.0.0.1:9' }), 'refused'));
      // Bad input, with secrets in it.
      await scan('bad token', () => createVerifyClient({ authId: AUTH_ID, authToken: `${TOKEN}\n` }));
      await scan('bad auth id', () => createVerifyClient({ authId: TOKEN, authToken: TOKEN }));
      await scan('bad base url', () => createVerifyClient({ authId: AUTH_ID, authToken: TOKEN, baseUrl: TOKEN }));
      await scan('bad recipient', () => client().sessions.create({ recipient: `+${PHONE}999999` }));
      await scan('bad otp', () => client().sessions.validate(sessionUuid, `${otp}x`));
      await scan('bad uuid', () => client().sessions.validate(`${PHONE}-${otp}`, otp));
      await scan('aborted', () =>
        client().sessions.create({ recipient: `+${PHONE}` }, { signal: AbortSignal.abort() }),
      );
      // Code checks that fail as results: wrong, then verified, then already verified.
      await scan('wrong code', () => client().sessions.validate(sessionUuid, WRONG_OTP));
      await scan('right code', () => client().sessions.validate(sessionUuid, otp));
      await scan('used code', () => client().sessions.validate(sessionUuid, otp));
    } finally {
      process.stdout.write = out;
      process.stderr.write = err;
    }
  }, 60_000);
  afterAll(async () => {
    await sandbox?.close();
  });

  it('covered every path (results and errors)', () => {
    expect(surfaces.length).toBeGreaterThanOrEqual(4 * 8 + 10);
    expect(surfaces.filter(([label]) => label.endsWith('error')).length).toBeGreaterThan(30);
  });

  it('no token, code, full phone number or Basic credentials in any error, result or inspect view', () => {
    for (const [label, text] of surfaces) {
      for (const secret of secrets()) expect(text.includes(secret), `${label} shows ${secret}`).toBe(false);
    }
  });

  it('nothing secret was printed to stdout or stderr', () => {
    const printed = captured.join('');
    for (const secret of secrets()) expect(printed.includes(secret), secret).toBe(false);
  });
});
