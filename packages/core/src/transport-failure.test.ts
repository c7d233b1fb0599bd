import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { phoneDigits } from './phone-number.js';
import { transportErrorFrom } from './transport-failure.js';

const systemError = (code: string, extra: object = {}) =>
  Object.assign(new Error(`${code} somewhere`), { code }, extra);

describe('transportErrorFrom (for custom transports on other HTTP clients)', () => {
  it('not-sent only when every system code proves no connection was made', () => {
    expect(transportErrorFrom(systemError('ECONNREFUSED'))).toMatchObject({
      phase: 'not-sent',
      reason: 'ECONNREFUSED',
    });
    // Wrapped the way n8n and axios wrap: a client error whose cause carries the system code.
    const wrapped = Object.assign(new Error('Request failed'), {
      code: 'ERR_NETWORK',
      cause: systemError('ENOTFOUND'),
    });
    expect(transportErrorFrom(wrapped)).toMatchObject({ phase: 'not-sent', reason: 'ENOTFOUND' });
    // Node tried two addresses: one refused, one reset after connecting. Not proof.
    const mixed = new AggregateError([systemError('ECONNREFUSED'), systemError('ECONNRESET')], 'connect');
    expect(transportErrorFrom(mixed)).toMatchObject({ phase: 'sent' });
  });

  it('anything else is sent: resets, response timeouts, errors without a code', () => {
    expect(transportErrorFrom(systemError('ECONNRESET'))).toMatchObject({ phase: 'sent', reason: 'ECONNRESET' });
    expect(transportErrorFrom(systemError('ETIMEDOUT'))).toMatchObject({ phase: 'sent', timedOut: true });
    expect(transportErrorFrom(new Error('socket hang up'))).toMatchObject({ phase: 'sent', reason: 'UNKNOWN' });
    expect(transportErrorFrom('a string')).toMatchObject({ phase: 'sent', reason: 'UNKNOWN' });
  });

  it('a connect timeout (undici) is not-sent and a timeout', () => {
    expect(transportErrorFrom(systemError('UND_ERR_CONNECT_TIMEOUT'))).toMatchObject({
      phase: 'not-sent',
      timedOut: true,
    });
  });

  it('classifies a real refused connection from the platform fetch as not-sent', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const address = probe.address();
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const port = typeof address === 'object' && address ? address.port : 0;
    const error = await fetch(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
    expect(transportErrorFrom(error)).toMatchObject({ phase: 'not-sent', reason: 'ECONNREFUSED' });
  });

  it('keeps no message text that could echo the request', () => {
    const error = transportErrorFrom(systemError('ECONNRESET', { message: 'token s3cr3t in url' }));
    expect(String(error)).not.toContain('s3cr3t');
  });
});

describe('phoneDigits', () => {
  it('gives the digits Plivo stores, for any spelling of one number', () => {
    for (const spelling of ['+1 (415) 555-0100', '14155550100', ' +14155550100 ', '+1.415.555.0100']) {
      expect(phoneDigits(spelling)).toBe('14155550100');
    }
  });
});
