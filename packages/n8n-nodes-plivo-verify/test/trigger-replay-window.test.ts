// What the trigger does at the edges of its replay memory, seen through webhook(): a V3 callback signed before what
// the memory covers is refused, a V2 replay with a forged body is caught for 30 days, concurrent callbacks keep
// both nonces, a rename keeps the memory, and an Accepted Signatures value outside the list fails closed.
import { signV2, signV3 } from '@plivo-verify/core/pure';
import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlivoVerifyTrigger } from '../nodes/PlivoVerifyTrigger/PlivoVerifyTrigger.node';
import { REPLAY_MEMORY } from '../nodes/PlivoVerifyTrigger/replay-guard';
import { type CapturedRequest, fakeWebhook, TRIGGER_NODE } from './fake-webhook-functions';

// Not a secret: the fixture the signatures below are made with.
const FIXTURE_TOKEN = 'replay-window-fixture';
const webhookUrl = 'https://n8n.example.com/webhook/4c1f/webhook';
const trigger = new PlivoVerifyTrigger();
const DAY = 24 * 60 * 60 * 1000;
let sequence = 0;

const plainTime = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

function params(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    SessionUUID: '0b8e5f0e-1f57-4c59-8b1c-2b4f4b6f9a10',
    SessionStatus: 'in-progress',
    Channel: 'sms',
    ChannelStatus: 'delivered',
    AttemptSequence: '1',
    AttemptUUID: `6d7a8f0e-1f57-4c59-8b1c-${String(sequence).padStart(12, '0')}`,
    Recipient: '14155550123',
    RequestTime: plainTime(Date.now()),
    ...overrides,
  };
}

function nextNonce(): string {
  sequence++;
  return String(10_000_000_000_000_000_000n + BigInt(sequence));
}

function v3(body: Record<string, string>, url = webhookUrl, path = new URL(webhookUrl).pathname): CapturedRequest {
  const nonce = nextNonce();
  return {
    method: 'POST',
    url: path,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-plivo-signature-v3': signV3({ method: 'POST', url, nonce, authToken: FIXTURE_TOKEN, params: body }),
      'x-plivo-signature-v3-nonce': nonce,
    },
    rawBody: new URLSearchParams(body).toString(),
  };
}

function v2(body: Record<string, string>, nonce = nextNonce()): CapturedRequest {
  return {
    method: 'POST',
    url: new URL(webhookUrl).pathname,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-plivo-signature-v2': signV2({ url: webhookUrl, nonce, authToken: FIXTURE_TOKEN }),
      'x-plivo-signature-v2-nonce': nonce,
    },
    rawBody: new URLSearchParams(body).toString(),
  };
}

async function deliver(
  request: CapturedRequest,
  staticData: IDataObject,
  options: { workflowId?: string; parameters?: IDataObject; node?: { id: string; name: string } } = {},
) {
  const fake = fakeWebhook({
    request,
    webhookUrl,
    credentials: { authId: 'MA', authToken: FIXTURE_TOKEN },
    staticData,
    ...options,
  });
  const result = await trigger.webhook.call(fake.context);
  return {
    started: (result.workflowData?.[0]?.length ?? 0) > 0,
    status: fake.response.status,
    body: fake.response.body,
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('replay window', () => {
  it('refuses (401 stale) a V3 callback signed before what the memory covers, and takes a recent one', async () => {
    const old = v3(params({ RequestTime: plainTime(Date.now() - REPLAY_MEMORY.ttlMs - DAY) }));
    expect(await deliver(old, {})).toMatchObject({ started: false, status: 401, body: { error: 'stale' } });
    // An offset, when Plivo gives one, is honoured: just past the horizon in UTC is 14 hours later on a +14:00 clock.
    const justPast = Date.now() - REPLAY_MEMORY.ttlMs + REPLAY_MEMORY.leewayMs - 60_000;
    const withOffset = v3(params({ RequestTime: `${plainTime(justPast + 14 * 60 * 60 * 1000)}+14:00` }));
    expect((await deliver(withOffset, {})).status).toBe(401);
    // A RequestTime in no known format cannot be dated: the callback is checked on its nonce alone, like V2.
    expect((await deliver(v3(params({ RequestTime: 'Thursday noon' })), {})).started).toBe(true);
    expect((await deliver(v3(params()), {})).started).toBe(true);
  });

  it('catches a captured V3 callback replayed 31 days later: its nonce is forgotten, its signed time is too old', async () => {
    const staticData: IDataObject = {};
    const captured = v3(params({ SessionStatus: 'verified' }));
    expect((await deliver(captured, staticData, { workflowId: 'wf-31' })).started).toBe(true);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + REPLAY_MEMORY.ttlMs + DAY);
    expect(await deliver(captured, staticData, { workflowId: 'wf-31-restarted' })).toMatchObject({
      started: false,
      status: 401,
      body: { error: 'stale' },
    });
  });

  it('catches a V2 replay with a forged body 25 hours later (V2 does not sign the body)', async () => {
    const staticData: IDataObject = {};
    const nonce = nextNonce();
    expect((await deliver(v2(params(), nonce), staticData, { workflowId: 'wf-v2' })).started).toBe(true);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 25 * 60 * 60 * 1000);
    const forged = v2(
      params({ SessionStatus: 'verified', SessionUUID: 'f0f0f0f0-0000-4000-8000-00000000f0f0' }),
      nonce,
    );
    expect(await deliver(forged, staticData, { workflowId: 'wf-v2-restarted' })).toMatchObject({
      started: false,
      status: 409,
    });
  });

  it('keeps both nonces when two callbacks are answered together (n8n saves each loaded copy, last wins)', async () => {
    const database: IDataObject = {};
    const a = v3(params());
    const b = v3(params());
    const copyA = structuredClone(database);
    const copyB = structuredClone(database);
    expect((await deliver(a, copyA, { workflowId: 'wf-together' })).started).toBe(true);
    expect((await deliver(b, copyB, { workflowId: 'wf-together' })).started).toBe(true);
    Object.assign(database, copyA);
    Object.assign(database, copyB);
    // After a restart only the database is left: A's replay is still refused.
    const restarted = { workflowId: 'wf-together-restarted' };
    expect((await deliver(a, structuredClone(database), restarted)).status).toBe(409);
    expect((await deliver(b, structuredClone(database), restarted)).status).toBe(409);
  });

  it('keeps its memory and the "V3 seen" flag when the node is renamed', async () => {
    const staticData: IDataObject = {};
    const captured = v3(params());
    expect((await deliver(captured, staticData, { workflowId: 'wf-rename' })).started).toBe(true);
    const renamed = { id: TRIGGER_NODE.id, name: 'Verify Status' };
    expect((await deliver(captured, staticData, { workflowId: 'wf-rename-2', node: renamed })).status).toBe(409);
    // V2 alone is still a downgrade after the rename.
    expect((await deliver(v2(params()), staticData, { workflowId: 'wf-rename-3', node: renamed })).status).toBe(401);
  });
});

describe('Accepted Signatures set by an expression', () => {
  it.each(['V3', 'v3 ', 'all', ''])('throws on %j (n8n answers 500) and never starts the workflow', async (value) => {
    const staticData: IDataObject = {};
    // This trigger has seen V3, so a fail-open value would let the V2-only callback in.
    expect((await deliver(v3(params()), staticData, { workflowId: 'wf-versions' })).started).toBe(true);
    const fake = fakeWebhook({
      request: v2(params({ SessionStatus: 'verified' })),
      webhookUrl,
      credentials: { authId: 'MA', authToken: FIXTURE_TOKEN },
      staticData,
      workflowId: 'wf-versions',
      parameters: { signatureVersions: value },
    });
    const outcome = await trigger.webhook.call(fake.context).then(
      (result) => result,
      (error: unknown) => error,
    );
    expect(outcome).toBeInstanceOf(NodeOperationError);
    expect((outcome as NodeOperationError).message).toContain('Accepted Signatures');
    expect(fake.response.status).toBeUndefined();
  });

  it('still takes the exact option values', async () => {
    for (const value of ['v3AfterFirst', 'v3', 'any']) {
      expect((await deliver(v3(params()), {}, { parameters: { signatureVersions: value } })).started).toBe(true);
    }
  });
});

describe('the callback URL as pasted', () => {
  it('takes a callback to the URL with a trailing slash (n8n routes it, Plivo signed the slash)', async () => {
    const body = params();
    const request = v3(body, `${webhookUrl}/`, `${new URL(webhookUrl).pathname}/`);
    expect((await deliver(request, {})).started).toBe(true);
    // The slash is signed: the same signature without it is refused.
    expect((await deliver({ ...request, url: new URL(webhookUrl).pathname }, {})).status).toBe(401);
  });
});
