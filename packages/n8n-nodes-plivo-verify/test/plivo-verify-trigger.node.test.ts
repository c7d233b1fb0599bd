/* eslint-disable @n8n/community-nodes/no-restricted-imports */
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { type RunningSandbox, startSandbox } from '@plivo-verify/sandbox';
import type { IDataObject, IHookFunctions } from 'n8n-workflow';
// The official SDK as an independent oracle for the signatures used here.
import { validateSignature as plivoValidateV2 } from 'plivo/dist/utils/security.js';
import { validateV3Signature as plivoValidateV3 } from 'plivo/dist/utils/v3Security.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlivoVerifyTrigger } from '../nodes/PlivoVerifyTrigger/PlivoVerifyTrigger.node';
import { STATIC_DATA_KEY } from '../nodes/PlivoVerifyTrigger/replay-guard';
import { signedUrl } from '../nodes/PlivoVerifyTrigger/signed-url';
import { type CapturedRequest, fakeWebhook, TRIGGER_NODE } from './fake-webhook-functions';

let sandbox: RunningSandbox;
let collector: Server;
let webhookUrl: string;
const captured: CapturedRequest[] = [];
const trigger = new PlivoVerifyTrigger();

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  collector = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      captured.push({
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        rawBody: Buffer.concat(chunks).toString('utf8'),
      });
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  const address = collector.address();
  webhookUrl = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}/webhook/4c1f/webhook`;
});
afterAll(async () => {
  await sandbox.close();
  await new Promise((resolve) => collector.close(resolve));
});

const credentials = () => ({ authId: sandbox.authId, authToken: sandbox.authToken });

async function api(path: string, body?: IDataObject) {
  const response = await fetch(`${sandbox.url}/v1/Account/${sandbox.authId}/Verify/Session/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${sandbox.authId}:${sandbox.authToken}`).toString('base64')}`,
      'content-type': 'application/json',
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return (await response.json()) as IDataObject;
}

/** Creates a session whose status callbacks the sandbox signs and sends to the collector; returns them. */
let recipients = 0;
async function callbacksFor(method: 'GET' | 'POST', query = ''): Promise<CapturedRequest[]> {
  const before = captured.length;
  // A new number each time: the sandbox, like Plivo, would otherwise add attempts to one open session.
  const recipient = `+1415555${String(3000 + recipients++)}`;
  const created = await api('', { recipient, url: `${webhookUrl}${query}`, method });
  await fetch(`${sandbox.url}/__sandbox/callbacks?wait=idle`);
  const mine = captured
    .slice(before)
    .filter(
      (request) =>
        request.rawBody.includes(String(created.session_uuid)) || request.url.includes(String(created.session_uuid)),
    );
  expect(mine.length).toBeGreaterThan(0);
  return mine;
}

async function deliver(
  request: CapturedRequest,
  parameters: IDataObject = {},
  authToken = sandbox.authToken,
  state: { staticData?: IDataObject; workflowId?: string } = {},
) {
  const fake = fakeWebhook({ request, webhookUrl, parameters, credentials: { ...credentials(), authToken }, ...state });
  const result = await trigger.webhook.call(fake.context);
  return { result, response: fake.response };
}

function header(request: CapturedRequest, name: string): string {
  return String(request.headers[name.toLowerCase()] ?? '');
}

describe('signed callbacks', () => {
  it('starts the workflow with the typed event for a callback the sandbox signed (plivo agrees it is valid)', async () => {
    const [request] = await callbacksFor('POST');
    if (request === undefined) throw new Error('no callback');
    const params = Object.fromEntries(new URLSearchParams(request.rawBody));
    expect(
      plivoValidateV3(
        'POST',
        webhookUrl,
        header(request, 'X-Plivo-Signature-V3-Nonce'),
        sandbox.authToken,
        header(request, 'X-Plivo-Signature-V3'),
        params,
      ),
    ).toBe(true);
    const { result, response } = await deliver(request);
    expect(response.status).toBeUndefined();
    const item = result.workflowData?.[0]?.[0]?.json;
    expect(item).toMatchObject({
      SessionUUID: params.SessionUUID,
      SessionStatus: 'in-progress',
      signatureVersion: 'v3',
    });
    expect(item?.Channel).toBe('sms');
  });

  it('answers 401 and starts nothing when the body was changed after signing', async () => {
    const [request] = await callbacksFor('POST');
    if (request === undefined) throw new Error('no callback');
    const tampered = {
      ...request,
      rawBody: request.rawBody
        .replace(/ChannelStatus=[a-z-]+/, 'ChannelStatus=delivered')
        .replace('AttemptSequence=1', 'AttemptSequence=2'),
    };
    const { result, response } = await deliver(tampered);
    expect(response).toMatchObject({ status: 401, ended: true });
    expect(result).toEqual({ noWebhookResponse: true });
  });

  it('answers 401 without signature headers, and with the wrong Auth Token', async () => {
    const [request] = await callbacksFor('POST');
    if (request === undefined) throw new Error('no callback');
    const unsigned = {
      ...request,
      headers: Object.fromEntries(
        Object.entries(request.headers).filter(([key]) => !key.startsWith('x-plivo-signature')),
      ),
    };
    expect((await deliver(unsigned)).response.status).toBe(401);
    expect((await deliver(request, {}, 'another-accounts-token')).response.status).toBe(401);
  });

  it('accepts a V2-only signature (plivo agrees) and reports the version', async () => {
    const [request] = await callbacksFor('POST');
    if (request === undefined) throw new Error('no callback');
    expect(
      plivoValidateV2(
        webhookUrl,
        header(request, 'X-Plivo-Signature-V2-Nonce'),
        header(request, 'X-Plivo-Signature-V2'),
        sandbox.authToken,
      ),
    ).toBe(true);
    const v2Only = {
      ...request,
      headers: Object.fromEntries(Object.entries(request.headers).filter(([key]) => !key.includes('v3'))),
    };
    const { result } = await deliver(v2Only);
    expect(result.workflowData?.[0]?.[0]?.json.signatureVersion).toBe('v2');
  });

  it('answers 409 to a replay and starts nothing: in this process, and after a restart (static data)', async () => {
    const [request] = await callbacksFor('POST');
    if (request === undefined) throw new Error('no callback');
    const staticData: IDataObject = {};
    const state = { staticData, workflowId: 'wf-replay-1' };
    expect((await deliver(request, {}, sandbox.authToken, state)).result.workflowData).toHaveLength(1);
    const again = await deliver(request, {}, sandbox.authToken, state);
    expect(again.response).toMatchObject({ status: 409, body: { error: 'replayed' }, ended: true });
    expect(again.result).toEqual({ noWebhookResponse: true });
    // Another process (or a restart) has only the saved static data; two copies arriving together share the process.
    expect(
      (await deliver(request, {}, sandbox.authToken, { staticData, workflowId: 'wf-replay-2' })).response.status,
    ).toBe(409);
    expect(
      (await deliver(request, {}, sandbox.authToken, { staticData: {}, workflowId: 'wf-replay-1' })).response.status,
    ).toBe(409);
    // Its V2 nonce is remembered too: stripping the V3 headers does not make the replay new.
    const v2Only = {
      ...request,
      headers: Object.fromEntries(Object.entries(request.headers).filter(([key]) => !key.includes('v3'))),
    };
    expect((await deliver(v2Only, { signatureVersions: 'any' }, sandbox.authToken, state)).response.status).toBe(409);
    // The memory is kept by node id, one 13-character record per nonce (the sandbox signs V3 and V2 with different nonces).
    const memory = (staticData.global as IDataObject)[STATIC_DATA_KEY] as Record<string, IDataObject>;
    expect(String(memory[TRIGGER_NODE.id]?.nonces)).toHaveLength(2 * 13);
  });

  it('refuses the V2 downgrade (V3 headers stripped, body forged) with V3 Only, and once a V3 callback was seen', async () => {
    const [request, next] = await callbacksFor('POST');
    if (request === undefined) throw new Error('no callback');
    const forged = {
      ...request,
      headers: Object.fromEntries(Object.entries(request.headers).filter(([key]) => !key.includes('v3'))),
      rawBody: request.rawBody
        .replace(/SessionStatus=[a-z-]+/, 'SessionStatus=verified')
        .replace(/SessionUUID=[0-9a-f-]+/, 'SessionUUID=f0f0f0f0-0000-4000-8000-00000000f0f0'),
    };
    const v3Only = await deliver(forged, { signatureVersions: 'v3' });
    expect(v3Only.response.status).toBe(401);
    expect(v3Only.result).toEqual({ noWebhookResponse: true });
    // The default takes V2 until a V3 callback arrives (whether Verify callbacks carry V3 is unconfirmed) ...
    expect((await deliver(forged, {})).result.workflowData?.[0]?.[0]?.json.SessionStatus).toBe('verified');
    // ... and refuses V2 alone after one did.
    const staticData: IDataObject = {};
    const state = { staticData, workflowId: 'wf-downgrade' };
    expect((await deliver(request, {}, sandbox.authToken, state)).result.workflowData).toHaveLength(1);
    const memory = (staticData.global as IDataObject)[STATIC_DATA_KEY] as Record<string, IDataObject>;
    expect(memory[TRIGGER_NODE.id]?.v3Seen).toBe(true);
    const fresh = next ?? (await callbacksFor('POST'))[0];
    if (fresh === undefined) throw new Error('no callback');
    const freshV2Only = {
      ...fresh,
      headers: Object.fromEntries(Object.entries(fresh.headers).filter(([key]) => !key.includes('v3'))),
    };
    expect((await deliver(freshV2Only, {}, sandbox.authToken, state)).response.status).toBe(401);
  });

  it('checks a callback to the test URL (/webhook-test/…) against that URL, not the production one', async () => {
    const testUrl = webhookUrl.replace('/webhook/4c1f/', '/webhook-test/4c1f/');
    const created = await api('', { recipient: '+14155553999', url: `${testUrl}?flow=t`, method: 'POST' });
    await fetch(`${sandbox.url}/__sandbox/callbacks?wait=idle`);
    const request = captured.find(
      (r) => r.url.startsWith('/webhook-test/') && r.rawBody.includes(String(created.session_uuid)),
    );
    if (request === undefined) throw new Error('no callback to the test URL');
    const listen = fakeWebhook({ request, webhookUrl, credentials: credentials(), mode: 'manual' });
    const result = await trigger.webhook.call(listen.context);
    expect(listen.response.status).toBeUndefined();
    expect(result.workflowData?.[0]?.[0]?.json).toMatchObject({ SessionUUID: created.session_uuid });
    // The production webhook still signs against the production URL only.
    const production = fakeWebhook({ request, webhookUrl, credentials: credentials() });
    await trigger.webhook.call(production.context);
    expect(production.response.status).toBe(401);
  });

  it('builds the signed test URL behind a path prefix, and leaves production URLs alone', () => {
    expect(signedUrl('https://n8n.example.com/n8n/webhook/abc/webhook', '/webhook-test/abc/webhook?x=1', true)).toBe(
      'https://n8n.example.com/n8n/webhook-test/abc/webhook?x=1',
    );
    expect(signedUrl('https://n8n.example.com/n8n/webhook/abc/webhook', '/webhook/abc/webhook?x=1', false)).toBe(
      'https://n8n.example.com/n8n/webhook/abc/webhook?x=1',
    );
    expect(signedUrl('https://n8n.example.com/webhook/abc/webhook', '/webhook/abc/webhook', true)).toBe(
      'https://n8n.example.com/webhook/abc/webhook',
    );
  });

  it('verifies GET callbacks (query signed) and keeps a query string that was part of the callback URL', async () => {
    const [request] = await callbacksFor('GET', '?flow=signup');
    if (request === undefined) throw new Error('no callback');
    expect(request.method).toBe('GET');
    const { result } = await deliver(request);
    expect(result.workflowData?.[0]?.[0]?.json).toMatchObject({ signatureVersion: 'v3', SessionStatus: 'in-progress' });
  });

  it("accepts a V3 signature computed independently (and by plivo's rules) for a hand-made body", async () => {
    const params = {
      SessionUUID: '0b8e5f0e-1f57-4c59-8b1c-2b4f4b6f9a10',
      SessionStatus: 'expired',
      Channel: 'voice',
      ChannelStatus: 'completed',
      AttemptSequence: '1',
      AttemptUUID: '6d7a8f0e-1f57-4c59-8b1c-2b4f4b6f9a10',
      Recipient: '14155550123',
      // Signed V3 callbacks must be recent (older ones may be replays the memory forgot): now, as Plivo sends it.
      RequestTime: new Date().toISOString().slice(0, 19).replace('T', ' '),
      ChannelErrorCode: '',
    };
    const nonce = '27419301028394756102';
    const sorted = Object.keys(params)
      .sort()
      .map((key) => `${key}${params[key as keyof typeof params]}`)
      .join('');
    const signature = createHmac('sha256', sandbox.authToken)
      .update(`${webhookUrl}?${sorted}.${nonce}`)
      .digest('base64');
    expect(plivoValidateV3('POST', webhookUrl, nonce, sandbox.authToken, signature, params)).toBe(true);
    const request: CapturedRequest = {
      method: 'POST',
      url: new URL(webhookUrl).pathname,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-plivo-signature-v3': signature,
        'x-plivo-signature-v3-nonce': nonce,
      },
      rawBody: new URLSearchParams(params).toString(),
    };
    const { result } = await deliver(request, { events: ['expired'] });
    expect(result.workflowData?.[0]?.[0]?.json).toMatchObject({
      SessionStatus: 'expired',
      signatureVersion: 'v3',
      Recipient: '+14*****0123',
    });
    expect(JSON.stringify(result.workflowData)).not.toContain('4155550123');
    const forged = createHmac('sha256', 'not-the-token').update(`${webhookUrl}?${sorted}.${nonce}`).digest('base64');
    const rejected = await deliver({ ...request, headers: { ...request.headers, 'x-plivo-signature-v3': forged } });
    expect(rejected.response.status).toBe(401);
  });
});

describe('event filter and options', () => {
  it('ignores events not subscribed to, without starting the workflow', async () => {
    const [request] = await callbacksFor('POST');
    if (request === undefined) throw new Error('no callback');
    const { result, response } = await deliver(request, { events: ['verified', 'expired'] });
    expect(result).toEqual({});
    expect(response.status).toBeUndefined();
    expect((await deliver(request, { events: ['channelStatus'] })).result.workflowData).toHaveLength(1);
  });

  it("'Session Status Changed' fires on real ends only, not on a status core reads as unknown", async () => {
    const callback = (SessionStatus: string): CapturedRequest => ({
      method: 'POST',
      url: new URL(webhookUrl).pathname,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      rawBody: new URLSearchParams({
        SessionUUID: '0b8e5f0e-1f57-4c59-8b1c-2b4f4b6f9a10',
        SessionStatus,
        Channel: 'sms',
        ChannelStatus: 'delivered',
        AttemptSequence: '1',
        AttemptUUID: '6d7a8f0e-1f57-4c59-8b1c-2b4f4b6f9a10',
        Recipient: '14155550123',
        RequestTime: '2026-11-26 12:00:00',
        ChannelErrorCode: '',
      }).toString(),
    });
    const ended = { validateSignature: false, events: ['sessionStatus'] };
    for (const status of ['verified', 'expired']) {
      const { result } = await deliver(callback(status), ended);
      expect(result.workflowData?.[0]?.[0]?.json, status).toMatchObject({ SessionStatus: status });
    }
    // A status Plivo may add later: the session may not have ended, so "ended" subscribers do not hear of it.
    expect((await deliver(callback('paused'), ended)).result).toEqual({});
    expect((await deliver(callback('in-progress'), ended)).result).toEqual({});
    // Subscribed to everything (no event chosen): it still arrives, read as unknown.
    const all = await deliver(callback('paused'), { validateSignature: false });
    expect(all.result.workflowData?.[0]?.[0]?.json).toMatchObject({ SessionStatus: 'unknown' });
  });

  it('reads signature headers in any key case and as arrays (as Node may hand them over)', async () => {
    const [request] = await callbacksFor('POST');
    if (request === undefined) throw new Error('no callback');
    const headers = Object.fromEntries(
      Object.entries(request.headers).map(([key, value]) => [
        key.replace(/(^|-)(\w)/g, (_, dash: string, letter: string) => `${dash}${letter.toUpperCase()}`),
        key === 'x-plivo-signature-v3' && typeof value === 'string' ? [value] : value,
      ]),
    );
    expect(Object.keys(headers)).toContain('X-Plivo-Signature-V3');
    const { result } = await deliver({ ...request, headers });
    expect(result.workflowData?.[0]?.[0]?.json).toMatchObject({ signatureVersion: 'v3' });
  });

  it('with Validate Signature off, takes an unsigned callback but still rejects a malformed one with 400', async () => {
    const [request] = await callbacksFor('POST');
    if (request === undefined) throw new Error('no callback');
    const unsigned = { ...request, headers: { 'content-type': 'application/x-www-form-urlencoded' } };
    const accepted = await deliver(unsigned, { validateSignature: false });
    expect(accepted.result.workflowData?.[0]?.[0]?.json).toMatchObject({ signatureVersion: null });
    const malformed = { ...unsigned, rawBody: 'hello=world' };
    const rejected = await deliver(malformed, { validateSignature: false });
    expect(rejected.response.status).toBe(400);
  });
});

describe('lifecycle', () => {
  it('has checkExists/create/delete without network calls', async () => {
    const staticData: IDataObject = {};
    const hook = { getWorkflowStaticData: () => staticData } as unknown as IHookFunctions;
    const methods = trigger.webhookMethods.default;
    expect(await methods.checkExists.call(hook)).toBe(false);
    expect(await methods.create.call(hook)).toBe(true);
    expect(await methods.checkExists.call(hook)).toBe(true);
    expect(await methods.delete.call(hook)).toBe(true);
    expect(await methods.checkExists.call(hook)).toBe(false);
  });
});
