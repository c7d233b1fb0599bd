import { describe, expect, it } from 'vitest';
import { randomDigits, uuidV4 } from './random-ids.js';

describe('random ids', () => {
  it('makes distinct version-4 UUIDs in lower case', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2_000; i += 1) {
      const id = uuidV4();
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      seen.add(id);
    }
    expect(seen.size).toBe(2_000);
  });

  it('returns a new string each call (not the shared buffer read later)', () => {
    const first = uuidV4();
    const copy = `${first}`;
    uuidV4();
    expect(first).toBe(copy);
  });

  it('draws every digit position uniformly from 0–9, the first one too', () => {
    const counts = Array.from({ length: 6 }, () => new Array<number>(10).fill(0));
    const n = 20_000;
    for (let i = 0; i < n; i += 1) {
      const code = randomDigits(6);
      expect(code).toMatch(/^\d{6}$/);
      for (let p = 0; p < 6; p += 1) {
        const row = counts[p] as number[];
        const digit = Number(code[p]);
        row[digit] = (row[digit] as number) + 1;
      }
    }
    // Each digit expects 2,000 per position; ±300 is beyond 6 standard deviations (σ ≈ 42).
    for (const position of counts) for (const count of position) expect(Math.abs(count - n / 10)).toBeLessThan(300);
  });
});
