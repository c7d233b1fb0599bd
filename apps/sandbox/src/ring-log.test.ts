import { describe, expect, it } from 'vitest';
import { RingLog } from './ring-log.js';

describe('RingLog', () => {
  it('keeps the newest entries, oldest first in order, newest(0) the last pushed', () => {
    const log = new RingLog<number>(3);
    expect(log.toArray()).toEqual([]);
    for (let i = 1; i <= 5; i += 1) log.push(i);
    expect(log.length).toBe(3);
    expect(log.toArray()).toEqual([3, 4, 5]);
    expect(JSON.stringify({ log })).toBe('{"log":[3,4,5]}');
    expect([log.newest(0), log.newest(2), log.newest(3)]).toEqual([5, 3, undefined]);
    log.clear();
    expect(log.toArray()).toEqual([]);
  });
});
