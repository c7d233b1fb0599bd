import { describe, expect, it } from 'vitest';
import { requestTarget } from './request-target.js';

const TARGETS = [
  '/',
  '/v1/Account/MASANDBOX00000000001/Verify/Session/',
  '/v1/Account/MASANDBOX00000000001/Verify/Session',
  '/v1/Account/MASANDBOX00000000001/Verify/Session/0b6c2a8e-5c55-4b4a-9d0f-2f3f4b7d1e2a/',
  '/v1/Account/MA1/Verify/Session/?limit=5&offset=10&recipient=+14155550100',
  '/v1/Account/MA1/Verify/Session/?recipient=%2B14155550100&session_time__gte=2026-11-26+12:00',
  '/v1/Account/MA1/Verify/Session/?a=%zz&b=1&b=2&=x&c',
  '/v1/Account/MA1/Verify/Session/?q="x"<y>\'z\'',
  '/v1/Account/MA1/Verify/Session/?',
  '/v1/./Account/MA1/Verify/Session/',
  '/v1/Account/MA1/../MA2/Verify/Session/',
  '/v1/Account/%4DA1/Verify/Session/',
  '//evil.example/v1/Account/MA1/Verify/Session/',
  '/v1//Account/MA1/Verify/Session/',
  '/v1/Account/MA1/Verify/Session/#frag?x=1',
  '/v1/Account/MA1/Verify/Session/?x=1#frag',
  '/v1/Account/MA1/Verify/Session/?x=a b',
  '/v1/Account/MA1/Verify/Session/?x=\u00e9',
  '/v1\\Account\\MA1/Verify/Session/',
  '/__sandbox/messages?recipient=14155550100&limit=20',
  '/__sandbox/clock',
  '/inbox/',
];

describe('requestTarget', () => {
  it.each(TARGETS)('reads %j exactly as new URL() does', (target) => {
    const expected = new URL(target, 'http://sandbox.local');
    const got = requestTarget(target);
    expect(got.pathname).toBe(expected.pathname);
    expect([...got.searchParams]).toEqual([...expected.searchParams]);
  });

  it('treats a missing target as /', () => {
    expect(requestTarget(undefined).pathname).toBe('/');
  });
});
