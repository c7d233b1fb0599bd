import { describe, expect, it } from 'vitest';
import { median, round, windowFloorSeconds } from './stats.mjs';

describe('stats', () => {
  it('median is a measured value (upper middle for even counts)', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(3);
    expect(() => median([])).toThrow(RangeError);
  });

  it('the strict-window floor: batches at 0, 5, 10, 15 s plus one latency', () => {
    expect(windowFloorSeconds(1000, 300, 5000, 150)).toBe(15.15);
    expect(windowFloorSeconds(300, 300, 5000, 150)).toBe(0.15);
    expect(windowFloorSeconds(301, 300, 5000, 0)).toBe(5);
  });

  it('round', () => {
    expect(round(1.23456)).toBe(1.23);
    expect(round(1.5, 0)).toBe(2);
  });
});
