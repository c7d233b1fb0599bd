import { describe, expect, it } from 'vitest';
import { mapBounded } from '../nodes/PlivoVerify/map-bounded';

describe('mapBounded', () => {
  it('starts nothing new after a failure and throws the lowest failed index once the rest settled', async () => {
    const started: number[] = [];
    let settled = 0;
    const error = await mapBounded(10, 2, async (index) => {
      started.push(index);
      await Promise.resolve();
      settled++;
      if (index === 1 || index === 0) throw new Error(`item ${index}`);
      return index;
    }).catch((thrown: Error) => thrown);
    expect((error as Error).message).toBe('item 0');
    expect(started).toEqual([0, 1]);
    expect(settled).toBe(2);
  });

  it('handles zero items', async () => {
    expect(await mapBounded(0, 5, async () => 1)).toEqual([]);
  });

  it('refuses a concurrency that would start no worker (NaN, 0) instead of returning nothing', async () => {
    for (const concurrency of [Number.NaN, 0, 1.5]) {
      let ran = 0;
      await expect(
        mapBounded(3, concurrency, async () => {
          ran++;
          return 1;
        }),
      ).rejects.toThrow(RangeError);
      expect(ran).toBe(0);
    }
  });
});
