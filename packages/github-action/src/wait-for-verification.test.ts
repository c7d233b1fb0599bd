import {
  type Clock,
  type Session,
  VerifyAuthenticationError,
  VerifyRateLimitError,
  VerifyUpstreamError,
} from '@plivo-verify/core/pure';
import { describe, expect, it } from 'vitest';
import { waitForVerification } from './wait-for-verification.js';

/** A clock that only moves when the loop sleeps (or a request "takes" time): no real waiting. */
function fakeClock(): Clock & { sleeps: number[] } {
  let now = 1_000_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
      now += ms;
    },
  };
}

const session = (status: string, count = 1): Session =>
  ({ session_uuid: 's', recipient: '14155550100', status, count, attempt_details: [] }) as unknown as Session;

function scripted(steps: readonly (string | Error)[]) {
  let i = 0;
  return async () => {
    const step = steps[Math.min(i, steps.length - 1)];
    i += 1;
    if (step instanceof Error) throw step;
    return session(step ?? 'in-progress');
  };
}

const where = { operation: 'get' as const, method: 'GET', path: '/x' };

describe('waitForVerification', () => {
  it('polls until verified, one progress line per poll with elapsed and remaining time', async () => {
    const clock = fakeClock();
    const lines: string[] = [];
    const outcome = await waitForVerification({
      timeoutMs: 60_000,
      intervalMs: 10_000,
      clock,
      signal: new AbortController().signal,
      getSession: scripted(['in-progress', 'in-progress', 'verified']),
      progress: (line) => lines.push(line),
    });
    expect(outcome).toMatchObject({ status: 'verified', polls: 3, elapsedMs: 20_000 });
    expect(lines).toEqual([
      'poll 1: in-progress · 0s elapsed · 60s remaining',
      'poll 2: in-progress · 10s elapsed · 50s remaining',
    ]);
    expect(clock.sleeps).toEqual([10_000, 10_000]);
  });

  it('stops at expired (core has already folded "Expired", which Plivo once documented)', async () => {
    const outcome = await waitForVerification({
      timeoutMs: 60_000,
      intervalMs: 5_000,
      clock: fakeClock(),
      signal: new AbortController().signal,
      getSession: scripted(['in-progress', 'expired']),
      progress: () => {},
    });
    expect(outcome).toMatchObject({ status: 'expired', polls: 2 });
  });

  it('times out at the deadline, with a last poll exactly at it', async () => {
    const clock = fakeClock();
    const outcome = await waitForVerification({
      timeoutMs: 25_000,
      intervalMs: 10_000,
      clock,
      signal: new AbortController().signal,
      getSession: scripted(['in-progress']),
      progress: () => {},
    });
    expect(outcome).toMatchObject({ status: 'timeout', polls: 4, elapsedMs: 25_000 });
    expect(clock.sleeps).toEqual([10_000, 10_000, 5_000]);
  });

  it('keeps polling through retryable failures, waiting at least Retry-After', async () => {
    const clock = fakeClock();
    const lines: string[] = [];
    const outcome = await waitForVerification({
      timeoutMs: 120_000,
      intervalMs: 5_000,
      clock,
      signal: new AbortController().signal,
      getSession: scripted([
        new VerifyRateLimitError('slow down', { ...where, retryAfterMs: 30_000, local: false }),
        new VerifyUpstreamError('bad gateway', { ...where, retryable: true, status: 502 }),
        'verified',
      ]),
      progress: (line) => lines.push(line),
    });
    expect(outcome.status).toBe('verified');
    expect(clock.sleeps).toEqual([30_000, 5_000]);
    expect(lines[0]).toBe('poll 1: failed (rate_limited), trying again in 30s');
  });

  it('gives up at once on a failure that cannot heal (bad credentials)', async () => {
    await expect(
      waitForVerification({
        timeoutMs: 60_000,
        intervalMs: 5_000,
        clock: fakeClock(),
        signal: new AbortController().signal,
        getSession: scripted([new VerifyAuthenticationError('refused', { ...where, status: 401 })]),
        progress: () => {},
      }),
    ).rejects.toMatchObject({ code: 'authentication' });
  });

  it('returns cancelled as soon as the signal fires, even mid-sleep', async () => {
    const controller = new AbortController();
    const clock = fakeClock();
    let polls = 0;
    const outcome = await waitForVerification({
      timeoutMs: 600_000,
      intervalMs: 10_000,
      clock,
      signal: controller.signal,
      getSession: async () => {
        polls += 1;
        if (polls === 2) controller.abort(new Error('SIGINT'));
        return session('in-progress');
      },
      progress: () => {},
    });
    expect(outcome).toMatchObject({ status: 'cancelled', polls: 2 });
  });

  it('timeout-seconds is a hard limit: a poll still running at the deadline is aborted (core retries included)', async () => {
    const deadlines: { ms: number; controller: AbortController }[] = [];
    let sawAbort = false;
    const outcome = await waitForVerification({
      timeoutMs: 2_000,
      intervalMs: 10_000,
      clock: fakeClock(),
      signal: new AbortController().signal,
      // A poll that never answers (a held connection, core retrying inside it) until its signal fires.
      getSession: (signal) =>
        new Promise((_, reject) => {
          signal.addEventListener('abort', () => {
            sawAbort = true;
            reject(signal.reason);
          });
        }),
      deadlineSignal: (ms) => {
        const controller = new AbortController();
        deadlines.push({ ms, controller });
        queueMicrotask(() => controller.abort(new DOMException('deadline', 'TimeoutError')));
        return controller.signal;
      },
      progress: () => {},
    });
    expect(deadlines.map((deadline) => deadline.ms)).toEqual([2_000]);
    expect(sawAbort).toBe(true);
    expect(outcome).toMatchObject({ status: 'timeout', polls: 1 });
  });

  it('a poll gets the time remaining, never more', async () => {
    const clock = fakeClock();
    const budgets: number[] = [];
    await waitForVerification({
      timeoutMs: 25_000,
      intervalMs: 10_000,
      clock,
      signal: new AbortController().signal,
      getSession: scripted(['in-progress']),
      deadlineSignal: (ms) => {
        budgets.push(ms);
        return new AbortController().signal;
      },
      progress: () => {},
    });
    // The last poll, at the deadline itself, gets a second to answer rather than none.
    expect(budgets).toEqual([25_000, 15_000, 5_000, 1_000]);
  });
});
