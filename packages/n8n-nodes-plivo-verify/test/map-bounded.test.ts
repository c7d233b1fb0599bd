import { describe, expect, it } from 'vitest';
import { mapBounded } from '../nodes/PlivoVerify/map-bounded';

describe('mapBounded', () => {
  it('starts nothing new after a failure and throws the lowest failed index once the rest settled', async () => {
    const started: number[] = [];
    let settled = 0;
    // Item 1 fails first; item 0 fails later: the error thrown must be item 0's (lowest index), not the first seen.
    let failZero: () => void = () => {};
    const zeroMayFail = new Promise<void>((resolve) => {
      failZero = resolve;
    });
    const error = await mapBounded(10, 2, async (index) => {
      started.push(index);
      if (index === 0) await zeroMayFail;
      else await Promise.resolve();
      settled++;
      if (index === 1) {
        failZero();
        throw new Error('item 1');
      }
      if (index === 0) throw new Error('item 0');
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
