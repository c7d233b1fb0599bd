import { describe, expect, it } from 'vitest';
import { sandboxFor } from './__fixtures__/raw-api.js';

// A seeded generator: the same garbage on every run, so a failure can be replayed.
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick };
}

describe('robustness: seeded garbage never gets a 500', () => {
  it('answers 300 malformed requests with 2xx/4xx and stays healthy', async () => {
    const { sandbox, api } = await sandboxFor({ rateLimit: false });
    const { next, pick } = generator(20261126);
    const values: unknown[] = [
      null,
      true,
      0,
      -1,
      4,
      9,
      1e21,
      6.5,
      '',
      ' ',
      '+',
      '14155550100',
      '+14155550100',
      'abc',
      '%00',
      '💥',
      [],
      {},
      [1, 2],
      { nested: { deep: true } },
      'x'.repeat(300),
      '../../etc/passwd',
      'https://example.com/cb',
      'javascript:1',
      'GET',
      'POST',
      'sms',
      'voice',
      'en_US',
      '123456',
      123456,
    ];
    const fields = [
      'recipient',
      'channel',
      'url',
      'method',
      'locale',
      'brand_name',
      'app_hash',
      'code_length',
      'app_uuid',
      'dtmf',
      'fraud_check',
      'otp',
      'OTP',
      'extra',
    ];
    const segments = [
      '',
      'abc',
      '%E0%A4%A',
      '%2F',
      '8e712097-8090-4644-81e7-8f4265d8354e',
      '..',
      '💥',
      'a'.repeat(200),
    ];
    const statuses: number[] = [];
    for (let i = 0; i < 300; i += 1) {
      const method = pick(['GET', 'POST', 'POST', 'POST', 'PUT', 'DELETE', 'PATCH']);
      const authId = pick([sandbox.authId, sandbox.authId, 'MAXXXXXXXXXXXXXXXXXX', '%ZZ', '']);
      const path = pick([
        `/v1/Account/${authId}/Verify/Session/`,
        `/v1/Account/${authId}/Verify/Session/${pick(segments)}/`,
        `/v1/Account/${authId}/Verify/Session/?limit=${pick(['0', '5', '99', 'x', '-1'])}&session_time__gt=${pick(['2026-01-01 00:00', 'now', '%', ''])}&recipient=${pick(['%2B1415', 'x', ''])}`,
        `/v1/Account/${authId}/Verify/`,
        `/__sandbox/${pick(['messages?recipient=%E0%A4%A', 'apps', 'faults', 'clock', 'config', 'nothing'])}`,
      ]);
      const body: Record<string, unknown> = {};
      for (const field of fields) if (next() < 0.4) body[field] = pick(values);
      const raw = pick([
        JSON.stringify(body),
        JSON.stringify(body),
        '{',
        '[]',
        '"x"',
        '',
        'a=b',
        JSON.stringify({ faults: [{ fault: 'x' }] }),
      ]);
      const headers: Record<string, string> = {
        authorization: pick([api.auth, api.auth, 'Basic Zm9v', 'Bearer x', '']),
        'content-type': pick(['application/json', 'application/json; charset=utf-8', 'text/plain', '']),
      };
      const response = await fetch(`${sandbox.url}${path}`, {
        method,
        headers,
        ...(method === 'GET' ? {} : { body: raw }),
      });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(new Set(statuses).size).toBeGreaterThan(4);
    expect((await fetch(`${sandbox.url}/__sandbox/health`)).status).toBe(200);
    // A real request still works afterwards.
    expect((await api.create({ recipient: '14155550100' })).status).toBe(202);
  });
});
