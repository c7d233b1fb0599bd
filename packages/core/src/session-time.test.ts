import { describe, expect, it } from 'vitest';
import { fakeClock } from './__fixtures__/fake-clock.js';
import { fakeTransport, json } from './__fixtures__/fake-transport.js';
import { testClient } from './__fixtures__/test-client.js';
import { formatSessionTime, toSessionTime } from './session-time.js';
import { VerifyValidationError } from './verify-error.js';

const EMPTY_PAGE = json(200, { api_id: 'a', meta: { limit: 20, offset: 0, next: null, previous: null }, sessions: [] });

async function wireValue(value: string | Date): Promise<string | null> {
  const transport = fakeTransport(EMPTY_PAGE);
  await testClient({ transport, clock: fakeClock() }).sessions.list({ session_time__gte: value });
  return new URL(transport.requests[0]?.url ?? '').searchParams.get('session_time__gte');
}

describe('time filters', () => {
  it.each([
    ['2026-11-26 12:00', '2026-11-26 12:00'],
    ['2026-11-26 12:00:05.123456', '2026-11-26 12:00:05.123456'],
    // ISO strings (VerifyAmbiguousError.startedAt) are converted: Plivo would not read the T.
    ['2026-11-26T12:00:00.000Z', '2026-11-26 12:00:00'],
    ['2026-11-26T12:00:00.250Z', '2026-11-26 12:00:00.250'],
    ['2026-11-26T13:30:00+01:30', '2026-11-26 12:00:00'],
    ['2026-11-26T12:00:00', '2026-11-26 12:00:00'],
  ])('%s is sent as %s', async (input, sent) => {
    expect(await wireValue(input)).toBe(sent);
  });

  it('a Date is sent in UTC', async () => {
    expect(await wireValue(new Date(Date.UTC(2026, 0, 2, 3, 4, 5)))).toBe('2026-01-02 03:04:05');
  });

  it.each(['2026-13-45 99:99', '2026-02-29 00:00', '2026-04-31 10:00', '2026-11-26 24:00', 'yesterday', '2026-11-26'])(
    '%s is refused',
    (input) => {
      expect(toSessionTime(input)).toBeUndefined();
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(toSessionTime('2028-02-29 00:00')).toBe('2028-02-29 00:00');
  });

  it('formatSessionTime of an invalid Date is a validation error, not "NaN-NaN-NaN"', () => {
    expect(() => formatSessionTime(new Date(Number.NaN))).toThrow(VerifyValidationError);
    expect(formatSessionTime(new Date(Date.UTC(2026, 10, 26, 12, 0, 0, 999)))).toBe('2026-11-26 12:00:00');
  });
});
