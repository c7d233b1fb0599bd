// The ways n8n itself could make Send Code send a second code (or Check Code check a code again): Retry On Fail,
// a run stopped midway and re-run, a "retry" hint after an answer Plivo may already have acted on, and a recipient
// that is not text.
import { type RunningSandbox, startSandbox } from '@plivo-verify/sandbox';
import type { IDataObject, IHttpRequestOptions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PlivoVerify } from '../nodes/PlivoVerify/PlivoVerify.node';
import { type FakeExecuteOptions, fakeExecute } from './fake-execute-functions';
import { resetSandbox } from './sandbox-reset';

let sandbox: RunningSandbox;
let credentials: FakeExecuteOptions['credentials'];

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  credentials = { authId: sandbox.authId, authToken: sandbox.authToken, advanced: true, baseUrl: sandbox.url };
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(() => resetSandbox(sandbox));

type Options = Omit<FakeExecuteOptions, 'credentials'>;

async function attempt(options: Options) {
  const fake = fakeExecute({ credentials, ...options });
  return new PlivoVerify().execute.call(fake.context).then(
    (output) => ({ output: output[0] ?? [], error: undefined as unknown, requests: fake.requests }),
    (error: unknown) => ({ output: [] as INodeExecutionData[], error, requests: fake.requests }),
  );
}

/**
 * n8n-core 2.8.4's loop (workflow-execute.js, "for (let tryIndex = 0; tryIndex < maxTries…"): with Retry On Fail
 * the node runs again when it throws, and also while the first output item has `json.error`, every item each time.
 */
async function runLikeN8n(options: Options) {
  const maxTries = options.node?.retryOnFail === true ? Math.min(5, Math.max(2, options.node.maxTries ?? 3)) : 1;
  let last = await attempt(options);
  for (let tryIndex = 1; tryIndex < maxTries; tryIndex++) {
    if (last.error === undefined && last.output[0]?.json.error === undefined) break;
    last = await attempt(options);
  }
  return last;
}

async function messages(): Promise<{ recipient: string; code: string }[]> {
  const answer = (await fetch(`${sandbox.url}/__sandbox/messages`).then((r) => r.json())) as {
    messages: { recipient: string; code: string }[];
  };
  return answer.messages;
}

/** Forwards to the sandbox (Basic auth as n8n adds it), with X-Sandbox-Fault on the requests `faultFor` picks. */
function forward(faultFor: (body: string) => string | undefined) {
  return async (request: IHttpRequestOptions) => {
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(request.headers ?? {})) headers[key] = String(value);
    headers.authorization = `Basic ${Buffer.from(`${sandbox.authId}:${sandbox.authToken}`).toString('base64')}`;
    const body = typeof request.body === 'string' ? request.body : undefined;
    const fault = body === undefined ? undefined : faultFor(body);
    if (fault !== undefined) headers['x-sandbox-fault'] = fault;
    const response = await fetch(request.url, {
      method: request.method ?? 'GET',
      headers,
      ...(body === undefined ? {} : { body }),
    });
    return { statusCode: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
  };
}

const RETRY = { retryOnFail: true, maxTries: 3, waitBetweenTries: 0 } as const;
const THREE = [{ recipient: 'not-a-number' }, { recipient: '+14155550101' }, { recipient: '+14155550102' }];

describe('Retry On Fail', () => {
  it('Send Code refuses to run with Retry On Fail, before any request, saying why (no second codes)', async () => {
    const { error, requests } = await runLikeN8n({
      items: THREE,
      shared: { operation: 'create', channel: 'sms' },
      continueOnFail: true,
      node: RETRY,
    });
    expect(error).toBeInstanceOf(NodeOperationError);
    const nodeError = error as NodeOperationError;
    expect(nodeError.message).toContain('Retry On Fail');
    expect(nodeError.description).toContain('second');
    expect(nodeError.description).toContain('every item');
    expect(requests).toHaveLength(0);
    expect(await messages()).toHaveLength(0);
  });

  it('Check Code refuses too, so a right code is not checked again into already_verified', async () => {
    const sent = await attempt({ items: [{ operation: 'create', recipient: '+14155550199', channel: 'sms' }] });
    const sessionUuid = String(sent.output[0]?.json.session_uuid);
    const code = (await messages())[0]?.code;
    const { error, requests } = await runLikeN8n({
      items: [
        { session_uuid: sessionUuid, otp: '12' },
        { session_uuid: sessionUuid, otp: code },
      ],
      shared: { operation: 'validate' },
      continueOnFail: true,
      node: RETRY,
    });
    expect((error as NodeOperationError).message).toContain('Retry On Fail');
    expect((error as NodeOperationError).description).toContain('already_verified');
    expect(requests).toHaveLength(0);
    // The code is still good: checked once, without Retry On Fail, it is valid.
    const checked = await attempt({ items: [{ operation: 'validate', session_uuid: sessionUuid, otp: code }] });
    expect(checked.output[0]?.json).toMatchObject({ valid: true, reason: null });
  });

  it('Get and Get Many keep Retry On Fail (reading changes nothing)', async () => {
    const { output, error } = await runLikeN8n({
      items: [{}],
      shared: { operation: 'getAll', returnAll: false, limit: 5 },
      node: RETRY,
    });
    expect(error).toBeUndefined();
    expect(output).toEqual([]);
    const get = await runLikeN8n({
      items: [{ operation: 'get', session_uuid: '3f1c1e5e-6a4a-4c55-9a58-9a3f6d1c0b11' }],
      node: RETRY,
    });
    expect((get.error as NodeApiError).httpCode).toBe('404');
  });
});

describe('a run stopped midway (no Continue On Fail)', () => {
  it('Send Code: the error lists the sessions already sent (not the numbers) and says a re-run resends them', async () => {
    const { error } = await attempt({
      items: [{ recipient: '+14155550101' }, { recipient: '+14155550102' }, { recipient: '+14155550103' }],
      shared: { operation: 'create', channel: 'sms', settings: { concurrency: 1 } },
      http: forward((body) => (body.includes('4155550102') ? 'status=500' : undefined)),
    });
    expect(error).toBeInstanceOf(NodeApiError);
    const nodeError = error as NodeApiError;
    expect(nodeError.context.itemIndex).toBe(1);
    const sent = await messages();
    expect(sent.map((message) => message.recipient.slice(-4))).toEqual(['0101']);
    const description = String(nodeError.description);
    const sessions = (
      (await fetch(`${sandbox.url}/__sandbox/messages`).then((r) => r.json())) as {
        messages: { session_uuid: string }[];
      }
    ).messages.map((message) => message.session_uuid);
    expect(description).toContain('1 item already went through');
    expect(description).toContain(String(sessions[0]));
    expect(description).toContain('second code');
    expect(description).toContain('Continue (using error output)');
    // The failing item's own 5xx: maybe sent, never "retry".
    expect(description).toContain('may have been sent');
    const serialised = JSON.stringify({ ...nodeError, message: nodeError.message, description });
    for (const digits of ['4155550101', '4155550102', '4155550103']) expect(serialised).not.toContain(digits);
  });

  it('Check Code: the error lists the sessions already checked, never the codes', async () => {
    const sent = await attempt({
      items: [{ recipient: '+14155550111' }, { recipient: '+14155550112' }],
      shared: { operation: 'create', channel: 'sms' },
    });
    const [first, second] = sent.output.map((item) => String(item.json.session_uuid));
    const codes = Object.fromEntries(
      (
        (await fetch(`${sandbox.url}/__sandbox/messages`).then((r) => r.json())) as {
          messages: { session_uuid: string; code: string }[];
        }
      ).messages.map((message) => [message.session_uuid, message.code]),
    );
    const { error } = await attempt({
      items: [
        { session_uuid: first, otp: codes[String(first)] },
        { session_uuid: second, otp: codes[String(second)] },
      ],
      shared: { operation: 'validate', settings: { concurrency: 1 } },
      http: forward((body) => (body.includes(String(codes[String(second)])) ? 'status=502' : undefined)),
    });
    const nodeError = error as NodeApiError;
    expect(nodeError.context.itemIndex).toBe(1);
    const description = String(nodeError.description);
    expect(description).toContain(`sessions ${first}`);
    expect(description).toContain('checks those codes again');
    expect(description).toContain('may have been accepted');
    expect(description).not.toContain(String(codes[String(first)]));
    expect(description).not.toContain(String(codes[String(second)]));
  });
});

describe('answers Plivo may already have acted on', () => {
  const answers = {
    'a 5xx': { statusCode: 502, headers: {}, body: '{"api_id":"x","error":"bad gateway"}' },
    'a 2xx without a session': {
      statusCode: 200,
      headers: { 'content-type': 'application/json' },
      body: '{"api_id":"x","message":"Session initiated"}',
    },
    'a 2xx that is not JSON': { statusCode: 200, headers: { 'content-type': 'text/html' }, body: '<html>ok</html>' },
  } as const;

  it.each([
    ['create', 'a 5xx', 'may have been sent'],
    ['create', 'a 2xx without a session', 'may have been sent'],
    ['validate', 'a 5xx', 'may have been accepted'],
    ['validate', 'a 2xx that is not JSON', 'may have been accepted'],
  ] as const)('%s after %s: the hint says "%s", never "retry"', async (operation, what, wording) => {
    const item: IDataObject =
      operation === 'create'
        ? { operation, recipient: '+14155550101', channel: 'sms' }
        : { operation, session_uuid: '3f1c1e5e-6a4a-4c55-9a58-9a3f6d1c0b11', otp: '123456' };
    const { error } = await attempt({ items: [item], http: async () => answers[what] });
    expect(error).toBeInstanceOf(NodeApiError);
    expect((error as NodeApiError).context.itemIndex).toBe(0);
    const description = String((error as NodeApiError).description);
    expect(description).toContain(wording);
    expect(description.toLowerCase()).not.toContain('retry');
  });
});

describe('a recipient that is not text', () => {
  it.each([
    [14155550101, 'a number'],
    [[14155550101], 'a list'],
    [['+14155550101'], 'a list'],
    [{ number: '+14155550101' }, 'an object'],
  ])('refuses %j naming Recipient, before any request', async (recipient, kind) => {
    const { error, requests } = await attempt({
      items: [{ recipient }],
      shared: { operation: 'create', channel: 'sms' },
    });
    expect(error).toBeInstanceOf(NodeOperationError);
    expect((error as NodeOperationError).message).toBe(`Recipient: expected text, got ${kind}`);
    expect(requests).toHaveLength(0);
  });

  it('refuses a Session UUID given as a list, for Get', async () => {
    const { error, requests } = await attempt({
      items: [{ operation: 'get', session_uuid: ['3f1c1e5e-6a4a-4c55-9a58-9a3f6d1c0b11'] }],
    });
    expect((error as NodeOperationError).message).toBe('Session UUID: expected text, got a list');
    expect(requests).toHaveLength(0);
  });
});
