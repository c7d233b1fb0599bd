import { describe, expect, it } from 'vitest';
import { parseRequestTime } from './request-time.js';

describe('parseRequestTime', () => {
  it("reads Plivo's callback time as UTC, honouring Z or an offset when present", () => {
    const utc = Date.UTC(2026, 10, 26, 12, 0, 0);
    expect(parseRequestTime('2026-11-26 12:00:00')).toBe(utc);
    expect(parseRequestTime('2026-11-26T12:00:00Z')).toBe(utc);
    expect(parseRequestTime(' 2026-11-26 12:00:00 UTC ')).toBe(utc);
    expect(parseRequestTime('2026-11-26T14:00:00+02:00')).toBe(utc);
    expect(parseRequestTime('2026-11-26 07:00:00-0500')).toBe(utc);
    expect(parseRequestTime('2026-11-26 12:00')).toBe(utc);
    expect(parseRequestTime('2026-11-26 12:00:00.250')).toBe(utc + 250);
  });

  it('gives undefined for anything else, impossible dates included', () => {
    for (const text of [
      '',
      'yesterday',
      '2026-02-31 12:00:00',
      '2026-11-26 24:00:00',
      '1764158400',
      '26/11/2026 12:00',
    ]) {
      expect(parseRequestTime(text), text).toBeUndefined();
    }
  });
});
