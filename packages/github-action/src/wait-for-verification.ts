import { type Clock, type Session, VerifyError } from '@plivo-verify/core/pure';
import { knownStatus } from './session-status.js';

export type WaitStatus = 'verified' | 'expired' | 'timeout' | 'cancelled' | 'stopped';

export interface WaitOutcome {
  readonly status: WaitStatus;
  /** The last session seen, if any poll succeeded. */
  readonly session: Session | undefined;
  readonly polls: number;
  readonly elapsedMs: number;
}

export interface WaitOptions {
  readonly timeoutMs: number;
  readonly intervalMs: number;
  readonly clock: Clock;
  /** Aborted on SIGINT/SIGTERM: the loop stops at once with `cancelled`. */
  readonly signal: AbortSignal;
  /** One poll; `signal` ends it at the deadline as well as on cancellation. */
  readonly getSession: (signal: AbortSignal) => Promise<Session>;
  /** Checked on every session seen, before its status: `true` ends the wait with `stopped`. */
  readonly stopWhen?: (session: Session) => boolean;
  /** One line per poll: what was seen, time elapsed and remaining. */
  readonly progress: (line: string) => void;
  /** A signal that aborts after `ms` (default `AbortSignal.timeout`); injectable for tests. */
  readonly deadlineSignal?: (ms: number) => AbortSignal;
}

const seconds = (ms: number) => `${Math.round(ms / 1000)}s`;
// A poll at the very deadline still gets this long to answer, so the last poll is not aborted before it starts.
const LAST_POLL_BUDGET_MS = 1_000;

/**
 * Polls a session until it is verified (success), expired, the timeout passes or the run is cancelled. Status
 * callbacks need a public endpoint, which a runner does not have, hence polling. A failed poll that may
 * succeed later (network, 429, 5xx) is reported and retried at the next interval (or after Retry-After).
 * `timeoutMs` is a hard limit: each poll (with core's own retries and Retry-After waits inside it) is aborted
 * when the time left runs out.
 */
export async function waitForVerification(options: WaitOptions): Promise<WaitOutcome> {
  const { clock, signal } = options;
  const deadlineSignal = options.deadlineSignal ?? ((ms: number) => AbortSignal.timeout(ms));
  const start = clock.now();
  const deadline = start + options.timeoutMs;
  let polls = 0;
  let session: Session | undefined;
  const outcome = (status: WaitStatus): WaitOutcome => ({ status, session, polls, elapsedMs: clock.now() - start });

  while (true) {
    if (signal.aborted) return outcome('cancelled');
    polls += 1;
    let pause = options.intervalMs;
    const pollDeadline = deadlineSignal(Math.max(LAST_POLL_BUDGET_MS, deadline - clock.now()));
    try {
      session = await options.getSession(AbortSignal.any([signal, pollDeadline]));
      if (options.stopWhen?.(session)) return outcome('stopped');
      const status = knownStatus(session.status);
      if (status === 'verified') return outcome('verified');
      if (status === 'expired') return outcome('expired');
      const now = clock.now();
      options.progress(
        `poll ${polls}: ${status} · ${seconds(now - start)} elapsed · ${seconds(Math.max(0, deadline - now))} remaining`,
      );
    } catch (error) {
      if (signal.aborted) return outcome('cancelled');
      if (pollDeadline.aborted) {
        options.progress(`poll ${polls}: no answer before the deadline (timeout-seconds)`);
        return outcome('timeout');
      }
      if (!VerifyError.isInstance(error) || !error.retryable) throw error;
      const retryAfter = (error as { retryAfterMs?: number }).retryAfterMs ?? 0;
      pause = Math.max(pause, retryAfter);
      options.progress(`poll ${polls}: failed (${error.code}), trying again in ${seconds(pause)}`);
    }
    const remaining = deadline - clock.now();
    if (remaining <= 0) return outcome('timeout');
    try {
      await clock.sleep(Math.min(pause, remaining), signal);
    } catch {
      return outcome('cancelled');
    }
  }
}
