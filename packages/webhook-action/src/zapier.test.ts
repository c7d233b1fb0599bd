import { createRequire } from 'node:module';
import { type RunningSandbox, startSandbox } from '@plivo-verify/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import zapier from 'zapier-platform-core';
import { createZapierApp, type ZapierAction, type ZapierApp } from './zapier.js';

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
});
