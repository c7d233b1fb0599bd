import { type Clock, type Session, VerifyError } from '@plivo-verify/core/pure';

export type WaitStatus = 'verified' | 'expired' | 'timeout' | 'cancelled';

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
  readonly getSession: (signal: AbortSignal) => Promise<Session>;
  /** One line per poll: what was seen, time elapsed and remaining. */
  readonly progress: (line: string) => void;
}

const seconds = (ms: number) => `${Math.round(ms / 1000)}s`;

/**
 * Polls a session until it is verified (success), expired, the timeout passes or the run is cancelled. Status
 * callbacks need a public endpoint, which a runner does not have, hence polling. A failed poll that may
 * succeed later (network, 429, 5xx) is reported and retried at the next interval (or after Retry-After).
 */
export async function waitForVerification(options: WaitOptions): Promise<WaitOutcome> {
  const { clock, signal } = options;
  const start = clock.now();
  const deadline = start + options.timeoutMs;
  let polls = 0;
  let session: Session | undefined;
  const outcome = (status: WaitStatus): WaitOutcome => ({ status, session, polls, elapsedMs: clock.now() - start });

  while (true) {
    if (signal.aborted) return outcome('cancelled');
    polls += 1;
    let pause = options.intervalMs;
    try {
      session = await options.getSession(signal);
      const status = String(session.status).toLowerCase();
      if (status === 'verified') return outcome('verified');
      if (status === 'expired') return outcome('expired');
      const now = clock.now();
      options.progress(
        `poll ${polls}: ${status} · ${seconds(now - start)} elapsed · ${seconds(Math.max(0, deadline - now))} remaining`,
      );
    } catch (error) {
      if (signal.aborted) return outcome('cancelled');
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
