import { describe, expect, it } from 'vitest';
import { sandboxFor } from './__fixtures__/raw-api.js';
import { parseFault } from './faults.js';

const fault = (spec: string) => ({ 'x-sandbox-fault': spec });

describe('fault injection', () => {
  it('parses combined specs and rejects unknown ones', () => {
    expect(parseFault('delay=100; status=500')).toEqual({ delayMs: 100, status: 500 });
    expect(parseFault('reset-after')).toEqual({ reset: 'after' });
    expect(() => parseFault('status=200')).toThrow(/unknown fault/);
    expect(() => parseFault('explode')).toThrow(/unknown fault/);
  });

  it.each([500, 502, 503])('status=%i answers that status without processing', async (status) => {
    const { api } = await sandboxFor();
    const answer = await api.create({ recipient: '14155550100' }, fault(`status=${status}`));
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({ api_id: expect.any(String), error: 'injected server error' });
    expect((await api.control('GET', 'messages')).body.messages).toEqual([]);
  });

  it('status=429 answers with Retry-After', async () => {
    const { api } = await sandboxFor();
    const answer = await api.create({ recipient: '14155550100' }, fault('status=429'));
    expect(answer.status).toBe(429);
    expect(answer.headers.get('retry-after')).toBe('1');
  });

  it('delay answers normally after the delay', async () => {
    const { api } = await sandboxFor();
    const answer = await api.create({ recipient: '14155550100' }, fault('delay=50'));
    expect(answer.status).toBe(202);
    const log = (await api.control('GET', 'faults')).body.log;
    expect(log).toEqual([expect.objectContaining({ fault: 'delay=50', operation: 'create', processed: true })]);
  });

  it('reset-before destroys the connection and changes nothing', async () => {
    const { api } = await sandboxFor();
    await expect(api.create({ recipient: '14155550100' }, fault('reset-before'))).rejects.toThrow();
    expect((await api.control('GET', 'messages')).body.messages).toEqual([]);
    expect((await api.control('GET', 'faults')).body.log[0]).toMatchObject({ processed: false });
  });

  it('reset-after processes the request (a code is sent) and then destroys the connection', async () => {
    const { api } = await sandboxFor();
    await expect(api.create({ recipient: '14155550100' }, fault('reset-after'))).rejects.toThrow();
    expect((await api.control('GET', 'messages')).body.messages).toHaveLength(1);
    expect((await api.control('GET', 'faults')).body.log[0]).toMatchObject({ processed: true, fault: 'reset-after' });
  });

  it('timeout processes the request and never answers', async () => {
    const { api } = await sandboxFor();
    const controller = new AbortController();
    const pending = fetch(api.base, {
      method: 'POST',
      headers: { authorization: api.auth, 'content-type': 'application/json', ...fault('timeout') },
      body: JSON.stringify({ recipient: '14155550100' }),
      signal: controller.signal,
    });
    // Wait until the sandbox has processed it (the message is in the inbox), then give up on the answer.
    for (let i = 0; i < 100; i += 1) {
      if ((await api.control('GET', 'messages')).body.messages.length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect((await api.control('GET', 'messages')).body.messages).toHaveLength(1);
    controller.abort();
    await expect(pending).rejects.toThrow();
  });

  it('an invalid fault header answers 400', async () => {
    const { api } = await sandboxFor();
    const answer = await api.create({ recipient: '14155550100' }, fault('status=418'));
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/unknown fault/);
  });

  it('global faults apply by probability and operation, and are recorded', async () => {
    const { api } = await sandboxFor({ faults: [{ fault: 'status=503', probability: 1, operation: 'get' }] });
    const created = await api.create({ recipient: '14155550100' });
    expect(created.status).toBe(202);
    expect((await api.get(created.body.session_uuid)).status).toBe(503);
    expect((await api.get(created.body.session_uuid)).status).toBe(503);
    const log = (await api.control('GET', 'faults')).body.log;
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ source: 'config', operation: 'get', processed: false });
    const requests = (await api.control('GET', 'requests')).body.requests;
    expect(requests.map((r: { operation: string; status: number }) => `${r.operation} ${r.status}`)).toEqual([
      'create 202',
      'get 503',
      'get 503',
    ]);
  });

  it('probability 0 never fires; faults can be replaced at run time', async () => {
    const { api } = await sandboxFor({ faults: [{ fault: 'status=500', probability: 0 }] });
    expect((await api.create({ recipient: '14155550100' })).status).toBe(202);
    await api.control('POST', 'faults', { faults: [{ fault: 'status=502', probability: 1 }] });
    expect((await api.create({ recipient: '14155550101' })).status).toBe(502);
    await api.control('POST', 'faults', { faults: [] });
    expect((await api.create({ recipient: '14155550102' })).status).toBe(202);
  });
});
