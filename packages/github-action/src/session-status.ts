import { SESSION_STATUSES, type SessionStatus } from '@plivo-verify/core/pure';

export type KnownSessionStatus = SessionStatus | 'unknown';

/**
 * A session status from an answer, as the action prints and outputs it: one of core's documented statuses (core has
 * already folded Plivo's case variants), else `unknown`. Workflows interpolate the `status` output into `run:` lines
 * and the summary renders it, so an unexpected value never passes through.
 */
export function knownStatus(value: unknown): KnownSessionStatus {
  return (SESSION_STATUSES as readonly unknown[]).includes(value) ? (value as SessionStatus) : 'unknown';
}
