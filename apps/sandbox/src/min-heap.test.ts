import { describe, expect, it } from 'vitest';
import { MinHeap } from './min-heap.js';

describe('MinHeap', () => {
  it('pops values in key order, ties in any order', () => {
    const heap = new MinHeap<string>();
    const keys = [5, 3, 9, 1, 7, 3, 8, 2, 6, 4, 0];
    for (const key of keys) heap.push(key, `v${key}`);
    expect(heap.size).toBe(keys.length);
    expect(heap.peekKey()).toBe(0);
    const out: number[] = [];
    while (heap.size > 0) out.push(Number(heap.pop()?.slice(1)));
    expect(out).toEqual([...keys].sort((a, b) => a - b));
    expect(heap.pop()).toBeUndefined();
  });

  it('retain lets go of the values it rejects and keeps the order of the rest', () => {
    const heap = new MinHeap<number>();
    for (const key of [8, 1, 6, 3, 9, 2, 7]) heap.push(key, key);
    heap.retain((value) => value % 2 === 1);
    expect(heap.size).toBe(4);
    const out: number[] = [];
    while (heap.size > 0) out.push(heap.pop() as number);
    expect(out).toEqual([1, 3, 7, 9]);
  });

  it('after retain on a large heap with random keys, still pops in key order (heap rebuilt in place)', () => {
    const heap = new MinHeap<number>();
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % 10_000;
    };
    const keys = Array.from({ length: 5_000 }, next);
    for (const key of keys) heap.push(key, key);
    for (let i = 0; i < 100; i += 1) heap.pop(); // a heap that has been popped from, not a fresh one
    heap.retain((value) => value % 3 !== 0);
    expect(heap.peek()).toBe(heap.peekKey());
    const out: number[] = [];
    while (heap.size > 0) out.push(heap.pop() as number);
    const expected = [...keys]
      .sort((a, b) => a - b)
      .slice(100)
      .filter((key) => key % 3 !== 0);
    expect(out).toEqual(expected);
  });
});
