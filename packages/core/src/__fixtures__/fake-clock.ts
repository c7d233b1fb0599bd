import type { Clock } from '../clock.js';

/** A clock whose sleep returns at once and moves time forward; `sleeps` records every wait. */
export function fakeClock(
  start = Date.UTC(2026, 10, 26, 12, 0, 0),
): Clock & { sleeps: number[]; advance(ms: number): void } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}
