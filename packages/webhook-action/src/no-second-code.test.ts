// Failures after which Plivo may have sent a code: the idempotency key must stay taken (the answer is stored and
// replayed), so a platform's retry never sends a second code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type TestService } from './__fixtures__/service.js';
import type { ActionDescriptor } from './action-descriptor.js';
import { checkCode, getSession, sendCode } from './descriptors.js';
import { memoryStore } from './memory-store.js';

const LEAKY = 'redis://user:hunter2-db-password@db.internal:6379';

async function sandboxControl(service: TestService, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${service.sandbox.url}/__sandbox/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
}

describe('no second code after an ambiguous failure', () => {
  let service: TestService;
  let dedupe: TestService;
  // A send that reaches Plivo and then fails in the service itself (a bug, a dependency throwing).
  const sendThenThrow: ActionDescriptor<typeof sendCode.input> = {
    ...sendCode,
    async perform(input, context) {
      await sendCode.perform(input, context);
      throw new Error(`connection lost to ${LEAKY}`);
    },
  };
  beforeAll(async () => {
    service = await startService(memoryStore(), {
      descriptors: [
        sendThenThrow as unknown as ActionDescriptor,
        checkCode as unknown as ActionDescriptor,
        getSession as unknown as ActionDescriptor,
      ],
    });
    dedupe = await startService(memoryStore(), { dedupeWindowMs: 60_000 });
  });
  afterAll(async () => {
    await service.sandbox.close();
    await dedupe.sandbox.close();
  });

  it('Plivo 5xx on a keyed send: 502, stored, and the retry replays it without reaching Plivo', async () => {
    const other = await startService(memoryStore(), {}, service.sandbox);
    const headers = { 'idempotency-key': crypto.randomUUID() };
    const before = await other.creates();
    await sandboxControl(other, 'faults', { faults: [{ fault: 'status=500', probability: 1, operation: 'create' }] });
    const first = await other.call('POST', '/v1/sessions', { body: { recipient: '+14155550181' }, headers });
    await sandboxControl(other, 'faults', { faults: [] });
    expect(first.status).toBe(502);
    const retry = await other.call('POST', '/v1/sessions', { body: { recipient: '+14155550181' }, headers });
    expect(retry.status).toBe(502);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await other.creates()).toBe(before + 1);
  });

  it("the service's own fault after sending: 500 with no internal text, stored, never sent again", async () => {
    const headers = { 'idempotency-key': crypto.randomUUID() };
    const before = await service.creates();
    const first = await service.call('POST', '/v1/sessions', { body: { recipient: '+14155550182' }, headers });
    expect(first.status).toBe(500);
    const text = await first.text();
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('redis://');
    expect(text).not.toContain('db.internal');
    const retry = await service.call('POST', '/v1/sessions', { body: { recipient: '+14155550182' }, headers });
    expect(retry.status).toBe(500);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await service.creates()).toBe(before + 1);
  });

  it('two keyless sends to one number inside the dedupe window, the first still in flight: one code', async () => {
    await sandboxControl(dedupe, 'config', { latency_ms: 500 });
    try {
      const before = await dedupe.creates();
      const first = dedupe.call('POST', '/v1/sessions', { body: { recipient: '+14155550183' } });
      // The second comes while the first waits on Plivo (500 ms): its claim must still be held.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const b = await dedupe.call('POST', '/v1/sessions', { body: { recipient: '+14155550183' } });
      const a = await first;
      // The later one is told the first is in flight (409), or, on a slow machine, gets its session (deduplicated).
      expect(a.status).toBe(201);
      expect([409, 200]).toContain(b.status);
      expect(await dedupe.creates()).toBe(before + 1);
    } finally {
      await sandboxControl(dedupe, 'config', { latency_ms: 0 });
    }
  });
});
