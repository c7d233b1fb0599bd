import { axiosTransport } from '@plivo-verify/core';
import {
  type Clock,
  createVerifyClient,
  VerifyAmbiguousError,
  VerifyRateLimitError,
  VerifyUpstreamError,
} from '@plivo-verify/core/pure';
import { describe, expect, it } from 'vitest';
import { type RawAnswer, sandboxFor } from './__fixtures__/raw-api.js';

// Real HTTP and real faults; only the client's waiting is instant, so retries take no wall time.
const instant: Clock = { now: () => Date.now(), sleep: async () => {} };

async function setup() {
  const { sandbox, api } = await sandboxFor();
  // The pure entry (as bundles use it) with the Node transport injected.
  const verify = createVerifyClient({
    authId: sandbox.authId,
    authToken: sandbox.authToken,
    baseUrl: sandbox.url,
    transport: axiosTransport(),
    clock: instant,
    timeoutMs: 3_000, // generous: CI runs every package's tests at once on 2 cores
  });
  const requests = async () =>
    ((await api.control('GET', 'requests')) as RawAnswer).body.requests.map(
      (r: { operation: string; status: number | null }) => `${r.operation} ${r.status}`,
    );
  const messages = async () => (await api.control('GET', 'messages')).body.messages.length;
  const setFault = (fault: string, operation?: string) =>
    api.control('POST', 'faults', { faults: [{ fault, probability: 1, ...(operation ? { operation } : {}) }] });
  return { sandbox, api, verify, requests, messages, setFault };
}

describe('@plivo-verify/core against the sandbox, with faults: no code is sent twice by accident', () => {
  it('the whole flow works end to end', async () => {
    const { verify, api } = await setup();
    const { session_uuid } = await verify.sessions.create({ recipient: '+1 (415) 555-0100', code_length: 4 });
    const code = await api.codeOf(session_uuid);
    expect(code).toMatch(/^\d{4}$/);
    expect((await verify.sessions.validate(session_uuid, code === '1111' ? '2222' : '1111')).valid).toBe(false);
    expect((await verify.sessions.validate(session_uuid, code)).valid).toBe(true);
    const session = await verify.sessions.get(session_uuid);
    expect(session).toMatchObject({ status: 'verified', count: 1, recipient: '14155550100' });
    expect(session.charges.total_charge).toBe('0.07100');
    const listed = await verify.sessions.list({ status: 'verified', recipient: '14155550100' });
    expect(listed.sessions.map((s) => s.session_uuid)).toEqual([session_uuid]);
    const all = [];
    for await (const s of verify.sessions.iterate({ limit: 1 })) all.push(s.session_uuid);
    expect(all).toEqual([session_uuid]);
  });

  it('reset-after on create: processed, no answer → ambiguous, sent exactly once', async () => {
    const { verify, requests, messages, setFault } = await setup();
    await setFault('reset-after', 'create');
    const error = await verify.sessions.create({ recipient: '14155550100' }).catch((e: unknown) => e);
    expect(VerifyAmbiguousError.isInstance(error)).toBe(true);
    expect(await requests()).toEqual(['create null']);
    expect(await messages()).toBe(1);
  });

  it('timeout on create: ambiguous after the client timeout, sent exactly once', async () => {
    const { verify, requests, messages, setFault } = await setup();
    await setFault('timeout', 'create');
    const error = await verify.sessions.create({ recipient: '14155550100' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ambiguous', timedOut: true });
    expect(await requests()).toEqual(['create null']);
    expect(await messages()).toBe(1);
  });

  it('503 on create is not repeated', async () => {
    const { verify, requests, setFault } = await setup();
    await setFault('status=503', 'create');
    const error = await verify.sessions.create({ recipient: '14155550100' }).catch((e: unknown) => e);
    expect(VerifyUpstreamError.isInstance(error)).toBe(true);
    expect(await requests()).toEqual(['create 503']);
  });

  it('429 on create is retried (Plivo did nothing) until the retries run out', async () => {
    const { verify, requests, messages, setFault } = await setup();
    await setFault('status=429', 'create');
    const error = await verify.sessions.create({ recipient: '14155550100' }).catch((e: unknown) => e);
    expect(VerifyRateLimitError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ retryAfterMs: 1000 });
    expect(await requests()).toEqual(['create 429', 'create 429', 'create 429']);
    expect(await messages()).toBe(0);
  });

  it('reset-before on get and 502 on get are retried, then succeed', async () => {
    const { verify, api, requests, setFault } = await setup();
    const { session_uuid } = await verify.sessions.create({ recipient: '14155550100' });
    await setFault('reset-before', 'get');
    await expect(verify.sessions.get(session_uuid)).rejects.toMatchObject({ code: 'network' });
    await setFault('status=502', 'get');
    await expect(verify.sessions.get(session_uuid)).rejects.toMatchObject({ code: 'upstream', status: 502 });
    await api.control('POST', 'faults', { faults: [] });
    await expect(verify.sessions.get(session_uuid)).resolves.toMatchObject({ session_uuid });
    expect(await requests()).toEqual([
      'create 202',
      'get null',
      'get null',
      'get null',
      'get 502',
      'get 502',
      'get 502',
      'get 200',
    ]);
  });
});
