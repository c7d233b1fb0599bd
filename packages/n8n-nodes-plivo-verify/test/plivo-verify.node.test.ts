/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports */

import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer } from 'node:net';
import { PLIVO_ACCOUNT_LIMIT } from '@plivo-verify/core/pure';
import { type RunningSandbox, startSandbox } from '@plivo-verify/sandbox';
import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PlivoVerify } from '../nodes/PlivoVerify/PlivoVerify.node';
import { type FakeExecuteOptions, fakeExecute } from './fake-execute-functions';
import { resetSandbox } from './sandbox-reset';

let sandbox: RunningSandbox;
let credentials: FakeExecuteOptions['credentials'];

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, blockedCountries: ['IN'] });
  credentials = { authId: sandbox.authId, authToken: sandbox.authToken, advanced: true, baseUrl: sandbox.url };
});
afterAll(async () => {
  await sandbox.close();
});
beforeEach(() => resetSandbox(sandbox));

async function run(
  options: Omit<FakeExecuteOptions, 'credentials'> & { credentials?: FakeExecuteOptions['credentials'] },
) {
  const fake = fakeExecute({ credentials, ...options });
  const output = await new PlivoVerify().execute.call(fake.context);
  return { output: output[0] ?? [], requests: fake.requests };
}

async function runError(
  options: Omit<FakeExecuteOptions, 'credentials'> & { credentials?: FakeExecuteOptions['credentials'] },
) {
  const fake = fakeExecute({ credentials, ...options });
  const error = await new PlivoVerify().execute.call(fake.context).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  return { error, requests: fake.requests };
}

async function codeFor(sessionUuid: string): Promise<string> {
  const answer = (await fetch(`${sandbox.url}/__sandbox/messages?session_uuid=${sessionUuid}`).then((r) =>
    r.json(),
  )) as {
    messages: { code: string }[];
  };
  const code = answer.messages[0]?.code;
  if (code === undefined) throw new Error(`no code for ${sessionUuid}`);
  return code;
}

async function sendOne(recipient = '+14155550100'): Promise<string> {
  const { output } = await run({ items: [{ operation: 'create', recipient, channel: 'sms' }] });
  return String(output[0]?.json.session_uuid);
}

describe('Send Code', () => {
  it("shows +14155550100 as the README's masked example, exactly", async () => {
    const { output } = await run({ items: [{ operation: 'create', recipient: '+14155550100', channel: 'sms' }] });
    expect(output[0]?.json.recipient).toBe('+14*****0100');
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const examples = [...readme.matchAll(/`(\+\d+\*+\d+)`/g)].map((match) => match[1]);
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(example).toBe('+14*****0100');
  });

  it('sends one code per item, in input order, with pairedItem and the number masked', async () => {
    const recipients = ['+14155550101', '+14155550102', '+14155550103'];
    const { output, requests } = await run({
      items: recipients.map((recipient) => ({ recipient })),
      shared: {
        operation: 'create',
        channel: 'sms',
        createOptions: { brand_name: 'Acme', locale: '', code_length: 6 },
      },
    });
    expect(output).toHaveLength(3);
    output.forEach((item, index) => {
      expect(item.pairedItem).toEqual({ item: index });
      expect(item.json).toMatchObject({ message: 'Session initiated', channel: 'sms' });
      expect(item.json.session_uuid).toMatch(/^[0-9a-f-]{36}$/);
      expect(item.json.recipient).toMatch(new RegExp(`^\\+1\\d?\\*{5,}${recipients[index]?.slice(-4)}$`));
    });
    // Each output's session belongs to its own input's number.
    for (const [index, item] of output.entries()) {
      const answer = (await fetch(`${sandbox.url}/__sandbox/messages?session_uuid=${item.json.session_uuid}`).then(
        (r) => r.json(),
      )) as { messages: { recipient: string; text: string }[] };
      expect(answer.messages[0]?.recipient.replace('+', '')).toBe(recipients[index]?.replace('+', ''));
      expect(answer.messages[0]?.text).toContain('Acme');
    }
    // n8n adds Basic auth from the credential: the node never puts the token in a header itself.
    for (const request of requests) {
      expect(Object.keys(request.headers ?? {}).map((key) => key.toLowerCase())).not.toContain('authorization');
      expect(JSON.stringify(request)).not.toContain(sandbox.authToken);
      expect(request).toMatchObject({ returnFullResponse: true, ignoreHttpStatusErrors: true, encoding: 'text' });
    }
  });

  it('checks every item before the first request: one bad item sends no code to the others', async () => {
    const { error, requests } = await runError({
      items: [
        { operation: 'create', recipient: '+14155550100' },
        { operation: 'create', recipient: '+1415' },
        { operation: 'create', recipient: '+14155550102' },
      ],
      shared: { channel: 'sms' },
    });
    expect(error).toBeInstanceOf(NodeOperationError);
    const nodeError = error as NodeOperationError;
    expect(nodeError.message).toContain('recipient');
    expect(nodeError.context.itemIndex).toBe(1);
    // A re-run after fixing item 1 would otherwise send items 0 and 2 a second code.
    expect(requests).toHaveLength(0);
  });

  it('rejects a bad option (code length) with the field named, before any request', async () => {
    const { error, requests } = await runError({
      items: [{ operation: 'create', recipient: '+14155550100', channel: 'sms', createOptions: { code_length: 12 } }],
    });
    expect(error).toBeInstanceOf(NodeOperationError);
    expect((error as NodeOperationError).message).toContain('code_length');
    expect(requests).toHaveLength(0);
  });

  it('keeps going with continueOnFail: the bad item becomes an error item, the others are sent', async () => {
    const { output } = await run({
      items: [{ recipient: 'nope' }, { recipient: '+14155550104' }],
      shared: { operation: 'create', channel: 'sms' },
      continueOnFail: true,
    });
    expect(output).toHaveLength(2);
    expect(output[0]?.pairedItem).toEqual({ item: 0 });
    expect(String(output[0]?.json.error)).toContain('recipient');
    // n8n 2.8 sends an item down the error output only when it carries `error` (its json has more than { error }).
    expect(output[0]?.error).toBeInstanceOf(NodeOperationError);
    expect(output[1]?.error).toBeUndefined();
    expect(output[1]?.pairedItem).toEqual({ item: 1 });
    expect(output[1]?.json.session_uuid).toBeTruthy();
  });

  it('turns an API refusal into a NodeApiError without the full phone number', async () => {
    const { error } = await runError({ items: [{ operation: 'create', recipient: '+919876543210', channel: 'sms' }] });
    expect(error).toBeInstanceOf(NodeApiError);
    const nodeError = error as NodeApiError;
    expect(nodeError.httpCode).toBe('403');
    expect(nodeError.context.itemIndex).toBe(0);
    expect(
      JSON.stringify({ ...nodeError, message: nodeError.message, description: nodeError.description }),
    ).not.toContain('9876543210');
  });

  it('reports a wrong token as a 401 NodeApiError that does not contain the token', async () => {
    const wrongToken = 'a-wrong-token-that-must-not-leak';
    const { error } = await runError({
      items: [{ operation: 'create', recipient: '+14155550100', channel: 'sms' }],
      credentials: { ...credentials, authToken: wrongToken },
    });
    expect(error).toBeInstanceOf(NodeApiError);
    const nodeError = error as NodeApiError;
    expect(nodeError.httpCode).toBe('401');
    expect(nodeError.description).toContain('credential');
    const serialised = JSON.stringify({ ...nodeError, message: nodeError.message, description: nodeError.description });
    expect(serialised).not.toContain(wrongToken);
    expect(serialised).not.toContain(sandbox.authToken);
  });

  it('says "maybe sent" and does not send again when the answer is lost', async () => {
    let calls = 0;
    const { error } = await runError({
      items: [{ operation: 'create', recipient: '+14155550100', channel: 'sms' }],
      http: async () => {
        calls++;
        throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      },
    });
    expect(calls).toBe(1);
    expect(error).toBeInstanceOf(NodeApiError);
    expect((error as NodeApiError).description).toContain('may have been sent');
  });

  it('reports a refused connection as a network error naming the base URL setting', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
      });
    });
    const { output } = await run({
      items: [{ operation: 'get', session_uuid: '3f1c1e5e-6a4a-4c55-9a58-9a3f6d1c0b11' }],
      credentials: { ...credentials, baseUrl: `http://127.0.0.1:${closedPort}` },
      continueOnFail: true,
    });
    expect(output[0]?.json.error).toBeTruthy();
    expect(output[0]?.error).toBeInstanceOf(NodeApiError);
    expect(String(output[0]?.json.description)).toContain('base URL');
    // n8n keeps only 'ECONNREFUSED' (as httpCode) of the refused connection: still known not sent, not "maybe sent".
    const created = await run({
      items: [{ operation: 'create', recipient: '+14155550100', channel: 'sms' }],
      credentials: { ...credentials, baseUrl: `http://127.0.0.1:${closedPort}` },
      continueOnFail: true,
    });
    expect(String(created.output[0]?.json.description)).toContain('base URL');
    expect(String(created.output[0]?.json.description)).not.toContain('may have been sent');
  });

  it("a timeout or reset n8n reports on Send Code is 'maybe sent', never retried (only a refused connection is 'not sent')", async () => {
    for (const code of ['ECONNABORTED', 'ECONNRESET', 'ETIMEDOUT']) {
      const { output, requests } = await run({
        items: [{ operation: 'create', recipient: '+14155550100', channel: 'sms' }],
        continueOnFail: true,
        http: async () => {
          throw Object.assign(new Error('socket trouble'), { code });
        },
      });
      expect(requests, code).toHaveLength(1);
      expect(String(output[0]?.json.description), code).toContain('may have been sent');
    }
  });

  it('never follows a redirect: the Basic auth n8n adds stays with the base URL', async () => {
    const elsewhere: string[] = [];
    const other = createHttpServer((req, res) => {
      elsewhere.push(String(req.headers.authorization ?? 'none'));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    const redirecting = createHttpServer((_req, res) => {
      const address = other.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      res.writeHead(307, { location: `http://127.0.0.1:${port}/steal` }).end();
    });
    const listen = (server: HttpServer) =>
      new Promise<number>((resolve) =>
        server.listen(0, '127.0.0.1', () => {
          const address = server.address();
          resolve(typeof address === 'object' && address !== null ? address.port : 0);
        }),
      );
    await listen(other);
    const port = await listen(redirecting);
    try {
      const { output } = await run({
        items: [{ operation: 'get', session_uuid: '3f1c1e5e-6a4a-4c55-9a58-9a3f6d1c0b11' }],
        credentials: { ...credentials, baseUrl: `http://127.0.0.1:${port}` },
        continueOnFail: true,
      });
      expect(output[0]?.error).toBeDefined();
      expect(elsewhere).toEqual([]);
    } finally {
      await new Promise((resolve) => redirecting.close(resolve));
      await new Promise((resolve) => other.close(resolve));
    }
  });

  it('names the credential field core refuses, and makes each item an error item with continueOnFail', async () => {
    const items = [
      { operation: 'create', recipient: '+14155550100', channel: 'sms' },
      { operation: 'create', recipient: '+14155550101', channel: 'sms' },
    ];
    const bad = { ...credentials, authToken: `${sandbox.authToken}\n` };
    const { error, requests } = await runError({ items, credentials: bad });
    expect(error).toBeInstanceOf(NodeOperationError);
    expect((error as NodeOperationError).message).toContain('Auth Token');
    expect((error as NodeOperationError).message).not.toContain('options.');
    expect(requests).toHaveLength(0);
    const { output } = await run({
      items,
      credentials: { ...credentials, baseUrl: 'not a url' },
      continueOnFail: true,
    });
    expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
    expect(String(output[0]?.json.error)).toContain('API Base URL');
    expect(output[1]?.error).toBeInstanceOf(NodeOperationError);
    // A base URL pasted with spaces around it still works.
    const spaced = await run({
      items: items.slice(0, 1),
      credentials: { ...credentials, baseUrl: ` ${sandbox.url} ` },
    });
    expect(spaced.output[0]?.json.session_uuid).toBeTruthy();
  });
});

describe('Check Code', () => {
  it('gives valid: true and reason: null for the right code', async () => {
    const sessionUuid = await sendOne();
    const { output } = await run({
      items: [{ operation: 'validate', session_uuid: sessionUuid, otp: await codeFor(sessionUuid) }],
    });
    expect(output).toEqual([
      {
        json: expect.objectContaining({ valid: true, reason: null, session_uuid: sessionUuid }),
        pairedItem: { item: 0 },
      },
    ]);
  });

  it('gives valid: false with reason wrong_code as a normal item, then already_verified', async () => {
    const sessionUuid = await sendOne();
    const code = await codeFor(sessionUuid);
    const wrong = code === '000000' ? '111111' : '000000';
    const { output } = await run({
      items: [
        { session_uuid: sessionUuid, otp: wrong },
        { session_uuid: sessionUuid, otp: code },
      ],
      shared: { operation: 'validate', settings: { concurrency: 1 } },
    });
    expect(output.map((item) => [item.json.valid, item.json.reason])).toEqual([
      [false, 'wrong_code'],
      [true, null],
    ]);
    const again = await run({ items: [{ operation: 'validate', session_uuid: sessionUuid, otp: code }] });
    expect(again.output[0]?.json).toMatchObject({ valid: false, reason: 'already_verified' });
  });

  it('never puts the code in an error', async () => {
    const { error } = await runError({
      items: [{ operation: 'validate', session_uuid: '3f1c1e5e-6a4a-4c55-9a58-9a3f6d1c0b11', otp: '482913' }],
    });
    expect(error).toBeInstanceOf(NodeApiError);
    expect((error as NodeApiError).httpCode).toBe('404');
    const nodeError = error as NodeApiError;
    expect(
      JSON.stringify({ ...nodeError, message: nodeError.message, description: nodeError.description }),
    ).not.toContain('482913');
  });

  it('refuses a code given as a number (055394 would arrive as 55394 and use up an attempt), before any request', async () => {
    const { error, requests } = await runError({
      items: [{ operation: 'validate', session_uuid: '3f1c1e5e-6a4a-4c55-9a58-9a3f6d1c0b11', otp: 55394 }],
    });
    expect(error).toBeInstanceOf(NodeOperationError);
    expect((error as NodeOperationError).message).toContain('otp');
    expect((error as NodeOperationError).message).toContain('leading zeros');
    expect(requests).toHaveLength(0);
  });

  it('says the code may have been accepted when the answer to Check Code is lost', async () => {
    const { error } = await runError({
      items: [{ operation: 'validate', session_uuid: '3f1c1e5e-6a4a-4c55-9a58-9a3f6d1c0b11', otp: '123456' }],
      http: async () => Promise.reject(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })),
    });
    expect(error).toBeInstanceOf(NodeApiError);
    const description = String((error as NodeApiError).description);
    expect(description).toContain('may have been accepted');
    expect(description).not.toContain('may have been sent');
  });

  it('names the otp field for a malformed code, before any request', async () => {
    const { error, requests } = await runError({
      items: [{ operation: 'validate', session_uuid: '3f1c1e5e-6a4a-4c55-9a58-9a3f6d1c0b11', otp: '12' }],
    });
    expect(error).toBeInstanceOf(NodeOperationError);
    expect((error as NodeOperationError).message).toContain('otp');
    expect(requests).toHaveLength(0);
  });
});

describe('Get and Get Many', () => {
  it('gets a session, its number masked', async () => {
    const sessionUuid = await sendOne('+14155550188');
    const { output } = await run({ items: [{ operation: 'get', session_uuid: sessionUuid }] });
    expect(output[0]?.json).toMatchObject({ session_uuid: sessionUuid, status: 'in-progress' });
    expect(output[0]?.json.recipient).toMatch(/^\+1\d?\*{5,}0188$/);
    expect(JSON.stringify(output)).not.toContain('4155550188');
    expect(output[0]?.pairedItem).toEqual({ item: 0 });
  });

  it('honours Limit, Return All (across pages) and filters', async () => {
    for (let index = 0; index < 23; index++) await sendOne(`+1415555${String(1000 + index)}`);
    const limited = await run({ items: [{ operation: 'getAll', returnAll: false, limit: 3, filters: {} }] });
    expect(limited.output).toHaveLength(3);
    const all = await run({ items: [{ operation: 'getAll', returnAll: true, filters: { status: 'in-progress' } }] });
    expect(all.output).toHaveLength(23);
    expect(new Set(all.output.map((item) => item.json.session_uuid)).size).toBe(23);
    expect(all.output.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
    // Outputs are logged and shared: every session's number is masked, as Send Code's is.
    expect(all.output.every((item) => /^\+1\d?\*{5,}\d{4}$/.test(String(item.json.recipient)))).toBe(true);
    expect(JSON.stringify(all.output)).not.toMatch(/1415555\d{4}/);
    const none = await run({ items: [{ operation: 'getAll', returnAll: true, filters: { status: 'verified' } }] });
    expect(none.output).toHaveLength(0);
  });

  it('names Return All and Limit when an expression gives them the wrong type, before any request', async () => {
    for (const [parameters, field] of [
      [{ returnAll: 'false', limit: 2 }, 'Return All'],
      [{ returnAll: false, limit: 0 }, 'Limit'],
      [{ returnAll: false, limit: null }, 'Limit'],
      [{ returnAll: false, limit: 2.5 }, 'Limit'],
    ] as const) {
      const { error, requests } = await runError({ items: [{ operation: 'getAll', filters: {}, ...parameters }] });
      expect(error, JSON.stringify(parameters)).toBeInstanceOf(NodeOperationError);
      expect((error as NodeOperationError).message).toContain(field);
      expect(requests).toHaveLength(0);
    }
    // A Limit above one page (20) is fine: it pages.
    for (let index = 0; index < 22; index++) await sendOne(`+1415555${String(3000 + index)}`);
    const { output } = await run({ items: [{ operation: 'getAll', returnAll: false, limit: 21, filters: {} }] });
    expect(output).toHaveLength(21);
  });

  it('rejects a bad filter with its name, before any request', async () => {
    const { error, requests } = await runError({
      items: [{ operation: 'getAll', returnAll: true, filters: { status: 'done' } }],
    });
    expect(error).toBeInstanceOf(NodeOperationError);
    expect((error as NodeOperationError).message).toContain('status');
    expect(requests).toHaveLength(0);
  });
});

describe('many items', () => {
  it('refuses a Max Concurrent Requests that is not a whole number of 1 or more, naming it, before any request', async () => {
    for (const concurrency of [Number.NaN, 'abc', 0, 2.5]) {
      const { error, requests } = await runError({
        items: [{ recipient: '+14155550100' }],
        shared: { operation: 'create', channel: 'sms', settings: { concurrency } },
      });
      expect(error, String(concurrency)).toBeInstanceOf(NodeOperationError);
      expect((error as NodeOperationError).message).toContain('Max Concurrent Requests');
      expect(requests).toHaveLength(0);
    }
  });

  it('keeps at most Max Concurrent Requests in flight and the output in input order', async () => {
    let inFlight = 0;
    let peak = 0;
    const pending: (() => void)[] = [];
    const http = async (request: IHttpRequestOptions) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      // Answer in reverse order of arrival to prove the output order does not follow completion order.
      await new Promise<void>((resolve) => pending.unshift(resolve));
      inFlight--;
      const body = JSON.parse(String(request.body)) as IDataObject;
      return {
        statusCode: 202,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          api_id: `api-${String(body.recipient).replace(/\D/g, '')}`,
          message: 'Session initiated',
          session_uuid: `00000000-0000-4000-8000-${String(body.recipient).replace(/\D/g, '').slice(-12).padStart(12, '0')}`,
        }),
      };
    };
    const fake = fakeExecute({
      credentials,
      items: Array.from({ length: 10 }, (_, index) => ({ recipient: `+1415555${2000 + index}` })),
      shared: { operation: 'create', channel: 'sms', settings: { concurrency: 3 } },
      http,
    });
    const running = new PlivoVerify().execute.call(fake.context);
    // Release answers as they queue up until every item is done.
    while (fake.requests.length < 10 || pending.length > 0) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const batch = pending.splice(0);
      for (const release of batch) release();
    }
    const output = (await running)[0] ?? [];
    expect(peak).toBe(3);
    expect(output.map((item) => item.json.api_id)).toEqual(
      Array.from({ length: 10 }, (_, index) => `api-1415555${2000 + index}`),
    );
    expect(output.map((item) => item.pairedItem)).toEqual(Array.from({ length: 10 }, (_, item) => ({ item })));
  });

  it("all items of one execution share one client: its limiter lets Plivo's account limit through, no more", {
    timeout: 60_000,
  }, async () => {
    // A client per item would bring a limiter per item, and all of them would go out at once.
    const count = PLIVO_ACCOUNT_LIMIT.limit + 10;
    const pending: (() => void)[] = [];
    const http = async (request: IHttpRequestOptions) => {
      await new Promise<void>((resolve) => pending.push(resolve));
      const digits = String((JSON.parse(String(request.body)) as IDataObject).recipient).replace(/\D/g, '');
      return {
        statusCode: 202,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          api_id: `api-${digits}`,
          message: 'Session initiated',
          session_uuid: `00000000-0000-4000-8000-${digits.slice(-12).padStart(12, '0')}`,
        }),
      };
    };
    const fake = fakeExecute({
      credentials,
      items: Array.from({ length: count }, (_, index) => ({ recipient: `+141555${String(10000 + index)}` })),
      // Above the UI's maximum on purpose: concurrency must not be what holds the requests back.
      shared: { operation: 'create', channel: 'sms', settings: { concurrency: count } },
      http,
    });
    const running = new PlivoVerify().execute.call(fake.context);
    while (fake.requests.length < PLIVO_ACCOUNT_LIMIT.limit) await new Promise((resolve) => setTimeout(resolve, 5));
    // Every answer is still held: the limiter's window is full, so nothing more may leave, however long we look.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.requests).toHaveLength(PLIVO_ACCOUNT_LIMIT.limit);
    // Released, the rest go once the window has moved on (about 5 s).
    const releaser = setInterval(() => {
      for (const release of pending.splice(0)) release();
    }, 5);
    try {
      const output = (await running)[0] ?? [];
      expect(output).toHaveLength(count);
      expect(fake.requests).toHaveLength(count);
    } finally {
      clearInterval(releaser);
    }
  });
});
