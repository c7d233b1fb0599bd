import { createRequire } from 'node:module';
import { PLIVO_API_BASE_URL } from '@plivo-verify/core/pure';
import { type RunningSandbox, startSandbox } from '@plivo-verify/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import zapier from 'zapier-platform-core';
import { z } from 'zod/v4';
import type { ActionDescriptor } from './action-descriptor.js';
import { checkCode } from './descriptors.js';
import { createZapierApp, type ZapierAction, type ZapierApp, type ZapierZ } from './zapier.js';

// Zapier's own compile step (functions → references), then zapier-platform-schema's validateAppDefinition
// (what `validateApp` calls), exactly as `zapier validate` does offline.
const { compileApp, validateApp } = createRequire(import.meta.url)('zapier-platform-core/src/tools/schema') as {
  compileApp: (app: unknown) => unknown;
  validateApp: (compiled: unknown) => unknown[];
};
const validate = (app: unknown) => ({ errors: validateApp(compileApp(app)) });

type Tester = (perform: unknown, bundle: Record<string, unknown>) => Promise<unknown>;

describe('Zapier app generated from the descriptors', () => {
  let sandbox: RunningSandbox;
  let app: ZapierApp;
  let appTester: Tester;
  let auth: { username: string; password: string };

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    app = createZapierApp({ baseUrl: sandbox.url });
    appTester = zapier.createAppTester(app as never) as unknown as Tester;
    auth = { username: sandbox.authId, password: sandbox.authToken };
  });
  afterAll(() => sandbox.close());

  const op = (group: 'creates' | 'searches', key: string) => (app[group][key] as ZapierAction).operation.perform;
  const requests = async () =>
    ((await fetch(`${sandbox.url}/__sandbox/requests`).then((r) => r.json())) as { requests: unknown[] }).requests
      .length;

  it('passes zapier-platform-schema validation: Basic auth, two creates, one search', () => {
    const result = validate(app);
    expect(result.errors).toEqual([]);
    expect(app.authentication.type).toBe('basic');
    expect(Object.keys(app.creates)).toEqual(['send_code', 'check_code']);
    expect(Object.keys(app.searches)).toEqual(['get_session']);
    const recipient = app.creates.send_code?.operation.inputFields.find((f) => f.key === 'recipient');
    expect(recipient).toMatchObject({ required: true, type: 'string' });
    const channel = app.creates.send_code?.operation.inputFields.find((f) => f.key === 'channel');
    expect(channel?.choices?.map((c) => c.value)).toEqual(['sms', 'voice']);
  });

  it('a send whose answer is lost and cannot be looked up halts the Zap (no Autoreplay), and sends once', async () => {
    const setFaults = (faults: unknown[]) =>
      fetch(`${sandbox.url}/__sandbox/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ faults }),
      });
    const recipient = '+14155550177';
    await setFaults([
      { fault: 'reset-after', probability: 1, operation: 'create' },
      { fault: 'status=500', probability: 1, operation: 'list' },
    ]);
    try {
      const failure = await appTester(op('creates', 'send_code'), { authData: auth, inputData: { recipient } }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(zapier.errors.HaltedError);
      expect(String((failure as Error).message).split('\n')[0]).toMatch(/look the session up/);
      // Our message (zapier-platform-core appends its own "What happened" account of the bundle below it).
      expect(String((failure as Error).message).split('\n')[0]).not.toContain('4155550177');
    } finally {
      await setFaults([]);
    }
    const { messages } = (await fetch(`${sandbox.url}/__sandbox/messages?recipient=14155550177`).then((r) =>
      r.json(),
    )) as { messages: unknown[] };
    expect(messages).toHaveLength(1);
  });

  it('a schema error is reported (the validation can fail)', () => {
    const broken = { ...app, creates: { ...app.creates, 'bad key!': app.creates.send_code } };
    expect(validate(broken).errors.length).toBeGreaterThan(0);
  });

  it('auth test, send, wrong code, right code and find run offline against the sandbox', async () => {
    await appTester(app.authentication.test, { authData: auth, inputData: {} });
    const sent = (await appTester(op('creates', 'send_code'), {
      authData: auth,
      inputData: { recipient: '+14155550142', channel: 'sms', code_length: 6 },
    })) as { session_uuid: string };
    expect(sent.session_uuid).toMatch(/^[0-9a-f-]{36}$/);
    const { messages } = (await fetch(`${sandbox.url}/__sandbox/messages?session_uuid=${sent.session_uuid}`).then((r) =>
      r.json(),
    )) as {
      messages: Array<{ code: string }>;
    };
    const code = String(messages[0]?.code);
    const wrong = await appTester(op('creates', 'check_code'), {
      authData: auth,
      inputData: { session_uuid: sent.session_uuid, otp: code === '000000' ? '111111' : '000000' },
    });
    expect(wrong).toMatchObject({ valid: false, reason: 'wrong_code' });
    const right = await appTester(op('creates', 'check_code'), {
      authData: auth,
      inputData: { session_uuid: sent.session_uuid, otp: code },
    });
    expect(right).toMatchObject({ valid: true });
    const found = (await appTester(op('searches', 'get_session'), {
      authData: auth,
      inputData: { session_uuid: sent.session_uuid },
    })) as Array<Record<string, unknown>>;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ status: 'verified', recipient: '+14*****0142' });
    const none = await appTester(op('searches', 'get_session'), {
      authData: auth,
      inputData: { session_uuid: '4124e518-a8c9-4feb-8cff-d86636ba9234' },
    });
    expect(none).toEqual([]);
  });

  it('bad input is refused before any request, naming the field; bad credentials fail the auth test', async () => {
    const before = await requests();
    await expect(
      appTester(op('creates', 'send_code'), { authData: auth, inputData: { recipient: 'call me maybe' } }),
    ).rejects.toThrow(/recipient/);
    expect(await requests()).toBe(before);
    await expect(
      appTester(app.authentication.test, {
        authData: { username: sandbox.authId, password: 'wrong-token' },
        inputData: {},
      }),
    ).rejects.toThrow();
  });

  it('bad input names fields the way the HTTP service does: a key that could be a phone number is not echoed', async () => {
    // A nested object is the one way an unknown key reaches the schema (top-level keys come from the field list).
    const input = z.object({ session_uuid: z.string(), meta: z.strictObject({ note: z.string().optional() }) });
    const odd: ActionDescriptor<typeof input> = {
      ...(checkCode as unknown as ActionDescriptor<typeof input>),
      key: 'odd_input',
      input,
      perform: async () => ({}),
    };
    const oddApp = createZapierApp({ baseUrl: sandbox.url, descriptors: [odd as unknown as ActionDescriptor] });
    const tester = zapier.createAppTester(oddApp as never) as unknown as Tester;
    const failure = await tester((oddApp.creates.odd_input as ZapierAction).operation.perform, {
      authData: auth,
      inputData: { session_uuid: 'x', meta: { '+14155550199': '1', note_2: 'y' } },
    }).then(
      () => new Error('no error'),
      (error: unknown) => error as Error,
    );
    expect(failure.message).toMatch(/meta\.note_2: unknown field/);
    expect(failure.message).toMatch(/meta\.\(unrecognised key, not shown\): unknown field/);
    expect(failure.message).not.toMatch(/14155550199/);
  });

  it("calls core's PLIVO_API_BASE_URL when no base URL is given", async () => {
    const urls: string[] = [];
    const z: ZapierZ = {
      request: async (request) => {
        urls.push(request.url);
        return { status: 401, content: '{"error":"authentication failed"}', headers: new Headers() };
      },
      errors: { Error, HaltedError: Error },
    };
    const plain = createZapierApp();
    await expect(plain.authentication.test(z, { authData: auth, inputData: {} })).rejects.toThrow();
    expect(urls).toHaveLength(1);
    expect(urls[0]?.startsWith(`${PLIVO_API_BASE_URL}/v1/Account/`)).toBe(true);
  });
});
