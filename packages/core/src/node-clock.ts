import type { Clock } from './clock.js';

/**
 * Wall-clock time and timer-based sleep. Built into the Node entry; `@plivo-verify/core/clock` serves it alone
 * (no other import) to code on the pure entry that runs where timers exist: edge and serverless runtimes.
 */
export const nodeClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};
