import { describe, expect, it } from 'vitest';
import { startService } from './__fixtures__/service.js';
import { memoryStore } from './memory-store.js';

describe('upstream timeout', () => {
  it('a Plivo call that never answers within the budget is a 504 problem, retryable for a read', async () => {
    const service = await startService(memoryStore(), { upstreamTimeoutMs: 400 });
    try {
      await fetch(`${service.sandbox.url}/__sandbox/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ faults: [{ fault: 'timeout', probability: 1, operation: 'get' }] }),
      });
      const response = await service.call('GET', '/v1/sessions/4124e518-a8c9-4feb-8cff-d86636ba9234');
      expect(response.status).toBe(504);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(await response.json()).toMatchObject({ status: 504, retryable: true });
      // A send whose answer never comes was processed (the sandbox's `timeout` fault): the service finds the
      // attempt and answers with the session; the retry replays it and nothing is sent twice.
      await fetch(`${service.sandbox.url}/__sandbox/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ faults: [{ fault: 'timeout', probability: 1, operation: 'create' }] }),
      });
      const headers = { 'idempotency-key': crypto.randomUUID() };
      const sent = await service.call('POST', '/v1/sessions', { body: { recipient: '+14155550177' }, headers });
      expect(sent.status).toBe(201);
      expect(await sent.json()).toMatchObject({ reconciled: true });
      const retry = await service.call('POST', '/v1/sessions', { body: { recipient: '+14155550177' }, headers });
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(await service.creates()).toBe(1);
    } finally {
      await service.sandbox.close();
    }
  });
});
