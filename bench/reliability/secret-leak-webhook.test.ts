import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RunningSandbox } from '@plivo-verify/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allSentCodes,
  findLeaks,
  LEAK_AUTH_ID,
  LEAK_PHONE,
  LEAK_TOKEN,
  LEAK_WRONG_OTP,
  leakSecrets,
  sandboxCodeFor,
  startLeakSandboxes,
  withEachFault,
} from './leak-scan.js';

// The webhook service as it is deployed: its bin (`plivo-verify-webhook`) as a separate process, configured from
// the environment with a recognisable Plivo token, over real HTTP, in front of the sandbox. Every route, success and
// failure statuses (the service's own: auth, validation, fraud guards, limits; and Plivo's: 401, 404, 429, 5xx,
// connection reset before or after processing). Scanned: every response's status line, headers and body, and
// everything the process printed.
const BIN = fileURLToPath(new URL('../../packages/webhook-action/bin/plivo-verify-webhook.js', import.meta.url));
const API_KEY = 'leak_scan_key_0123456789abcdef';
const UNKNOWN_SESSION = '5f4c0a8e-1b2d-4e3f-9a8b-7c6d5e4f3a2b';

interface Service {
  readonly url: string;
  readonly printed: () => string;
  stop(): Promise<void>;
}

/** Starts the bin on a free port; resolves once it prints where it listens. */
function startService(plivoUrl: string, env: Record<string, string> = {}): Promise<Service> {
  const child: ChildProcess = spawn(process.execPath, [BIN, '--port', '0', '--host', '127.0.0.1'], {
    env: {
      PATH: process.env.PATH ?? '',
      PLIVO_AUTH_ID: LEAK_AUTH_ID,
      PLIVO_AUTH_TOKEN: LEAK_TOKEN,
      PLIVO_API_URL: plivoUrl,
      WEBHOOK_API_KEYS: API_KEY,
      WEBHOOK_RECIPIENT_LIMIT_PER_HOUR: '0',
      WEBHOOK_RATE_LIMIT_PER_MINUTE: '0',
      WEBHOOK_ALLOWED_COUNTRY_CODES: '1,44',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the webhook service did not start in 60 s:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({
          url,
          printed: () => output,
          async stop() {
            if (child.exitCode === null) child.kill('SIGTERM');
            const guard = setTimeout(() => child.kill('SIGKILL'), 10_000);
            await exited;
            clearTimeout(guard);
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the webhook service exited with ${code}:\n${output}`));
    });
  });
}

describe('secret-leak scan of the webhook service (bin, real HTTP)', () => {
  let sandbox: RunningSandbox;
  let refusing: RunningSandbox;
  const services: Service[] = [];
  const seen: Array<[string, string]> = [];
  const statuses = new Set<number>();
  const codes: string[] = [];
  let sessionUuid = '';

  async function call(
    label: string,
    service: Service,
    method: string,
    path: string,
    init: { json?: unknown; form?: string; headers?: Record<string, string>; key?: string | null } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = {};
    if (init.key !== null) headers.authorization = `Bearer ${init.key ?? API_KEY}`;
    let body: string | undefined;
    if (init.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.json);
    } else if (init.form !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = init.form;
    }
    Object.assign(headers, init.headers);
    const response = await fetch(`${service.url}${path}`, { method, headers, ...(body ? { body } : {}) });
    statuses.add(response.status);
    const text = await response.clone().text();
    seen.push([
      `${label} → ${response.status}`,
      `${response.status} ${JSON.stringify([...response.headers])}\n${text}`,
    ]);
    return response;
  }

  beforeAll(async () => {
    ({ sandbox, refusing } = await startLeakSandboxes());
    const [main, refused, limited] = await Promise.all([
      startService(sandbox.url),
      startService(refusing.url),
      startService(sandbox.url, { WEBHOOK_RECIPIENT_LIMIT_PER_HOUR: '1', WEBHOOK_RATE_LIMIT_PER_MINUTE: '4' }),
    ]);
    if (!main || !refused || !limited) throw new Error('a service did not start');
    services.push(main, refused, limited);
    const recipient = `+${LEAK_PHONE}`;

    // Success, and the results that fail: send, replay (same Idempotency-Key), get, wrong code (plain and strict),
    // malformed code, right code (form body), used code.
    const sent = await call('send', main, 'POST', '/v1/sessions', {
      json: { recipient, brand_name: 'Leak scan' },
      headers: { 'idempotency-key': 'leak-scan-0001' },
    });
    sessionUuid = ((await sent.json()) as { session_uuid: string }).session_uuid;
    expect(sessionUuid).toMatch(/^[0-9a-f-]{36}$/);
    const code = await sandboxCodeFor(sandbox.url, sessionUuid);
    codes.push(code);
    await call('replay', main, 'POST', '/v1/sessions', {
      json: { recipient, brand_name: 'Leak scan' },
      headers: { 'idempotency-key': 'leak-scan-0001' },
    });
    await call('same key, other body', main, 'POST', '/v1/sessions', {
      json: { recipient, brand_name: 'Other' },
      headers: { 'idempotency-key': 'leak-scan-0001' },
    });
    await call('get', main, 'GET', `/v1/sessions/${sessionUuid}`);
    const validate = `/v1/sessions/${sessionUuid}/validate`;
    await call('wrong code', main, 'POST', validate, { json: { otp: LEAK_WRONG_OTP } });
    await call('wrong code strict', main, 'POST', `${validate}?strict=true`, { json: { otp: LEAK_WRONG_OTP } });
    await call('malformed code', main, 'POST', validate, { json: { otp: `${code}x` } });
    await call('right code (form)', main, 'POST', validate, { form: `otp=${code}` });
    await call('used code', main, 'POST', validate, { json: { otp: code } });
    await call('used code strict', main, 'POST', `${validate}?strict=true`, { json: { otp: code } });
    for (const path of ['/openapi.json', '/swagger.json', '/healthz', '/nope']) await call(path, main, 'GET', path);

    // The service's own refusals, with secrets in the request.
    await call('no key', main, 'POST', '/v1/sessions', { json: { recipient }, key: null });
    await call('token as key', main, 'POST', '/v1/sessions', { json: { recipient }, key: LEAK_TOKEN });
    await call('bad recipient', main, 'POST', '/v1/sessions', { json: { recipient: `${recipient}999999` } });
    await call('token as recipient', main, 'POST', '/v1/sessions', { json: { recipient: LEAK_TOKEN } });
    await call('unknown field', main, 'POST', '/v1/sessions', { json: { recipient, colour: recipient } });
    await call('bad code length', main, 'POST', '/v1/sessions', { json: { recipient, code_length: 12 } });
    await call('blocked country', main, 'POST', '/v1/sessions', { json: { recipient: '+919876543210' } });
    await call('malformed json', main, 'POST', '/v1/sessions', {
      form: `{"recipient":"${recipient}"`,
      headers: { 'content-type': 'application/json' },
    });
    // A JSON body posted as a form arrives as one key holding the whole body; a number or code used as a key.
    await call('json posted as a form', main, 'POST', '/v1/sessions', { form: `{"recipient":"${recipient}"}` });
    await call('phone and code as keys', main, 'POST', '/v1/sessions', {
      json: { recipient, [recipient]: 1, [`otp${code}`]: 1 },
    });
    await call('phone and code as uuid', main, 'POST', `/v1/sessions/${LEAK_PHONE}-${code}/validate`, {
      json: { otp: code },
    });
    await call('wrong method', main, 'DELETE', `/v1/sessions/${sessionUuid}`);
    // The service's limits: per recipient (second send) and per key.
    for (let i = 0; i < 5; i++) {
      await call(`limited send ${i}`, limited, 'POST', '/v1/sessions', { json: { recipient } });
    }
    // Plivo refusing: 401 (another token), 404 (unknown session).
    await call('401 send', refused, 'POST', '/v1/sessions', { json: { recipient } });
    await call('401 validate', refused, 'POST', validate, { json: { otp: code } });
    await call('401 get', refused, 'GET', `/v1/sessions/${sessionUuid}`);
    await call('404 get', main, 'GET', `/v1/sessions/${UNKNOWN_SESSION}`);
    await call('404 validate', main, 'POST', `/v1/sessions/${UNKNOWN_SESSION}/validate`, { json: { otp: code } });
    // Plivo failing (each fault on every request).
    await withEachFault(sandbox.url, (fault) =>
      Promise.all([
        call(`${fault} send`, main, 'POST', '/v1/sessions', { json: { recipient } }),
        call(`${fault} validate`, main, 'POST', validate, { json: { otp: LEAK_WRONG_OTP } }),
        call(`${fault} get`, main, 'GET', `/v1/sessions/${sessionUuid}`),
      ]),
    );
    codes.push(...(await allSentCodes(sandbox.url)));
  }, 180_000);
  afterAll(async () => {
    for (const service of services) await service.stop();
    await sandbox?.close();
    await refusing?.close();
  });

  it('covered every route with success and failure statuses, the service’s and Plivo’s', () => {
    for (const status of [200, 201, 400, 401, 403, 404, 422, 429, 502])
      expect(statuses, String(status)).toContain(status);
    const labels = seen.map(([label]) => label);
    for (const label of ['send → 201', 'get → 200', 'right code (form) → 200', '/openapi.json → 200']) {
      expect(labels).toContain(label);
    }
    for (const fault of ['status=429', 'status=500', 'reset-after']) {
      expect(
        labels.some((label) => label.startsWith(`${fault} send → 5`) || label.startsWith(`${fault} send → 4`)),
      ).toBe(true);
    }
    expect(seen.length).toBeGreaterThanOrEqual(45);
    expect(codes.length).toBeGreaterThan(1);
  });

  it('no token, code, full phone number or Basic credentials in any status, header or body', () => {
    expect(findLeaks(seen, leakSecrets(codes))).toEqual([]);
  });

  it('nothing secret printed by the service processes', () => {
    const printed = services.map((service, index): [string, string] => [`service ${index} output`, service.printed()]);
    expect(findLeaks(printed, leakSecrets(codes))).toEqual([]);
  });
});
